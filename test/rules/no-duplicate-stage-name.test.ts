import { testRule } from "../rule-tester.js";

testRule("no-duplicate-stage-name", {
  valid: [
    "FROM debian:jesse1 AS build\nRUN stuff\nFROM debian:jesse1 AS another-alias\nRUN more_stuff\n",
    { name: "unnamed stages", code: "FROM debian\nFROM debian\n" },
    { name: "a stage named after an earlier stage's image", code: "FROM build AS base\nFROM base AS build\n" },
    { name: "names from ARGs with different values", code: "ARG A=one\nARG B=two\nFROM alpine AS ${A}\nFROM alpine AS ${B}\n" },
    { name: "names from unknown ARGs", code: "ARG A\nARG B\nFROM alpine AS ${A}\nFROM alpine AS ${B}\n" },
  ],
  invalid: [
    {
      name: "hadolint's case",
      code: "FROM scratch\nRUN foo\nFROM node AS foo\nRUN something\nFROM scratch AS foo\nRUN something\n",
      errors: [{ messageId: "duplicate", line: 5, column: 17, message: /`foo` is already used by the stage on line 3/ }],
      output: null,
    },
    {
      name: "case-insensitive, each repeat reported",
      code: "FROM a AS build\nFROM b AS Build\nFROM c as BUILD\n",
      errors: [{ messageId: "duplicate", line: 2, column: 11 }, { messageId: "duplicate", line: 3, column: 11 }],
      output: null,
    },
    {
      name: "a name from an ARG",
      code: "ARG NAME=build\nFROM a AS build\nFROM b AS ${NAME}\n",
      errors: [{ messageId: "duplicate", line: 3, column: 11, message: /`\$\{NAME\}` is already used/ }],
      output: null,
    },
    {
      name: "difference: names differing only in case clash (hadolint compares exactly)",
      code: "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS Build\n",
      errors: [{ messageId: "duplicate", line: 2, column: 21 }],
      output: null,
    },
    {
      name: "difference: names built from ARGs are compared by their values",
      code: "ARG NAME=build\nFROM alpine:3.20 AS ${NAME}\nFROM alpine:3.20 AS build\n",
      errors: [{ messageId: "duplicate", line: 3, column: 21 }],
      output: null,
    },
  ],
});
