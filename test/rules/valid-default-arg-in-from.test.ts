import { testRule } from "../rule-tester.js";

testRule("valid-default-arg-in-from", {
  valid: [
    { name: "BuildKit: default given", code: "ARG TAG=latest\nFROM busybox:${TAG}\n" },
    { name: "BuildKit: empty is fine where the image stays valid", code: "ARG VARIANT\nFROM busybox:stable${VARIANT}\n" },
    { name: "BuildKit: default in place", code: "ARG TAG\nFROM alpine:${TAG:-3.14}\n" },
    { name: "no variables", code: "FROM alpine:3.20\n" },
    { name: "undeclared ARG is the other rule's business", code: "FROM alpine:${TAG}\n" },
    { name: "default built from another ARG", code: "ARG VERSION=3.12\nARG BASE=python:${VERSION}-slim\nFROM ${BASE}\n" },
    { name: "stage named by an ARG", code: "ARG FLAVOR=build\nFROM alpine:3.20 AS build\nFROM ${FLAVOR}\n" },
    { name: "automatic platform args", code: "FROM --platform=$BUILDPLATFORM golang:1.23-${TARGETOS}\n" },
    { name: "image entirely from an ARG with a default", code: "ARG BASE_IMAGE=ubuntu:24.04\nFROM $BASE_IMAGE AS base\n" },
    { name: "quoted variable (Docker removes the quotes)", code: 'ARG ALPINE_TAG=3.20\nFROM alpine:"${ALPINE_TAG}"\n' },
    { name: "default built from an undeclared ARG is not judged", code: "ARG BASE=gcr.io/${PROJECT_ID}/mvn:3\nFROM ${BASE}\n" },
    { name: "scratch from an ARG", code: "ARG BASE=scratch\nFROM ${BASE}\n" },
    { name: "difference: an undeclared ARG is left to no-undefined-arg-in-from", code: "FROM alpine:${TAG}\n" },
    { name: "difference: automatic platform args count as set", code: "ARG TARGETARCH\nFROM busybox:${TARGETARCH}\n" },
  ],
  invalid: [
    {
      name: "BuildKit's example: no default makes `busybox:`",
      code: "ARG TAG\nFROM busybox:${TAG}\n",
      errors: [{ messageId: "invalid", line: 2, column: 6, message: /image is `busybox:`.*give `TAG` a default/ }],
      output: null,
    },
    {
      name: "whole image from an ARG without default",
      code: "ARG BASE_IMAGE\nFROM ${BASE_IMAGE} AS base\n",
      errors: [{ messageId: "empty", line: 2, column: 6, message: /image is empty: give `BASE_IMAGE` a default/ }],
      output: null,
    },
    {
      name: "registry prefix without default",
      code: "ARG REGISTRY\nFROM ${REGISTRY}/app:1.0\n",
      errors: [{ messageId: "invalid", line: 2, column: 6, message: /`\/app:1.0`/ }],
      output: null,
    },
    {
      name: "default that is no valid reference",
      code: "ARG TAG=1.0+beta\nFROM alpine:$TAG\n",
      errors: [{ messageId: "invalid", line: 2, column: 6, message: /`alpine:1.0\+beta`.*give the ARGs used here/ }],
      output: null,
    },
    // ARG names were once compiled into a regular expression: `(` threw (an internal error) and
    // `(a|a)*b` against a FROM of 34 `a`s backtracked for minutes
    {
      name: "an ARG name that is no regular expression",
      code: "ARG E\nARG (\nFROM ${E}\n",
      errors: [{ messageId: "empty", line: 3, column: 6, message: /image is empty: give `E` a default/ }],
      output: null,
    },
    {
      name: "an ARG name that would backtrack as a regular expression",
      code: `ARG E\nARG (a|a)*b\nFROM \${E}\\$${"a".repeat(34)}\n`,
      errors: [{ messageId: "invalid", line: 3, column: 6, message: /image is `\$a{34}`.*give `E` a default/ }],
      output: null,
    },
  ],
});
