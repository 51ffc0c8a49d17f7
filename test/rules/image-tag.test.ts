import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

const digest = "sha256:" + "b".repeat(64);

testRule("image-tag", {
  valid: [
    { name: "the data-science example", code: dataScience },
    "FROM python:3.12-slim\n",
    `FROM alpine@${digest}\n`,
    "FROM ghcr.io/org/app:1.2\n",
    "FROM localhost:5000/team/app:v3\n",
    "FROM scratch\nCOPY app /app\n",
    { name: "earlier stage", code: "FROM golang:1.22 AS build\nRUN go build .\nFROM build\n" },
    { name: "stage names ignore case", code: "FROM golang:1.22 AS Build\nFROM BUILD\n" },
    { name: "ARG holding a tagged reference", code: "ARG BASE=python:3.12\nFROM ${BASE}\n" },
    { name: "$VAR without braces", code: "ARG BASE=python:3.12\nFROM $BASE\n" },
    { name: "default of an undeclared ARG", code: "FROM ${BASE:-python:3.12}\n" },
    { name: "default of an ARG declared without value is unknown", code: "ARG BASE\nFROM ${BASE:-python}\n" },
    { name: "whole reference unresolved", code: "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n" },
    { name: "tag from a variable", code: "ARG TAG\nFROM python:${TAG}\n" },
    { name: "suffix variable may hold the tag", code: "ARG VARIANT\nFROM python${VARIANT}\n" },
    { name: "ARG naming an earlier stage", code: "FROM node:20 AS deps\nARG STAGE=deps\nFROM ${STAGE}\n" },
    { name: "platform flag", code: "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n" },
    { name: "invalid reference is another rule's business", code: "FROM Python\n" },
    { name: "difference: a stage named through a variable counts as a stage", code: "ARG NAME=build\nFROM alpine:3.20 AS ${NAME}\nFROM build\n" },
  ],
  invalid: [
    {
      code: "FROM python\nRUN pip install --no-cache-dir requests==2.32.3\n",
      errors: [{ messageId: "untagged", line: 1, column: 6, message: /`python` has no tag/ }],
      output: null,
    },
    {
      name: "ARG resolving to an untagged image",
      code: "ARG BASE=ubuntu\nFROM ${BASE}\n",
      errors: [{ messageId: "untaggedResolved", line: 2, column: 6, message: /^`\$\{BASE\}` is `ubuntu`, which has no tag/ }],
      output: null,
    },
    {
      name: "registry port is not a tag",
      code: "FROM localhost:5000/team/app\n",
      errors: [{ messageId: "untagged", line: 1, column: 6 }],
      output: null,
    },
    {
      name: "unknown registry, untagged name",
      code: "ARG REGISTRY\nFROM ${REGISTRY}/python AS base\n",
      errors: [{ messageId: "untagged", line: 2, column: 6 }],
      output: null,
    },
    {
      name: "platform flag and stage name",
      code: "FROM --platform=linux/amd64 golang AS build\nFROM build\n",
      errors: [{ messageId: "untagged", line: 1, column: 29 }],
      output: null,
    },
    {
      name: "a stage defined later is no stage reference yet",
      code: "FROM base\nFROM alpine:3.20 AS base\n",
      errors: [{ messageId: "untagged", line: 1, column: 6 }],
      output: null,
    },
    {
      name: "every stage is checked",
      code: "FROM node AS deps\nFROM nginx\n",
      errors: [
        { messageId: "untagged", line: 1, column: 6 },
        { messageId: "untagged", line: 2, column: 6 },
      ],
      output: null,
    },
    {
      name: "difference: ARG values are substituted first (hadolint reads FROM ${BASE} as written)",
      code: "ARG BASE=alpine\nFROM ${BASE}\n",
      errors: [{ messageId: "untaggedResolved", line: 2, column: 6 }],
      output: null,
    },
  ],
});
