import { testRule } from "../rule-tester.js";

testRule("zypper-pin-versions", {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat=9.0.39 && zypper clean\n",
    { name: ">= escaped", code: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat\\>=9.0 && zypper clean\n" },
    { name: "> escaped", code: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat\\>9.0 && zypper clean\n" },
    { name: "<= escaped", code: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat\\<=9.0 && zypper clean\n" },
    { name: "< escaped", code: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat\\<9.0 && zypper clean\n" },
    { name: "quoted range", code: "FROM opensuse/leap:15.6\nRUN zypper install -y 'tomcat >= 9.0' && zypper clean\n" },
    { name: "rpm file", code: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean\n" },
    { name: "rpm-style version", code: "FROM opensuse/leap:15.6\nRUN zypper -n in tomcat-9.0.39-1.1 && zypper clean\n" },
    { name: "pattern", code: "FROM opensuse/leap:15.6\nRUN zypper -n in -t pattern devel_basis && zypper clean\n" },
    { name: "version in an ARG", code: "FROM opensuse/leap:15.6\nARG V\nRUN zypper -n in \"tomcat=${V}\" && zypper clean\n" },
    { name: "not an install", code: "FROM opensuse/leap:15.6\nRUN zypper refresh && zypper -n rm tomcat && zypper clean\n" },
    { name: "difference: patterns have no version to pin", code: "FROM opensuse/leap:15.6\nRUN zypper in -y -t pattern devel_basis\n" },
  ],
  invalid: [
    {
      code: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat && zypper clean\n",
      errors: [{ messageId: "unpinned", line: 2, column: 23, message: "`tomcat` has no version: use `tomcat=<version>` so rebuilds install the same package." }],
      output: null,
    },
    {
      name: "multi-line, -t package",
      code: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install -t package \\\n      curl=8.0 \\\n      git-core \\\n && zypper clean\n",
      errors: [{ messageId: "unpinned", line: 4, column: 7, message: /`git-core`/ }],
      output: null,
    },
  ],
});
