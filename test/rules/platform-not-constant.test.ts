import { testRule } from "../rule-tester.js";

testRule("platform-not-constant", {
  valid: [
    "FROM alpine:3.20 AS base\nRUN apk add --no-cache git\n",
    { name: "meta variable", code: "FROM --platform=${BUILDPLATFORM} alpine:3.20 AS base\n" },
    { name: "ARG variable", code: "ARG PLATFORM=linux/amd64\nFROM --platform=$PLATFORM alpine:3.20\n" },
    {
      name: "stages named for their architecture (BuildKit's example)",
      code: "FROM --platform=linux/amd64 alpine:3.20 AS build_amd64\nFROM --platform=linux/arm64 alpine:3.20 AS build_arm64\nFROM build_${TARGETARCH} AS build\n",
    },
    { name: "stage named for the OS", code: "FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022 AS windows-tools\n" },
    { name: "architecture alias, any case", code: "FROM --platform=linux/arm64 alpine:3.20 AS Build-AArch64\n" },
    { name: "variant", code: "FROM --platform=linux/arm/v7 alpine:3.20 AS base-v7\n" },
    { name: "difference: x86_64 in the stage name is another name of amd64", code: "FROM --platform=linux/amd64 alpine:3.20 AS build-x86_64\n" },
    { name: "difference: aarch64 in the stage name is another name of arm64", code: "FROM --platform=linux/arm64 alpine:3.20 AS build-aarch64\n" },
    { name: "difference: a value with a variable is never flagged", code: "FROM --platform=$BUILDPLATFORM alpine:3.20\n" },
  ],
  invalid: [
    {
      name: "BuildKit's example",
      code: "FROM --platform=linux/amd64 alpine:3.20 AS base\nRUN apk add --no-cache git\n",
      errors: [{ messageId: "constant", line: 1, column: 17, message: /--platform=linux\/amd64/ }],
      output: null,
    },
    {
      name: "no stage name",
      code: "FROM --platform=linux/arm64 alpine:3.20\n",
      errors: [{ messageId: "constant", line: 1, column: 17 }],
      output: null,
    },
    {
      name: "stage named for another platform, after a continuation",
      code: "FROM \\\n  --platform=linux/arm64 alpine:3.20 AS build_amd64\n",
      errors: [{ messageId: "constant", line: 2, column: 14 }],
      output: null,
    },
  ],
});
