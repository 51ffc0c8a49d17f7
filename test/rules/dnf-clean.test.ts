import { testRule } from "../rule-tester.js";

testRule("dnf-clean", {
  valid: [
    {
      name: "a stage built FROM only by a builder stage that is copied from: its layers never reach the image",
      code: "FROM fedora:40 AS deps\nRUN dnf install -y gcc\nFROM deps AS build\nRUN make\nFROM scratch\nCOPY --from=build /out /out\n",
    },
    "FROM fedora:40\nRUN dnf install -y mariadb && dnf clean all\n",
    { name: "microdnf", code: "FROM ubi9/ubi-minimal\nRUN microdnf install -y mariadb && microdnf clean all\n" },
    { name: "rm of /var/cache/yum", code: "FROM ubi9/ubi-minimal\nRUN microdnf install -y mariadb && rm -rf /var/cache/yum/*\n" },
    { name: "rm of /var/cache/dnf", code: "FROM fedora:40\nRUN dnf install -y mariadb && rm -rf /var/cache/dnf\n" },
    { name: "yum clean all after dnf: one cache on RHEL 8 and later", code: "FROM rockylinux:9\nRUN dnf -y upgrade && yum clean all\n" },
    { name: "an upgrade cleaned", code: "FROM fedora:40\nRUN dnf -y upgrade && dnf clean all\n" },
    { name: "subcommands that download nothing", code: "FROM fedora:40\nRUN dnf remove -y foo && dnf history\n" },
    { name: "cache mount", code: "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y mariadb\n" },
    { name: "dnf5 cache mount", code: "FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf5 install -y mariadb\n" },
    { name: "not dnf", code: "FROM fedora:40\nRUN notdnf install mariadb\n" },
    { name: "builder stage", code: "FROM fedora:40 AS build\nRUN dnf install -y gcc\nFROM scratch\n" },
    { name: "difference: rm -rf /var/cache/dnf counts as cleaning", code: "FROM fedora:40\nRUN dnf install -y curl && rm -rf /var/cache/dnf\n" },
    { name: "difference: yum clean all counts as cleaning", code: "FROM fedora:40\nRUN dnf install -y curl && yum clean all\n" },
  ],
  invalid: [
    {
      code: "FROM fedora:40\nRUN dnf install -y mariadb-10.4\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /`dnf install`.*`dnf clean all`.*target=\/var\/cache\/dnf/ }],
      output: "FROM fedora:40\nRUN dnf install -y mariadb-10.4 && dnf clean all\n",
    },
    {
      name: "microdnf: the cleanup uses microdnf",
      code: "FROM ubi9/ubi-minimal\nRUN microdnf -y install \\\n      mariadb\n",
      errors: [{ messageId: "missing", line: 2, column: 17, message: /`microdnf clean all`/ }],
      output: "FROM ubi9/ubi-minimal\nRUN microdnf -y install \\\n      mariadb && microdnf clean all\n",
    },
    {
      name: "clean before the install",
      code: "FROM fedora:40\nRUN microdnf clean all && dnf install -y mariadb\n",
      errors: [{ messageId: "missing", line: 2, column: 31 }],
      output: "FROM fedora:40\nRUN microdnf clean all && dnf install -y mariadb && dnf clean all\n",
    },
    {
      name: "dnf -y upgrade downloads metadata like an install",
      code: "FROM fedora:40\nRUN dnf -y upgrade\n",
      errors: [{ messageId: "missing", line: 2, column: 12, message: /`dnf upgrade`/ }],
      output: "FROM fedora:40\nRUN dnf -y upgrade && dnf clean all\n",
    },
    ...["up", "update", "upgrade-minimal", "distro-sync", "reinstall"].map((sub) => ({
      name: `dnf ${sub}`,
      code: `FROM fedora:40\nRUN dnf ${sub} -y\n`,
      errors: [{ messageId: "missing", line: 2, column: 9, endColumn: 9 + sub.length, message: new RegExp(`\`dnf ${sub}\``) }],
      output: `FROM fedora:40\nRUN dnf ${sub} -y && dnf clean all\n`,
    })),
    {
      name: "microdnf upgrade",
      code: "FROM ubi9/ubi-minimal\nRUN microdnf upgrade -y\n",
      errors: [{ messageId: "missing", line: 2, column: 14, message: /`microdnf upgrade`.*`microdnf clean all`.*target=\/var\/cache\/yum/ }],
      output: "FROM ubi9/ubi-minimal\nRUN microdnf upgrade -y && microdnf clean all\n",
    },
    {
      name: "microdnf clean all does not clean dnf's cache (/var/cache/dnf)",
      code: "FROM ubi9/ubi\nRUN dnf install -y git && microdnf clean all\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /`dnf install`/ }],
      output: "FROM ubi9/ubi\nRUN dnf install -y git && microdnf clean all && dnf clean all\n",
    },
    {
      name: "dnf clean all does not clean microdnf's cache (/var/cache/yum)",
      code: "FROM ubi9/ubi-minimal\nRUN microdnf install -y git && dnf clean all\n",
      errors: [{ messageId: "missing", line: 2, column: 14, message: /`microdnf install`/ }],
      output: "FROM ubi9/ubi-minimal\nRUN microdnf install -y git && dnf clean all && microdnf clean all\n",
    },
    {
      name: "cache mount on another directory",
      code: "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/foo dnf install -y git\n",
      errors: [{ messageId: "missing", line: 2, column: 50 }],
      output: "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/foo dnf install -y git && dnf clean all\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM fedora:40\nRUN ["dnf", "install", "-y", "git"]\n',
      errors: [{ messageId: "missing", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "difference: the cleanup must come after the install",
      code: "FROM fedora:40\nRUN dnf clean all && dnf install -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 26 }],
      output: "FROM fedora:40\nRUN dnf clean all && dnf install -y curl && dnf clean all\n",
    },
  ],
});
