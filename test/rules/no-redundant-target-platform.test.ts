import { testRule } from "../rule-tester.js";

testRule("no-redundant-target-platform", {
  valid: [
    "FROM alpine:3.20 AS builder\nRUN apk add --no-cache git\n",
    { name: "build platform", code: "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n" },
    { name: "constant", code: "FROM --platform=linux/amd64 alpine:3.20\n" },
    { name: "TARGETPLATFORM inside a longer value", code: "ARG SUFFIX\nFROM --platform=${TARGETPLATFORM}${SUFFIX} alpine:3.20\n" },
  ],
  invalid: [
    {
      name: "BuildKit's example",
      code: "FROM --platform=$TARGETPLATFORM alpine:3.20 AS builder\nRUN apk add --no-cache git\n",
      errors: [{ messageId: "redundant", line: 1, column: 6 }],
      output: "FROM alpine:3.20 AS builder\nRUN apk add --no-cache git\n",
    },
    {
      name: "braces, lower-case keyword, several spaces",
      code: "from   --platform=${TARGETPLATFORM}   alpine:3.20\n",
      errors: [{ messageId: "redundant", line: 1, column: 8, message: /`--platform=\$\{TARGETPLATFORM\}` is redundant/ }],
      output: "from   alpine:3.20\n",
    },
    {
      name: "continuation and CRLF kept",
      code: "FROM --platform=$TARGETPLATFORM \\\r\n    alpine:3.20 AS base\r\nRUN true\r\n",
      errors: [{ messageId: "redundant", line: 1, column: 6 }],
      output: "FROM \\\r\n    alpine:3.20 AS base\r\nRUN true\r\n",
    },
    {
      name: "escape directive",
      code: "# escape=`\nFROM --platform=$TARGETPLATFORM `\n    alpine:3.20\n",
      errors: [{ messageId: "redundant", line: 2, column: 6 }],
      output: "# escape=`\nFROM `\n    alpine:3.20\n",
    },
    {
      name: "other flags stay",
      code: "FROM --platform=$TARGETPLATFORM --foo=bar alpine:3.20\n",
      errors: [{ messageId: "redundant", line: 1, column: 6 }],
      output: "FROM --foo=bar alpine:3.20\n",
    },
  ],
});
