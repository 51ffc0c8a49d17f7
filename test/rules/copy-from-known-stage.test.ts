import { testRule } from "../rule-tester.js";

testRule("copy-from-known-stage", {
  valid: [
    "FROM scratch AS foo\nRUN something\nFROM scratch\nCOPY --from=foo bar .\n",
    { name: "stage index", code: "FROM node:22\nRUN npm ci\nFROM node:22-slim\nCOPY --from=0 /app /app\n" },
    { name: "image with tag", code: "FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n" },
    { name: "image with registry path", code: "FROM alpine:3.20\nCOPY --from=ghcr.io/astral-sh/uv /uv /bin/\n" },
    { name: "image with digest", code: "FROM alpine:3.20\nCOPY --from=busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /bin/sh /bin/\n" },
    { name: "stage names ignore case", code: "FROM alpine:3.20 AS Build\nRUN true\nFROM alpine:3.20\nCOPY --from=BUILD /x /x\n" },
    { name: "variable naming a stage", code: "ARG BUILDER=build\nFROM alpine:3.20 AS build\nFROM alpine:3.20\nARG BUILDER\nCOPY --from=${BUILDER} /x /x\n" },
    {
      name: "stage named by a variable",
      code: "ARG SECOND=second-stage\nFROM alpine:3.20 AS ${SECOND}\nFROM alpine:3.20\nCOPY --from=second-stage /x /x\n",
    },
    { name: "stage named by an unknown variable", code: "ARG SECOND\nFROM alpine:3.20 AS ${SECOND}\nFROM alpine:3.20\nCOPY --from=other /x /x\n" },
    { name: "unknown variable", code: "FROM alpine:3.20 AS build\nFROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /x /x\n" },
    { name: "its own stage is copy-from-not-self's", code: "FROM alpine:3.20 AS app\nCOPY --from=app /x /y\n" },
    { name: "ONBUILD is for another build", code: "FROM alpine:3.20\nONBUILD COPY --from=deps /x /x\n" },
    { name: "no --from", code: "FROM alpine:3.20\nCOPY . /app\n" },
    { name: "difference: a reference with a tag is an image, not a stage", code: "FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n" },
    { name: "difference: COPY in ONBUILD runs in another build and is not checked", code: "FROM alpine:3.20\nONBUILD COPY --from=builder /app /app\n" },
    { name: "difference: --from from a variable whose default names a stage", code: "FROM alpine:3.20 AS builder\nFROM alpine:3.20\nARG BUILDER=builder\nCOPY --from=${BUILDER} /a /a\n" },
  ],
  invalid: [
    {
      code: "FROM scratch\nCOPY --from=foo bar .\n",
      errors: [{ messageId: "unknown", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "typo in a stage name, multi-line",
      code: "FROM golang:1.23 AS builder\nRUN go build\nFROM alpine:3.20\nCOPY --chown=app \\\n     --from=buidler /out /app\n",
      errors: [{ messageId: "unknown", line: 5, column: 13, message: /--from=buidler/ }],
      output: null,
    },
    {
      name: "stage defined later",
      code: "FROM alpine:3.20\nCOPY --from=build /x /x\nFROM alpine:3.20 AS build\n",
      errors: [{ messageId: "later", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "index of a later stage",
      code: "FROM alpine:3.20\nCOPY --from=1 /x /x\nFROM alpine:3.20\n",
      errors: [{ messageId: "badIndex", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "variable resolved to an unknown name",
      code: "FROM alpine:3.20\nARG SRC=deps\nCOPY --from=$SRC /x /x\n",
      errors: [{ messageId: "unknown", line: 3, column: 13, message: /--from=deps/ }],
      output: null,
    },
    {
      name: "difference: a stage index must be an earlier stage",
      code: "FROM alpine:3.20\nCOPY --from=1 /a /a\nFROM alpine:3.20\n",
      errors: [{ messageId: "badIndex", line: 2, column: 13 }],
      output: null,
    },
  ],
});
