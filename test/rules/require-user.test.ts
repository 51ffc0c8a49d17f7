import { testRule } from "../rule-tester.js";

testRule("require-user", {
  valid: [
    "FROM debian:12-slim\nRUN useradd --uid 10001 app\nUSER 10001\n",
    { name: "USER root still sets one", code: "FROM debian:12-slim\nUSER root\n" },
    { name: "inherited through FROM <stage>", code: "FROM debian:12-slim AS base\nUSER app\nFROM base\nRUN true\n" },
    { name: "non-root base tag", code: "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n" },
    { name: "non-root tag from an ARG", code: "ARG TAG=nonroot\nFROM gcr.io/distroless/base:${TAG}\n" },
    { name: "empty file", code: "# nothing\n" },
    { name: "difference: a base image whose tag says non-root is accepted", code: "FROM gcr.io/distroless/static:nonroot\n" },
    { name: "difference: a USER in the stage the final stage builds FROM counts", code: "FROM alpine:3.20 AS base\nUSER app\nFROM base\nRUN true\n" },
  ],
  invalid: [
    {
      code: 'FROM debian:12-slim\nCOPY app /app\nCMD ["/app"]\n',
      errors: [{ messageId: "missing", line: 1, column: 1 }],
      output: null,
    },
    {
      name: "USER only in another build stage",
      code: "FROM golang:1.22 AS build\nUSER nobody\nRUN go build\n\nfrom scratch\nCOPY --from=build /app /app\n",
      errors: [{ messageId: "missing", line: 5, column: 1 }],
      output: null,
    },
    {
      name: "USER inside ONBUILD does not count",
      code: "FROM debian:12-slim\nONBUILD USER app\n",
      errors: [{ messageId: "missing", line: 1, column: 1 }],
      output: null,
    },
    {
      name: "difference: a USER in another build stage does not count",
      code: "FROM alpine:3.20 AS build\nUSER app\nFROM alpine:3.20\nRUN true\n",
      errors: [{ messageId: "missing", line: 3, column: 1 }],
      output: null,
    },
  ],
});
