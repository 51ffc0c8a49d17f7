import { testRule } from "../rule-tester.js";

testRule("pragma-known-rule", {
  valid: [
    "FROM alpine:3.20\n# hadolint ignore=DL3018,SC2086\nRUN apk add --no-cache curl\n",
    { name: "codes hadolint retired, in every hadolint form", code: "# hadolint global ignore=DL3005\nFROM centos:7\n# hadolint stage ignore=DL3039\n# hadolint ignore=DL3031,DL3033\nRUN yum update -y\n" },
    { name: "ids and aliases, any case, with a reason", code: "FROM alpine:3.20\n# docklint-disable-next-line apk-pin-versions, dl3019 -- tools image\nRUN apk add curl\n" },
    { name: "docklint-disable without names: every rule", code: "# docklint-disable\nFROM alpine\n" },
    { name: "BuildKit check names and skip=all", code: "# check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.20\nCMD echo hi\n" },
    { name: "skip=all", code: "# check=skip=all\nFROM alpine:3.20\n" },
    { name: "not a pragma", code: "FROM alpine:3.20\n# hadolint is run in CI; see DL9999\nRUN true\n" },
    { name: "docklint-disable-line is YAML's: no pragma in a Dockerfile", code: "FROM alpine:3.20\n# docklint-disable-line no-such-rule\nRUN true\n" },
    { name: "the rule switched off by a pragma", code: "# docklint-disable pragma-known-rule\nFROM alpine:3.20\n# hadolint ignore=DL9999\nRUN true\n" },
  ],
  invalid: [
    {
      name: "a misspelt id in docklint-disable-next-line",
      code: "FROM alpine:3.20\n# docklint-disable-next-line apk-pin-version\nRUN apk add --no-cache curl\n",
      errors: [{ messageId: "unknown", line: 2, column: 30, endLine: 2, endColumn: 45, message: /^`apk-pin-version` is no docklint rule, alias or hadolint code/ }],
      output: null,
    },
    {
      name: "a code hadolint never had, among known ones, with a trailing reason",
      code: "FROM alpine:3.20\n# hadolint ignore=DL3018,DL9999,SC2086 # we accept these\nRUN apk add curl\n",
      errors: [{ messageId: "unknown", line: 2, column: 26, endLine: 2, endColumn: 32, message: /^`DL9999`/ }],
      output: null,
    },
    {
      name: "every unknown name of a global ignore, separated by commas and blanks",
      code: "# hadolint global ignore=nope, DL3008 also-nope\nFROM alpine:3.20\n",
      errors: [
        { messageId: "unknown", line: 1, column: 26, endLine: 1, endColumn: 30 },
        { messageId: "unknown", line: 1, column: 39, endLine: 1, endColumn: 48 },
      ],
      output: null,
    },
    {
      name: "a stage ignore inside a RUN continuation, with CRLF line endings",
      code: "FROM alpine:3.20\r\nRUN apk add \\\r\n    # hadolint stage ignore=DL30O8\r\n  curl\r\n",
      errors: [{ messageId: "unknown", line: 3, column: 29, endLine: 3, endColumn: 35, message: /^`DL30O8`/ }],
      output: null,
    },
    {
      name: "docklint-disable for the whole file",
      code: "# docklint-disable no-such-rule -- legacy file\nFROM alpine\n",
      errors: [{ messageId: "unknown", line: 1, column: 20, endLine: 1, endColumn: 32 }],
      output: null,
    },
    {
      name: "an unknown check in BuildKit's skip list",
      code: "# check=skip=JSONArgsRecommended,NoSuchCheck\nFROM alpine:3.20\n",
      errors: [{ messageId: "unknown", line: 1, column: 34, endLine: 1, endColumn: 45, message: /^`NoSuchCheck`/ }],
      output: null,
    },
    {
      name: "a check directive written with blanks, skip after error",
      code: "#check = error=true;skip=Nope\nFROM alpine:3.20\n",
      errors: [{ messageId: "unknown", line: 1, column: 26, endLine: 1, endColumn: 30 }],
      output: null,
    },
    {
      name: "difference: an unknown name in # hadolint ignore= is flagged (hadolint ignores it)",
      code: "FROM alpine:3.20\n# hadolint ignore=DL9999\nRUN true\n",
      errors: [{ messageId: "unknown", line: 2, column: 19 }],
      output: null,
    },
    {
      name: "difference: an unknown name in # check=skip= is flagged (BuildKit ignores it)",
      code: "# check=skip=NoSuchCheck\nFROM alpine:3.20\n",
      errors: [{ messageId: "unknown", line: 1, column: 14 }],
      output: null,
    },
  ],
});
