import { testRule } from "../rule-tester.js";

testRule("user-numeric", {
  valid: [
    "FROM debian:12-slim\nUSER 10001\n",
    { name: "uid:gid", code: "FROM debian:12-slim\nUSER 10001:10001\n" },
    { name: "group name after a uid", code: "FROM debian:12-slim\nUSER 10001:app\n" },
    { name: "name from an ARG", code: "FROM debian:12-slim\nARG APP_USER=app\nUSER ${APP_USER}\n" },
    { name: "uid from an ENV", code: "FROM debian:12-slim\nENV UID=1000\nUSER $UID:$UID\n" },
    { name: "no USER", code: "FROM debian:12-slim\nRUN useradd app\n" },
    { name: "names before the last USER", code: "FROM debian:12-slim\nUSER root\nRUN apt-get update\nUSER 10001\n" },
    { name: "name in a build stage", code: "FROM node:22 AS build\nUSER node\nFROM gcr.io/distroless/nodejs22-debian12:nonroot\n" },
    {
      name: "Windows image",
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nSHELL ["cmd", "/s", "/c"]\nUSER ContainerUser\n',
    },
    { name: "difference: a group name after a numeric UID is accepted", code: "FROM alpine:3.20\nUSER 10001:app\n" },
    { name: "difference: a USER written with a variable is not flagged even when its default is a name", code: "FROM alpine:3.20\nARG APP_USER=app\nUSER ${APP_USER}\n" },
    { name: "difference: USER root in a build stage never reaches a runtime", code: "FROM alpine:3.20 AS build\nUSER builder\nFROM alpine:3.20\nUSER 10001\n" },
    { name: "difference: Windows images have no UIDs", code: "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN useradd app\nUSER app\n",
      errors: [{ messageId: "name", line: 3, column: 6, message: /USER `app`/ }],
      output: null,
    },
    {
      name: "name with a group, lower-case keyword",
      code: "FROM node:22 AS build\nRUN true\nFROM debian:12-slim\nuser node:node\n",
      errors: [{ messageId: "name", line: 4, column: 6, message: /USER `node`/ }],
      output: null,
    },
    {
      name: "inherited through FROM <stage>",
      code: "FROM debian:12-slim AS base\nUSER app\nFROM base\nRUN true\n",
      errors: [{ messageId: "name", line: 2, column: 6 }],
      output: null,
    },
    {
      name: "root",
      code: "FROM debian:12-slim\nUSER 10001\nUSER root\n",
      errors: [{ messageId: "name", line: 3, column: 6, message: /USER `root`/ }],
      output: null,
    },
  ],
});
