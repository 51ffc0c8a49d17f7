import { testRule } from "../rule-tester.js";

testRule("stage-name-casing", {
  valid: [
    "FROM golang:1.22 AS builder\nFROM alpine:3.20\nCOPY --from=builder /app /app\n",
    { name: "digits and dashes", code: "FROM debian:12 AS build-2\n" },
    { name: "unnamed stage", code: "FROM Alpine\n" },
    { name: "name from an ARG with a lower-case value", code: "ARG FIRST=first-stage\nFROM alpine AS ${FIRST}\n" },
    { name: "name from an unknown ARG", code: "ARG FIRST\nFROM alpine AS ${FIRST}\n" },
    { name: "upper-case reference to a lower-case stage is fine", code: "FROM golang:1.22 AS builder\nFROM alpine\nCOPY --from=Builder /a /a\n" },
    { name: "difference: a name built from an ARG is judged by its value (BuildKit judges the text)", code: "ARG NAME=build\nFROM alpine:3.20 AS ${NAME}\n" },
    { name: "difference: a name from an ARG of unknown value is not judged", code: "ARG NAME\nFROM alpine:3.20 AS ${NAME}\n" },
  ],
  invalid: [
    {
      name: "BuildKit's example, with references",
      code: "FROM node:20 AS BuilderBase\nRUN npm ci\nFROM BuilderBase AS build\nFROM alpine\nCOPY --from=builderBase /app /app\n",
      errors: [{ messageId: "casing", line: 1, column: 17, message: /`BuilderBase` should be lower case: `builderbase`/ }],
      output: "FROM node:20 AS builderbase\nRUN npm ci\nFROM builderbase AS build\nFROM alpine\nCOPY --from=builderbase /app /app\n",
    },
    {
      name: "RUN --mount=from, multi-line RUN",
      code: "FROM golang AS Deps\nFROM golang\nRUN --mount=type=cache,target=/go \\\n    --mount=type=bind,from=DEPS,source=/go/pkg,target=/pkg \\\n    go build\n",
      errors: [{ messageId: "casing", line: 1, column: 16 }],
      output: "FROM golang AS deps\nFROM golang\nRUN --mount=type=cache,target=/go \\\n    --mount=type=bind,from=deps,source=/go/pkg,target=/pkg \\\n    go build\n",
    },
    {
      name: "references before the stage, ONBUILD triggers and variables are left alone",
      code: "FROM Tools AS base\nCOPY --from=Tools /x /x\nFROM alpine AS Tools\nFROM base\nONBUILD COPY --from=Tools /y /y\nARG S=Tools\nCOPY --from=${S} /z /z\nCOPY --from=Tools /w /w\n",
      errors: [{ messageId: "casing", line: 3, column: 16 }],
      output: "FROM Tools AS base\nCOPY --from=Tools /x /x\nFROM alpine AS tools\nFROM base\nONBUILD COPY --from=Tools /y /y\nARG S=Tools\nCOPY --from=${S} /z /z\nCOPY --from=tools /w /w\n",
    },
    {
      name: "each stage",
      code: "FROM a AS One\nFROM b AS TWO\n",
      errors: [{ messageId: "casing", line: 1, column: 11 }, { messageId: "casing", line: 2, column: 11 }],
      output: "FROM a AS one\nFROM b AS two\n",
    },
    {
      name: "name from an ARG: reported by value, not fixed",
      code: "ARG FIRST=First\nFROM alpine AS ${FIRST}\n",
      errors: [{ messageId: "casing", line: 2, column: 16, message: /`First` should be lower case/ }],
      output: null,
    },
    {
      name: "difference: a name from an ARG whose value is not lower case is flagged",
      code: "ARG NAME=Build\nFROM alpine:3.20 AS ${NAME}\n",
      errors: [{ messageId: "casing", line: 2, column: 21 }],
      output: null,
    },
  ],
});
