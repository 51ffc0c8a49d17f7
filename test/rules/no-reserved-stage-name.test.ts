import { testRule } from "../rule-tester.js";

testRule("no-reserved-stage-name", {
  valid: [
    "FROM alpine AS builder\n",
    { name: "FROM scratch is the base, not the name", code: "FROM scratch AS final\n" },
    { name: "names containing a reserved word", code: "FROM alpine AS scratch-base\nFROM alpine AS build-context\n" },
    { name: "unknown ARG", code: "ARG NAME\nFROM alpine AS ${NAME}\n" },
  ],
  invalid: [
    {
      name: "BuildKit's example",
      code: "FROM alpine AS scratch\nFROM alpine AS context\n",
      errors: [
        { messageId: "reserved", line: 1, column: 16, message: /`scratch` is reserved/ },
        { messageId: "reserved", line: 2, column: 16, message: /`context` is reserved/ },
      ],
      output: null,
    },
    {
      name: "any case",
      code: "from alpine as Scratch\n",
      errors: [{ messageId: "reserved", line: 1, column: 16, message: /`scratch`/ }],
      output: null,
    },
    {
      name: "a name from an ARG",
      code: "ARG NAME=context\nFROM alpine \\\n  AS ${NAME}\n",
      errors: [{ messageId: "reserved", line: 3, column: 6 }],
      output: null,
    },
    {
      name: "difference: names are compared ignoring case (AS Scratch)",
      code: "FROM alpine:3.20 AS Scratch\n",
      errors: [{ messageId: "reserved", line: 1, column: 21 }],
      output: null,
    },
    {
      name: "difference: names are compared ignoring case (AS CONTEXT)",
      code: "FROM alpine:3.20 AS CONTEXT\n",
      errors: [{ messageId: "reserved", line: 1, column: 21 }],
      output: null,
    },
  ],
});
