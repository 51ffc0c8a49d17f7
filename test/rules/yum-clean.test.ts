import { testRule } from "../rule-tester.js";

testRule("yum-clean", {
  valid: [
    "FROM centos:7\nRUN yum install -y httpd && yum clean all\n",
    { name: "rm of the cache", code: "FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum/*\n" },
    { name: "dnf clean all on RHEL 8 (yum is dnf)", code: "FROM rockylinux:8\nRUN yum install -y httpd && dnf clean all\n" },
    { name: "cache mount", code: "FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n" },
    { name: "mount target from ENV", code: "FROM centos:7\nENV YUM_CACHE=/var/cache/yum\nRUN --mount=type=cache,target=$YUM_CACHE yum install -y httpd\n" },
    { name: "multi-line with sudo", code: "FROM centos:7\nRUN sudo yum -y install \\\n      httpd \\\n && sudo yum clean all\n" },
    { name: "builder stage", code: "FROM centos:7 AS build\nRUN yum install -y gcc\nFROM centos:7\nCOPY --from=build /out /out\n" },
    { name: "downloads nothing", code: "FROM centos:7\nRUN yum remove -y foo && yum history\n" },
    { name: "rm of /var/cache/dnf, where yum is dnf", code: "FROM rockylinux:8\nRUN yum -y update && rm -rf /var/cache/dnf\n" },
    { name: "clean inside sh -c", code: "FROM centos:7\nRUN sh -c 'yum install -y httpd && yum clean all'\n" },
    { name: "difference: dnf clean all counts as cleaning", code: "FROM centos:7\nRUN yum install -y httpd && dnf clean all\n" },
  ],
  invalid: [
    {
      code: "FROM centos:7\nRUN yum install -y mariadb-10.4\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /`yum install`.*target=\/var\/cache\/yum/ }],
      output: "FROM centos:7\nRUN yum install -y mariadb-10.4 && yum clean all\n",
    },
    {
      name: "yum -y update downloads metadata like an install",
      code: "FROM centos:7\nRUN yum -y update\n",
      errors: [{ messageId: "missing", line: 2, column: 12, message: /`yum update`/ }],
      output: "FROM centos:7\nRUN yum -y update && yum clean all\n",
    },
    {
      // was a valid case ("not an install"): makecache downloads every repository's metadata into the cache
      name: "yum makecache",
      code: "FROM centos:7\nRUN yum makecache\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /`yum makecache`/ }],
      output: "FROM centos:7\nRUN yum makecache && yum clean all\n",
    },
    {
      name: "microdnf clean all empties microdnf's own cache, not yum's",
      code: "FROM rockylinux:8\nRUN yum install -y git && microdnf clean all\n",
      errors: [{ messageId: "missing", line: 2, column: 9 }],
      output: "FROM rockylinux:8\nRUN yum install -y git && microdnf clean all && yum clean all\n",
    },
    {
      name: "clean before the install does not count",
      code: "FROM centos:7\nRUN yum clean all && yum install -y git\n",
      errors: [{ messageId: "missing", line: 2, column: 26 }],
      output: "FROM centos:7\nRUN yum clean all && yum install -y git && yum clean all\n",
    },
    {
      name: "yum clean packages keeps the metadata",
      code: "FROM centos:7\nRUN yum -y install git \\\n && yum clean packages\n",
      errors: [{ messageId: "missing", line: 2, column: 12 }],
      output: "FROM centos:7\nRUN yum -y install git \\\n && yum clean packages && yum clean all\n",
    },
    {
      name: "sudo is kept in the cleanup",
      code: "FROM centos:7\nUSER app\nRUN sudo yum install -y git\n",
      errors: [{ messageId: "missing", line: 3, column: 14 }],
      output: "FROM centos:7\nUSER app\nRUN sudo yum install -y git && sudo yum clean all\n",
    },
    {
      name: "groupinstall",
      code: "FROM centos:7\nRUN yum -y groupinstall 'Development Tools'\n",
      errors: [{ messageId: "missing", line: 2, column: 12 }],
      output: "FROM centos:7\nRUN yum -y groupinstall 'Development Tools' && yum clean all\n",
    },
    {
      name: "heredoc: not fixed",
      code: "FROM centos:7\nRUN <<EOF\nyum install -y git\nEOF\n",
      errors: [{ messageId: "missing", line: 3, column: 5 }],
      output: null,
    },
    {
      name: "ONBUILD",
      code: "FROM centos:7 AS base\nONBUILD RUN yum install -y git\nFROM scratch\n",
      errors: [{ messageId: "missing", line: 2, column: 17 }],
      output: "FROM centos:7 AS base\nONBUILD RUN yum install -y git && yum clean all\nFROM scratch\n",
    },
    {
      name: "difference: the cleanup must come after the install",
      code: "FROM centos:7\nRUN yum clean all && yum install -y httpd\n",
      errors: [{ messageId: "missing", line: 2, column: 26 }],
      output: "FROM centos:7\nRUN yum clean all && yum install -y httpd && yum clean all\n",
    },
  ],
});
