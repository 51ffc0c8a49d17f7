import { testRule } from "../rule-tester.js";

testRule("dnf-yes", {
  valid: [
    // hadolint's documented cases
    "FROM fedora:40\nRUN dnf install -y httpd-2.4.24 && dnf clean all\n",
    "FROM fedora:40\nRUN microdnf install -y httpd-2.4.24 && microdnf clean all\n",
    "FROM fedora:40\nRUN notdnf install httpd\n",
    { name: "--assumeyes", code: "FROM fedora:40\nRUN dnf --assumeyes install httpd\n" },
    { name: "-y combined", code: "FROM fedora:40\nRUN dnf -qy module install nodejs:18\n" },
    { name: "dnf.conf written earlier", code: "FROM fedora:40\nRUN echo 'assumeyes=True' >> /etc/dnf/dnf.conf\nRUN dnf install httpd\n" },
    { name: "commands that do not ask", code: "FROM fedora:40\nRUN dnf makecache && dnf module list && dnf clean all\n" },
    { name: "unknown options variable", code: "FROM fedora:40\nRUN microdnf $MICRODNF_OPTS install httpd\n" },
    { name: "yum is another rule", code: "FROM centos:7\nRUN yum install httpd\n" },
    { name: "difference: --assumeno answers the prompt", code: "FROM fedora:40\nRUN dnf --assumeno remove httpd\n" },
  ],
  invalid: [
    {
      code: "FROM fedora:40\nRUN dnf install httpd-2.4.24 && dnf clean all\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /`dnf install` without -y/ }],
      output: "FROM fedora:40\nRUN dnf install -y httpd-2.4.24 && dnf clean all\n",
    },
    {
      code: "FROM fedora:40\nRUN microdnf install httpd-2.4.24 && microdnf clean all\n",
      errors: [{ messageId: "missing", line: 2, column: 14, message: /`microdnf install`/ }],
      output: "FROM fedora:40\nRUN microdnf install -y httpd-2.4.24 && microdnf clean all\n",
    },
    {
      name: "module install and upgrade in a multi-line RUN",
      code: "FROM fedora:40\nRUN dnf module install nodejs:18 \\\n && dnf5 \\\n    upgrade\n",
      errors: [{ messageId: "missing", line: 2, column: 16 }, { messageId: "missing", line: 4, column: 5 }],
      output: "FROM fedora:40\nRUN dnf module install -y nodejs:18 \\\n && dnf5 \\\n    upgrade -y\n",
    },
    {
      name: "sh -c with a CRLF file",
      code: "FROM fedora:40\r\nRUN sh -c \"dnf remove httpd\"\r\n",
      errors: [{ messageId: "missing", line: 2, column: 16 }],
      output: "FROM fedora:40\r\nRUN sh -c \"dnf remove -y httpd\"\r\n",
    },
    {
      name: "config in an unrelated stage does not count",
      code: "FROM fedora:40 AS a\nRUN echo 'assumeyes=True' >> /etc/dnf/dnf.conf\nFROM fedora:40\nRUN dnf install httpd\n",
      errors: [{ messageId: "missing", line: 4, column: 9 }],
      output: "FROM fedora:40 AS a\nRUN echo 'assumeyes=True' >> /etc/dnf/dnf.conf\nFROM fedora:40\nRUN dnf install -y httpd\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM fedora:40\nRUN ["microdnf", "install", "httpd"]\n',
      errors: [{ messageId: "missing", line: 2, column: 18 }],
      output: null,
    },
    {
      name: "difference: dnf remove is checked too (hadolint checks install, groupinstall, localinstall)",
      code: "FROM fedora:40\nRUN dnf remove httpd\n",
      errors: [{ messageId: "missing", line: 2, column: 9 }],
      output: "FROM fedora:40\nRUN dnf remove -y httpd\n",
    },
    {
      name: "difference: dnf5 is checked too",
      code: "FROM fedora:41\nRUN dnf5 install httpd\n",
      errors: [{ messageId: "missing", line: 2, column: 10 }],
      output: "FROM fedora:41\nRUN dnf5 install -y httpd\n",
    },
  ],
});
