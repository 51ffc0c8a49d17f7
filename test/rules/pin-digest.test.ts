import { testRule } from "../rule-tester.js";

const digest = "sha256:2bac43769ace90ebd3ad83e5392295e25dfc58e58543d3ab326c3330b505283d";

testRule("pin-digest", {
  valid: [
    `FROM python:3.12-slim@${digest}\n`,
    { name: "digest without tag", code: `FROM python@${digest}\n` },
    { name: "scratch", code: "FROM scratch\nCOPY app /app\n" },
    { name: "earlier stage", code: `FROM golang:1.22@${digest} AS build\nFROM build\n` },
    { name: "digest through ARG", code: `ARG BASE=python:3.12@${digest}\nFROM \${BASE}\n` },
    { name: "unresolved variable: unknown", code: "ARG BASE\nFROM ${BASE}\n" },
    { name: "unresolved tag variable", code: "ARG TAG\nFROM python:${TAG}\n" },
    { name: "no image", code: "FROM\n" },
    { name: "difference: an earlier stage is not an image to pull", code: "FROM golang:1.23@sha256:2bac43769ace90ebd3ad83e5392295e25dfc58e58543d3ab326c3330b505283d AS build\nFROM build\nRUN true\n" },
    { name: "difference: a reference that still holds an unknown variable is not flagged", code: "ARG TAG\nFROM python:${TAG}\n" },
  ],
  invalid: [
    {
      code: "FROM python:3.12-slim\n",
      errors: [{ messageId: "unpinned", line: 1, column: 6, message: /`python:3.12-slim@sha256:<digest>`/ }],
      output: null,
    },
    {
      name: "untagged, registry with port, stage name",
      code: "FROM localhost:5000/app AS base\n",
      errors: [{ messageId: "unpinned", line: 1, column: 6 }],
      output: null,
    },
    {
      name: "after ARG substitution",
      code: "ARG BASE=node:20\nFROM ${BASE}\n",
      errors: [{ messageId: "unpinned", line: 2, column: 6, message: /`node:20`/ }],
      output: null,
    },
    {
      name: "each stage that pulls",
      code: `FROM golang:1.22 AS build\nFROM build AS test\nFROM alpine:3.20@${digest}\nFROM --platform=linux/amd64 debian:12\n`,
      errors: [{ messageId: "unpinned", line: 1, column: 6 }, { messageId: "unpinned", line: 4, column: 29 }],
      output: null,
    },
  ],
});
