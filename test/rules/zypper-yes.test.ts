import { testRule } from "../rule-tester.js";

testRule("zypper-yes", {
  valid: [
    // hadolint's documented cases
    "FROM opensuse/leap:15.6\nRUN zypper install -n httpd=2.4.24 && zypper clean\n",
    "FROM opensuse/leap:15.6\nRUN zypper install --non-interactive httpd=2.4.24 && zypper clean\n",
    "FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.24 && zypper clean\n",
    "FROM opensuse/leap:15.6\nRUN zypper install --no-confirm httpd=2.4.24 && zypper clean\n",
    { name: "global option", code: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive dup\n" },
    { name: "combined short options", code: "FROM opensuse/leap:15.6\nRUN zypper -qn in httpd\n" },
    { name: "commands that do not ask", code: "FROM opensuse/leap:15.6\nRUN zypper refresh && zypper search httpd && zypper clean -a\n" },
    { name: "dry run", code: "FROM opensuse/leap:15.6\nRUN zypper install --dry-run httpd\n" },
    { name: "unknown options variable", code: "FROM opensuse/leap:15.6\nRUN zypper $ZYPPER_OPTS install httpd\n" },
    { name: "difference: --dry-run is not flagged", code: "FROM opensuse/leap:15.6\nRUN zypper install --dry-run curl\n" },
    { name: "difference: an options variable of unknown value is not flagged", code: "FROM opensuse/leap:15.6\nARG ZYPPER_OPTS\nRUN zypper $ZYPPER_OPTS install curl\n" },
  ],
  invalid: [
    {
      code: "FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.24 && zypper clean\n",
      errors: [{ messageId: "missing", line: 2, column: 12, message: /`zypper -n install`/ }],
      output: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.24 && zypper clean\n",
    },
    {
      name: "short forms and patch in a multi-line RUN",
      code: "FROM opensuse/leap:15.6\nRUN zypper --gpg-auto-import-keys ref \\\n && zypper in httpd \\\n && zypper \\\n    rm vim \\\n && zypper patch\n",
      errors: [{ messageId: "missing", line: 3, column: 12 }, { messageId: "missing", line: 5, column: 5 }, { messageId: "missing", line: 6, column: 12 }],
      output:
        "FROM opensuse/leap:15.6\nRUN zypper --gpg-auto-import-keys ref \\\n && zypper -n in httpd \\\n && zypper -n \\\n    rm vim \\\n && zypper -n patch\n",
    },
    {
      name: "global options already there",
      code: "FROM opensuse/leap:15.6\r\nRUN zypper --quiet dist-upgrade\r\n",
      errors: [{ messageId: "missing", line: 2, column: 20 }],
      output: "FROM opensuse/leap:15.6\r\nRUN zypper -n --quiet dist-upgrade\r\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM opensuse/leap:15.6\nRUN ["zypper", "install", "httpd"]\n',
      errors: [{ messageId: "missing", line: 2, column: 16 }],
      output: null,
    },
    {
      name: "difference: zypper update is checked too (hadolint checks install, remove, source-install, patch)",
      code: "FROM opensuse/leap:15.6\nRUN zypper update\n",
      errors: [{ messageId: "missing", line: 2, column: 12 }],
      output: "FROM opensuse/leap:15.6\nRUN zypper -n update\n",
    },
  ],
});
