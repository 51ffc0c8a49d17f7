import { testRule } from "../rule-tester.js";

testRule("from-as-casing", {
  valid: [
    "FROM debian:latest AS deb-builder\n",
    { name: "both lower case", code: "from debian:latest as deb-builder\n" },
    { name: "no AS", code: "FROM debian:latest\n" },
    { name: "mixed-case FROM is instruction-casing's job", code: "From debian:latest as builder\n" },
    { name: "stage name casing is not this rule's", code: "FROM debian:latest AS Builder\n" },
  ],
  invalid: [
    {
      name: "upper FROM, lower as",
      code: "FROM debian:latest as builder\n",
      errors: [{ messageId: "casing", line: 1, column: 20, message: /`as` is not cased like `FROM`/ }],
      output: "FROM debian:latest AS builder\n",
    },
    {
      name: "lower from, upper AS",
      code: "from debian:latest AS builder\n",
      errors: [{ messageId: "casing", line: 1, column: 20 }],
      output: "from debian:latest as builder\n",
    },
    {
      name: "mixed-case As, with --platform, in a later stage",
      code: "FROM alpine AS base\nFROM --platform=$BUILDPLATFORM golang:1.22 As build\n",
      errors: [{ messageId: "casing", line: 2, column: 44 }],
      output: "FROM alpine AS base\nFROM --platform=$BUILDPLATFORM golang:1.22 AS build\n",
    },
    {
      name: "AS on a continuation line",
      code: "FROM debian:12 \\\n  as builder\n",
      errors: [{ messageId: "casing", line: 2, column: 3 }],
      output: "FROM debian:12 \\\n  AS builder\n",
    },
  ],
});
