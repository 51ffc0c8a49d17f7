import { testRule } from "../rule-tester.js";

testRule("healthcheck-required", {
  valid: [
    'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
    { name: "HEALTHCHECK NONE is a decision", code: "FROM alpine:3.20\nHEALTHCHECK NONE\n" },
    {
      name: "inherited through FROM <stage>",
      code: "FROM alpine:3.20 AS base\nHEALTHCHECK CMD true\nFROM base AS mid\nRUN true\nFROM mid\nCMD [\"app\"]\n",
    },
    { name: "only the final stage counts", code: "FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20\nHEALTHCHECK CMD true\n" },
    { name: "no stage at all", code: "ARG X=1\n" },
    { name: "difference: HEALTHCHECK NONE counts as a decision", code: "FROM alpine:3.20\nHEALTHCHECK NONE\n" },
    { name: "difference: a HEALTHCHECK in the stage the final stage builds FROM is inherited", code: "FROM alpine:3.20 AS base\nHEALTHCHECK CMD true\nFROM base\nRUN true\n" },
  ],
  invalid: [
    {
      code: "FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
      output: null,
    },
    {
      name: "the final stage's FROM is reported; a HEALTHCHECK in an unrelated stage does not count",
      code: "FROM alpine:3.20 AS other\nHEALTHCHECK CMD true\nFROM alpine:3.20\n  from other AS x\nCMD [\"app\"]\nFROM alpine:3.20\n",
      errors: [{ messageId: "missing", line: 6, column: 1 }],
      output: null,
    },
    {
      name: "ONBUILD HEALTHCHECK is for downstream images",
      code: "FROM alpine:3.20\nONBUILD HEALTHCHECK CMD true\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
      output: null,
    },
    {
      name: "difference: a HEALTHCHECK inside ONBUILD does not count",
      code: "FROM alpine:3.20\nONBUILD HEALTHCHECK CMD true\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
      output: null,
    },
  ],
});
