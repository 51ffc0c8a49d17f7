import { testRule } from "../rule-tester.js";

testRule("yum-yes", {
  valid: [
    // hadolint's documented cases
    "FROM centos:7\nRUN yum install -y httpd-2.4.24 && yum clean all\n",
    "FROM centos:7\nRUN bash -c `# not even a yum command`\n",
    { name: "--assumeyes before the subcommand", code: "FROM centos:7\nRUN yum --assumeyes groupinstall 'Development Tools'\n" },
    { name: "-y combined", code: "FROM centos:7\nRUN yum -qy install httpd\n" },
    { name: "setopt", code: "FROM centos:7\nRUN yum --setopt=assumeyes=1 install httpd\n" },
    { name: "yum.conf written earlier", code: "FROM centos:7\nRUN echo assumeyes=1 >> /etc/yum.conf\nRUN yum install httpd\n" },
    { name: "commands that do not ask", code: "FROM centos:7\nRUN yum makecache && yum list installed && yum clean all\n" },
    { name: "--assumeno", code: "FROM centos:7\nRUN yum --assumeno install httpd\n" },
    { name: "unknown options variable", code: "FROM centos:7\nRUN yum $YUM_OPTS install httpd\n" },
    { name: "dnf is another rule", code: "FROM fedora:40\nRUN dnf install httpd\n" },
    { name: "piped answer", code: "FROM centos:7\nRUN yes | yum install httpd\n" },
    { name: "difference: --assumeno answers the prompt", code: "FROM centos:7\nRUN yum --assumeno remove httpd\n" },
  ],
  invalid: [
    {
      code: "FROM centos:7\nRUN yum install httpd-2.4.24 && yum clean all\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /`yum install` without -y/ }],
      output: "FROM centos:7\nRUN yum install -y httpd-2.4.24 && yum clean all\n",
    },
    {
      name: "groupinstall, localinstall and remove in a multi-line RUN",
      code: "FROM centos:7\nRUN yum groupinstall 'Development Tools' \\\n && yum localinstall /tmp/x.rpm \\\n && yum \\\n    remove gcc\n",
      errors: [{ messageId: "missing", line: 2, column: 9 }, { messageId: "missing", line: 3, column: 9 }, { messageId: "missing", line: 5, column: 5 }],
      output: "FROM centos:7\nRUN yum groupinstall -y 'Development Tools' \\\n && yum localinstall -y /tmp/x.rpm \\\n && yum \\\n    remove -y gcc\n",
    },
    {
      name: "group install: the flag goes after install",
      code: "FROM centos:7\nRUN yum group install 'Development Tools'\n",
      errors: [{ messageId: "missing", line: 2, column: 15 }],
      output: "FROM centos:7\nRUN yum group install -y 'Development Tools'\n",
    },
    {
      name: "known options without -y",
      code: "FROM centos:7\nARG YUM_OPTS=--nogpgcheck\nRUN yum $YUM_OPTS update\n",
      errors: [{ messageId: "missing", line: 3, column: 19 }],
      output: "FROM centos:7\nARG YUM_OPTS=--nogpgcheck\nRUN yum $YUM_OPTS update -y\n",
    },
    {
      name: "env wrapper, CRLF",
      code: "FROM centos:7\r\nRUN env LANG=C yum install httpd\r\n",
      errors: [{ messageId: "missing", line: 2, column: 20 }],
      output: "FROM centos:7\r\nRUN env LANG=C yum install -y httpd\r\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM centos:7\nRUN ["yum", "install", "httpd"]\n',
      errors: [{ messageId: "missing", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "difference: yum remove is checked too (hadolint checks install, groupinstall, localinstall)",
      code: "FROM centos:7\nRUN yum remove httpd\n",
      errors: [{ messageId: "missing", line: 2, column: 9 }],
      output: "FROM centos:7\nRUN yum remove -y httpd\n",
    },
  ],
});
