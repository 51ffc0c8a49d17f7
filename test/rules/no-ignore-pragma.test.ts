import { testRule } from "../rule-tester.js";

testRule("no-ignore-pragma", {
  valid: [
    "FROM alpine:3.20\n# install the tools\nRUN apk add --no-cache curl\n",
    { name: "shell pragma is no suppression", code: "# hadolint shell=powershell\nFROM mcr.microsoft.com/powershell:7.4\n" },
    { name: "check directive without skip", code: "# check=error=true\nFROM alpine:3.20\n" },
    { name: "check comment without skip, or skip= only after the blank", code: "FROM alpine:3.20\n# check=error=true skip=all\nCMD echo hi\n" },
    { name: "syntax directive", code: "# syntax=docker/dockerfile:1\nFROM alpine:3.20\n" },
    { name: "a comment mentioning hadolint", code: "FROM alpine:3.20\n# hadolint is run in CI\nRUN true\n" },
    { name: "difference: # hadolint shell= is not a suppression", code: "# hadolint shell=bash\nFROM alpine:3.20\n" },
  ],
  invalid: [
    {
      name: "hadolint ignore (hadolint's DL1001 case)",
      code: "FROM alpine:3.20\n# hadolint ignore=DL3019\nRUN apk add --no-cache curl\n",
      errors: [{ messageId: "pragma", line: 2, column: 1, message: /`# hadolint ignore=DL3019`/ }],
      output: null,
    },
    {
      name: "indented hadolint global ignore",
      code: "# hadolint global ignore=DL3008\nFROM alpine:3.20\nRUN true\n",
      errors: [{ messageId: "pragma", line: 1, column: 1 }],
      output: null,
    },
    {
      name: "docklint-disable-next-line with a reason",
      code: "FROM alpine:3.20\n# docklint-disable-next-line apk-no-cache -- tools image\nRUN apk add curl\n",
      errors: [{ messageId: "pragma", line: 2, column: 1, message: /docklint-disable-next-line apk-no-cache/ }],
      output: null,
    },
    {
      name: "BuildKit check=skip comment below the directives (skips the next instruction)",
      code: "FROM alpine:3.20\n# check=skip=JSONArgsRecommended // shell form on purpose\nCMD echo hi\n",
      errors: [{ messageId: "pragma", line: 2, column: 1, message: /`# check=skip=JSONArgsRecommended \/\/ shell form on purpose`/ }],
      output: null,
    },
    {
      name: "BuildKit check=skip directive",
      code: "# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nCMD echo hi\n",
      errors: [{ messageId: "pragma", line: 1, column: 1, message: /`# check=skip=JSONArgsRecommended`/ }],
      output: null,
    },
    {
      name: "hadolint stage ignore inside a RUN continuation",
      code: "FROM alpine:3.20\nRUN apk add \\\n  # hadolint stage ignore=DL3019\n  curl\n",
      errors: [{ messageId: "pragma", line: 3, column: 3 }],
      output: null,
    },
    {
      name: "difference: docklint's own disable comment is flagged too (hadolint flags only its ignore=)",
      code: "FROM alpine:3.20\n# docklint-disable-next-line no-sudo\nRUN sudo true\n",
      errors: [{ messageId: "pragma", line: 2, column: 1 }],
      output: null,
    },
    {
      name: "difference: BuildKit's # check=skip= is flagged",
      code: "# check=skip=JSONArgsRecommended\nFROM alpine:3.20\nCMD echo hi\n",
      errors: [{ messageId: "pragma", line: 1, column: 1 }],
      output: null,
    },
  ],
});
