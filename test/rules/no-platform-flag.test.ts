import { testRule } from "../rule-tester.js";

testRule("no-platform-flag", {
  valid: [
    "FROM debian:12-slim\n",
    { name: "$BUILDPLATFORM", code: "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n" },
    { name: "${BUILDPLATFORM}", code: "FROM --platform=${BUILDPLATFORM} golang:1.22 AS build\n" },
    { name: "${BUILDPLATFORM:-}: BuildKit always sets it, so the default never applies", code: "FROM --platform=${BUILDPLATFORM:-} golang:1.22 AS build\n" },
    { name: "quoted, with a default", code: "FROM --platform=\"${BUILDPLATFORM:-linux/amd64}\" golang:1.22 AS build\nFROM --platform='$BUILDPLATFORM' golang:1.22 AS tools\n" },
    { name: "--platform elsewhere", code: "FROM alpine:3.20\nCOPY --from=tonistiigi/xx:1.4 / /\nRUN echo --platform=linux/amd64\n" },
    { name: "difference: --platform=${BUILDPLATFORM} in braces is allowed too", code: "FROM --platform=${BUILDPLATFORM} golang:1.23 AS build\n" },
  ],
  invalid: [
    {
      name: "another variable's default, or BUILDPLATFORM as a part of the value",
      code: "FROM --platform=${PLATFORM:-$BUILDPLATFORM} alpine:3.20\nFROM --platform=${BUILDPLATFORM:+linux/arm64} alpine:3.20\nFROM --platform=$BUILDPLATFORM/v2 alpine:3.20\n",
      errors: [{ messageId: "platform", line: 1, column: 6 }, { messageId: "platform", line: 2, column: 6 }, { messageId: "platform", line: 3, column: 6 }],
      output: null,
    },
    {
      code: "FROM --platform=linux/amd64 debian:12-slim\n",
      errors: [{ messageId: "platform", line: 1, column: 6 }],
      output: null,
    },
    {
      name: "variables too, in every stage, lower case",
      code: "FROM --platform=$TARGETPLATFORM alpine:3.20 AS a\nfrom --platform=${PLATFORM} alpine:3.20\n",
      errors: [{ messageId: "platform", line: 1, column: 6 }, { messageId: "platform", line: 2, column: 6 }],
      output: null,
    },
    {
      name: "flag after a continuation",
      code: "FROM \\\n  --platform=arm64 alpine:3.20\n",
      errors: [{ messageId: "platform", line: 2, column: 3 }],
      output: null,
    },
    {
      name: "difference: every other value is flagged, variables included",
      code: "FROM --platform=$TARGETPLATFORM alpine:3.20\n",
      errors: [{ messageId: "platform", line: 1, column: 6 }],
      output: null,
    },
  ],
});
