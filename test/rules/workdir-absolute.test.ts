import { testRule } from "../rule-tester.js";

testRule("workdir-absolute", {
  valid: [
    "FROM alpine:3.20\nWORKDIR /app\n",
    { name: "quoted absolute path", code: 'FROM alpine:3.20\nWORKDIR "/usr/src/app"\n' },
    { name: "relative after an absolute WORKDIR (BuildKit)", code: "FROM alpine:3.20\nWORKDIR /app\nWORKDIR src\n" },
    { name: "relative after an absolute WORKDIR in the parent stage", code: "FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n" },
    { name: "variable resolving to an absolute path", code: "FROM alpine:3.20\nARG APP_HOME=/srv/app\nWORKDIR ${APP_HOME}\n" },
    { name: "ENV resolving to an absolute path", code: "FROM alpine:3.20\nENV HOME_DIR=/home/app\nWORKDIR $HOME_DIR/src\n" },
    { name: "unresolved variable: don't know", code: "FROM alpine:3.20\nARG DIR\nWORKDIR $DIR\n" },
    { name: "base image variable: don't know", code: "FROM node:22\nWORKDIR $HOME/app\n" },
    { name: "Windows drive path", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n" },
    { name: "Windows path with forward slashes", code: "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR c:/app\n" },
    { name: "ONBUILD trigger is judged where it runs", code: "FROM alpine:3.20\nONBUILD WORKDIR app\n" },
    { name: "difference: a relative WORKDIR after an absolute one is well defined (hadolint flags it)", code: "FROM alpine:3.20\nWORKDIR /app\nWORKDIR src\n" },
    { name: "difference: an absolute WORKDIR in the stage it builds FROM counts", code: "FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n" },
    { name: "difference: a Windows path is absolute", code: "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\app\n" },
    { name: "difference: a path that cannot be resolved is not flagged", code: "FROM alpine:3.20\nARG DIR\nWORKDIR $DIR\n" },
  ],
  invalid: [
    {
      name: "relative path (hadolint's DL3000 example)",
      code: "FROM alpine:3.20\nWORKDIR usr/src/app\n",
      errors: [{ messageId: "relative", line: 2, column: 9, message: /WORKDIR `usr\/src\/app` is relative/ }],
      output: null,
    },
    {
      name: "tilde is not expanded by Docker; CRLF line endings",
      code: "FROM alpine:3.20\r\nWORKDIR ~/app\r\n",
      errors: [{ messageId: "relative", line: 2, column: 9, message: /`~\/app`/ }],
      output: null,
    },
    {
      name: "dot path",
      code: "FROM alpine:3.20\nworkdir ./app\n",
      errors: [{ messageId: "relative", line: 2, column: 9 }],
      output: null,
    },
    {
      name: "variable resolving to a relative path",
      code: "FROM alpine:3.20\nARG DIR=app\nWORKDIR ${DIR}\n",
      errors: [{ messageId: "relative", line: 3, column: 9, message: /`app`/ }],
      output: null,
    },
    {
      name: "absolute WORKDIR in another (unrelated) stage does not count",
      code: "FROM alpine:3.20 AS build\nWORKDIR /src\nFROM alpine:3.20\nWORKDIR app\n",
      errors: [{ messageId: "relative", line: 4, column: 9 }],
      output: null,
    },
    {
      name: "each relative WORKDIR before the first absolute one",
      code: "FROM alpine:3.20\nWORKDIR app\nWORKDIR src\nWORKDIR /x\nWORKDIR y\n",
      errors: [
        { messageId: "relative", line: 2, column: 9 },
        { messageId: "relative", line: 3, column: 9 },
      ],
      output: null,
    },
  ],
});
