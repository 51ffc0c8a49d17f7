import { testRule } from "../rule-tester.js";

testRule("zypper-clean", {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4 && zypper clean\n",
    { name: "cc", code: "FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4 && zypper cc\n" },
    { name: "global flags and --all", code: "FROM opensuse/leap:15.6\nRUN zypper -n in git && zypper --non-interactive clean --all\n" },
    { name: "rm of the cache", code: "FROM opensuse/leap:15.6\nRUN zypper -n in git && rm -rf /var/cache/zypp/*\n" },
    { name: "cache mount", code: "FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in git\n" },
    { name: "not an install", code: "FROM opensuse/leap:15.6\nRUN zypper refresh\n" },
    { name: "difference: rm -rf /var/cache/zypp counts as cleaning", code: "FROM opensuse/leap:15.6\nRUN zypper install -y curl && rm -rf /var/cache/zypp\n" },
  ],
  invalid: [
    {
      code: "FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4\n",
      errors: [{ messageId: "missing", line: 2, column: 12, message: /target=\/var\/cache\/zypp/ }],
      output: "FROM opensuse/leap:15.6\nRUN zypper install -y mariadb=10.4 && zypper clean --all\n",
    },
    {
      name: "`in` after global flags, multi-line",
      code: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive --gpg-auto-import-keys \\\n      in git\n",
      errors: [{ messageId: "missing", line: 3, column: 7 }],
      output: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive --gpg-auto-import-keys \\\n      in git && zypper clean --all\n",
    },
    {
      name: "difference: the cleanup must come after the install",
      code: "FROM opensuse/leap:15.6\nRUN rm -rf /var/cache/zypp && zypper install -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 38 }],
      output: "FROM opensuse/leap:15.6\nRUN rm -rf /var/cache/zypp && zypper install -y curl && zypper clean --all\n",
    },
  ],
});
