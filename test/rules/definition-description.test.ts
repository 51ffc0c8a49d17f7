import { testRule } from "../rule-tester.js";

testRule("definition-description", {
  valid: [
    { name: "a note, an empty # line, then the description", code: "# notes about the build\n#\n# VERSION the release to install\nARG VERSION=1.0\n" },
    { name: "BuildKit: stage description", code: "# base is a stage for compiling source\nFROM scratch AS base\n" },
    { name: "BuildKit: ARG description", code: '# VERSION This is the version number.\nARG VERSION="1.0"\n' },
    { name: "BuildKit: separated by an empty line", code: "# Some unrelated comment\n\nFROM scratch AS base\n" },
    { name: "FROM without a stage name", code: "# the runtime image\nFROM alpine:3.20\n" },
    { name: "stage name compared ignoring case", code: "# Builder compiles the app\nFROM golang:1.23 AS builder\n" },
    { name: "name on the last line of a block", code: "# ---- build ----\n# builder compiles the app\nFROM golang:1.23 AS builder\n" },
    { name: "name on the first line of a block", code: "# TAG the image tag\n# defaults to the LTS\nARG TAG=22\nFROM node:${TAG}\n" },
    { name: "one of several ARG keys", code: "# B the second one\nARG A=1 B=2\nFROM alpine:3.20\n" },
    { name: "pragma right above", code: "FROM alpine:3.20\n# hadolint ignore=DL3000\nARG DIR=x\n" },
    { name: "directive is no comment", code: "# syntax=docker/dockerfile:1\nARG TAG=3.20\nFROM alpine:${TAG}\n" },
    { name: "other instructions are not checked", code: "FROM alpine:3.20\n# install curl\nRUN apk add --no-cache curl\n" },
    { name: "difference: a linter pragma right above is skipped, and the description above it counts", code: "# DIR where the app lives\n# hadolint ignore=DL3000\nARG DIR=x\nFROM alpine:3.20\n" },
    { name: "difference: the name may start the last line of a comment block", code: "# ---- build ----\n# builder compiles the app\nFROM golang:1.23 AS builder\n" },
  ],
  invalid: [
    {
      name: "an empty # line ends the block, as in BuildKit: the description is the part below it",
      code: "# base the stage everything builds on\n#\n# built with make\nFROM scratch AS base\n",
      errors: [{ messageId: "format", line: 3, column: 1 }],
      output: null,
    },
    {
      name: "BuildKit: non-descriptive comment above a stage",
      code: "# a non-descriptive comment\nFROM scratch AS base\n",
      errors: [{ messageId: "format", line: 1, column: 1, message: /above stage `base`.*`# base <description>`/ }],
      output: null,
    },
    {
      name: "BuildKit: non-descriptive comment above an ARG",
      code: '# another non-descriptive comment\nARG VERSION="1.0"\n',
      errors: [{ messageId: "format", line: 1, column: 1, message: /`# VERSION <description>`/ }],
      output: null,
    },
    {
      name: "ARG inside a stage, several keys",
      code: "FROM alpine:3.20\n  # versions\n  ARG A=1 B=2\n",
      errors: [{ messageId: "format", line: 2, column: 3, message: /`# <arg_key> <description>`/ }],
      output: null,
    },
    {
      name: "ARG names are case sensitive; reported on the line right above",
      code: "# first line\n# version of the tool\nARG VERSION=1\nFROM alpine:3.20\n",
      errors: [{ messageId: "format", line: 2, column: 1 }],
      output: null,
    },
  ],
});
