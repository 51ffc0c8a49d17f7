import { testRule } from "../rule-tester.js";

const schema = (labels: Record<string, string>, strict = false) => [{ labels, strict }];
const sha = "0123456789abcdef0123456789abcdef01234567";

testRule("label-schema", {
  valid: [
    { name: "no schema: nothing reported", code: 'FROM alpine:3.20\nLABEL anything=""\n' },
    { code: 'FROM alpine:3.20\nLABEL author="Ada"\n', options: schema({ author: "text" }) },
    {
      name: "every format",
      code:
        "FROM alpine:3.20\nLABEL url=https://example.com/app created=2024-05-01T12:00:00Z license=\"MIT OR (Apache-2.0 WITH LLVM-exception)\" \\\n" +
        `      revision=${sha} version=1.2.3-rc.1+build.5 maintainer=ada@example.com\n`,
      options: schema({ url: "url", created: "rfc3339", license: "spdx", revision: "hash", version: "semver", maintainer: "email" }),
    },
    { name: "strict, only schema labels", code: "FROM alpine:3.20\nLABEL a=x\n", options: schema({ a: "text" }, true) },
    { name: "label inherited from the stage it builds on", code: "FROM alpine:3.20 AS base\nLABEL a=x\nFROM base\n", options: schema({ a: "text" }) },
    { name: "difference: a builder stage that never becomes an image needs no labels", code: "FROM golang:1.22 AS build\nFROM alpine:3.20\nLABEL a=x\n", options: schema({ a: "text" }) },
    { name: "value from an ARG", code: "FROM alpine:3.20\nARG V=1.0.0\nLABEL version=$V\n", options: schema({ version: "semver" }) },
    { name: "unresolved value", code: "FROM alpine:3.20\nARG V\nLABEL version=$V\n", options: schema({ version: "semver" }) },
    {
      name: "a label set twice is judged by its last value, the one the image keeps (also over the parent stage's)",
      code: 'FROM alpine:3.20 AS base\nLABEL version=dev\nFROM base\nLABEL version=""\nLABEL version=1.2.3\n',
      options: schema({ version: "semver" }),
    },
  ],
  invalid: [
    {
      name: "only the last value of a label set twice is judged, and reported once",
      code: "FROM alpine:3.20\nLABEL version=1.2.3 extra=a\nLABEL version=latest extra=b\n",
      options: schema({ version: "semver" }, true),
      errors: [
        { messageId: "notSemver", line: 3, column: 15, message: /`latest`/ },
        { messageId: "superfluous", line: 3, column: 22 },
      ],
      output: null,
    },
    {
      name: "DL3049: missing",
      code: "FROM alpine:3.20\nLABEL other=x\n",
      options: schema({ author: "text" }),
      errors: [{ messageId: "missing", line: 1, column: 1, message: /`author` is missing/ }],
      output: null,
    },
    {
      name: "DL3050: superfluous when strict",
      code: "FROM alpine:3.20\nLABEL author=ada extra=1\n",
      options: schema({ author: "text" }, true),
      errors: [{ messageId: "superfluous", line: 2, column: 18 }],
      output: null,
    },
    {
      name: "DL3051: empty",
      code: 'FROM alpine:3.20\nLABEL author=""\n',
      options: schema({ author: "text" }),
      errors: [{ messageId: "empty", line: 2, column: 14 }],
      output: null,
    },
    {
      name: "DL3052..DL3058: each format, one message id each",
      code:
        "FROM alpine:3.20\nLABEL url=example.com created=2024-05-01 license=\"MIT License\" \\\n" +
        "      revision=abc123 version=v1.2 maintainer=ada\n",
      options: schema({ url: "url", created: "rfc3339", license: "spdx", revision: "hash", version: "semver", maintainer: "email" }),
      errors: [
        { messageId: "notUrl", line: 2, column: 11 },
        { messageId: "notRfc3339", line: 2, column: 31 },
        { messageId: "notSpdx", line: 2, column: 50 },
        { messageId: "notHash", line: 3, column: 16 },
        { messageId: "notSemver", line: 3, column: 31 },
        { messageId: "notEmail", line: 3, column: 47 },
      ],
      output: null,
    },
    {
      name: "difference: only the final image's lineage; a missing label is reported at its FROM",
      code: "FROM alpine:3.20 AS base\nLABEL version=1.x\nFROM base AS app\nFROM base\n",
      options: schema({ version: "semver", author: "text" }),
      errors: [{ messageId: "notSemver", line: 2, column: 15 }, { messageId: "missing", line: 4, column: 1 }],
      output: null,
    },
  ],
});
