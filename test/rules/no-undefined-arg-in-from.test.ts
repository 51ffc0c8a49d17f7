import { testRule } from "../rule-tester.js";

testRule("no-undefined-arg-in-from", {
  valid: [
    'ARG VARIANT="-alpine3.20"\nFROM node:22${VARIANT} AS jsbuilder\n',
    { name: "BuildKit's example", code: "ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}\n" },
    { name: "declared without a default", code: "ARG BASE\nFROM $BASE\n" },
    { name: "automatic platform args", code: "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=${TARGETPLATFORM} alpine:3.20\n" },
    { name: "default value in place", code: "FROM alpine:${TAG:-3.20}\n" },
    { name: "template placeholder that is no Docker substitution", code: "FROM mcr.microsoft.com/devcontainers/dotnet:0-${templateOption:imageVariant}\n" },
    { name: "escaped dollar", code: "FROM alpine:3.20\\$x\n" },
    { name: "stage reference", code: "ARG BASE=alpine:3.20\nFROM ${BASE} AS base\nFROM base\n" },
    { name: "several global args", code: "ARG REGISTRY=docker.io\nARG IMAGE=python\nARG TAG=3.12\nFROM ${REGISTRY}/${IMAGE}:${TAG}\n" },
    { name: "difference: a variable with a default in place is not flagged", code: "FROM alpine:${TAG:-3.20}\n" },
    { name: "difference: ${TAG:+x} and ${TAG:?msg} handle the unset case in place", code: "FROM alpine:${TAG:+3.20}\nFROM busybox:${TAG:?set TAG}\n" },
  ],
  invalid: [
    {
      name: "BuildKit's example",
      code: "FROM node:22${VARIANT} AS jsbuilder\n",
      errors: [{ messageId: "undeclared", line: 1, column: 13, message: /FROM argument `VARIANT` is not declared/ }],
      output: null,
    },
    {
      name: "ARG declared only inside a stage does not count",
      code: "FROM alpine:3.20\nARG TAG=3.20\nFROM alpine:$TAG\n",
      errors: [{ messageId: "undeclared", line: 3, column: 13 }],
      output: null,
    },
    {
      name: "misspelled automatic arg",
      code: "FROM --platform=$BUILDPLATFROM golang:1.23\n",
      errors: [{ messageId: "undeclaredTypo", line: 1, column: 17, message: /did you mean `BUILDPLATFORM`\?/ }],
      output: null,
    },
    {
      name: "misspelled global arg, case differs",
      code: "ARG PYTHON_VERSION=3.12\nFROM python:${python_version}-slim\n",
      errors: [{ messageId: "undeclaredTypo", line: 2, column: 13, message: /did you mean `PYTHON_VERSION`/ }],
      output: null,
    },
    {
      name: "prefix-removal modifier is still a use",
      code: "FROM alpine:${TAG#v}\n",
      errors: [{ messageId: "undeclared", line: 1, column: 13 }],
      output: null,
    },
    {
      name: "ARG declared after the FROM",
      code: "FROM ${BASE}\nARG BASE=alpine:3.20\n",
      errors: [{ messageId: "undeclared", line: 1, column: 6 }],
      output: null,
    },
  ],
});
