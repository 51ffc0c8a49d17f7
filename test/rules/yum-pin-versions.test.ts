import { testRule } from "../rule-tester.js";

testRule("yum-pin-versions", {
  valid: [
    "FROM centos:7\nRUN yum install -y tomcat-9.2 && yum clean all\n",
    { name: "full version-release.arch", code: "FROM rockylinux:9\nRUN yum install -y which-2.21-30.el9_6.x86_64 python3.12-3.12.1-4.el9_4.1 && yum clean all\n" },
    { name: "epoch", code: "FROM rockylinux:9\nRUN yum install -y openssl-1:3.0.7-27.el9 && yum clean all\n" },
    { name: "version from an ARG with a default", code: "FROM rockylinux:9\nARG WHICH_VERSION=2.21-30.el9_6\nRUN yum install -y which-${WHICH_VERSION} && yum clean all\n" },
    { name: "version from an unknown ARG", code: "FROM rockylinux:9\nARG GIT_VER\nRUN yum install -y \"git-core-${GIT_VER}\" && yum clean all\n" },
    { name: "local and remote rpm files", code: "FROM centos:7\nRUN yum install -y /tmp/foo.rpm https://example.com/epel-release-latest-7.noarch.rpm && yum clean all\n" },
    { name: "groupinstall", code: "FROM centos:7\nRUN yum groupinstall -y 'Development Tools' && yum clean all\n" },
    { name: "provides", code: "FROM centos:7\nRUN yum install -y /usr/bin/python3 'perl(JSON)' && yum clean all\n" },
    { name: "not an install", code: "FROM centos:7\nRUN yum update -y && yum remove -y tomcat && yum clean all\n" },
  ],
  invalid: [
    {
      name: "yum module install without a stream",
      code: "FROM centos:8\nRUN yum -y module install nodejs && yum clean all\n",
      errors: [{ messageId: "unpinnedModule", line: 2, column: 27, message: /Module `nodejs`/ }],
      output: null,
    },
    {
      code: "FROM centos:7\nRUN yum install -y tomcat && yum clean all\n",
      errors: [{ messageId: "unpinned", line: 2, column: 20, message: "`tomcat` has no version: use `tomcat-<version>` so rebuilds install the same package." }],
      output: null,
    },
    {
      name: "a hyphen is not a version",
      code: "FROM centos:7\nRUN yum install -y \\\n      dnf-plugins-core \\\n      java-17-openjdk \\\n      gcc-c++ \\\n      which-2.21 \\\n && yum clean all\n",
      errors: [{ messageId: "unpinned", line: 3, column: 7 }, { messageId: "unpinned", line: 4, column: 7 }, { messageId: "unpinned", line: 5, column: 7 }],
      output: null,
    },
    { name: "name from a known ARG", code: "FROM centos:7\nARG PY=python3.11\nRUN yum install -y ${PY} && yum clean all\n", errors: [{ messageId: "unpinned", line: 3, column: 20, message: /`python3.11`/ }], output: null },
    { name: "flags before install", code: "FROM centos:7\nRUN yum --enablerepo epel -y install jq && yum clean all\n", errors: [{ messageId: "unpinned", line: 2, column: 38 }], output: null },
    {
      name: "difference: a hyphen alone is not a version",
      code: "FROM centos:7\nRUN yum install -y dnf-plugins-core\n",
      errors: [{ messageId: "unpinned", line: 2, column: 20 }],
      output: null,
    },
  ],
});
