import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

const digest = "sha256:" + "c".repeat(64);

testRule("no-latest-tag", {
  valid: [
    { name: "the data-science example", code: dataScience },
    "FROM node:20-alpine\n",
    "FROM node\n",
    `FROM node:latest@${digest}\n`,
    "FROM scratch\n",
    { name: "a tag that only starts with latest and names a version", code: "FROM node:latest-alpine3.20\n" },
    { name: "a version tag that starts like a floating one", code: "FROM debian:stable-20240101-slim\n" },
    { name: "a floating tag pinned by digest", code: `FROM node:lts@${digest}\n` },
    { name: "a word that is no floating tag", code: "FROM node:lts2\n" },
    { name: "tags are case-sensitive", code: "FROM node:LATEST\n" },
    { name: "unresolved tag", code: "ARG TAG\nFROM node:${TAG}\n" },
    { name: "variable after latest", code: "ARG SUFFIX\nFROM node:latest${SUFFIX}\n" },
    { name: "registry port", code: "FROM localhost:5000/latest:1.0\n" },
    { name: "ARG overrides default", code: "ARG TAG=20\nFROM node:${TAG:-latest}\n" },
    { name: "difference: an ARG with a version tag", code: "ARG TAG=20\nFROM node:${TAG}\n" },
  ],
  invalid: [
    {
      code: 'FROM node:latest\nCMD ["node", "server.js"]\n',
      errors: [{ messageId: "latest", line: 1, column: 6, message: /`node` uses the `latest` tag/ }],
      output: null,
    },
    {
      name: "difference: node:lts floats",
      code: "FROM node:lts AS build\n",
      errors: [{ messageId: "floating", message: "Image `node` uses the `lts` tag, which follows the newest long-term-support release: name a version (or pin a digest) so rebuilds use the same base.", line: 1, column: 6, endLine: 1, endColumn: 14 }],
      output: null,
    },
    {
      name: "difference: a floating tag with variant words, and latest with one",
      code: "FROM nginx:mainline-alpine\nFROM node:latest-alpine\n",
      errors: [
        { messageId: "floating", message: /`mainline-alpine` tag, which follows the newest mainline release/, line: 1, column: 6, endLine: 1, endColumn: 27 },
        { messageId: "floating", message: /`latest-alpine` tag, which follows the newest release/, line: 2, column: 6, endLine: 2, endColumn: 24 },
      ],
      output: null,
    },
    {
      name: "difference: a floating tag from an ARG",
      code: "ARG CHANNEL=edge\nFROM alpine:${CHANNEL}\n",
      errors: [{ messageId: "floating", message: /`alpine` uses the `edge` tag/, line: 2, column: 6, endLine: 2, endColumn: 23 }],
      output: null,
    },
    {
      name: "tag from an ARG",
      code: "ARG TAG=latest\nFROM node:${TAG}\n",
      errors: [{ messageId: "latest", line: 2, column: 6 }],
      output: null,
    },
    {
      name: "whole reference from an ARG",
      code: "ARG BASE=ghcr.io/org/app:latest\nFROM ${BASE} AS app\n",
      errors: [{ messageId: "latest", line: 2, column: 6, message: /`ghcr.io\/org\/app`/ }],
      output: null,
    },
    {
      name: "default of an undeclared variable",
      code: "FROM node:${TAG:-latest}\n",
      errors: [{ messageId: "latest", line: 1, column: 6 }],
      output: null,
    },
    {
      name: "registry with port",
      code: "FROM --platform=linux/arm64 localhost:5000/app:latest\n",
      errors: [{ messageId: "latest", line: 1, column: 29 }],
      output: null,
    },
    {
      name: "difference: ARG TAG=latest then FROM node:${TAG} is flagged",
      code: "ARG TAG=latest\nFROM node:${TAG}\n",
      errors: [{ messageId: "latest", line: 2, column: 6 }],
      output: null,
    },
  ],
});
