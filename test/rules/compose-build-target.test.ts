import { testRule } from "../rule-tester.js";

const files = { "/project/app/Dockerfile.dev": "FROM python:3.12-slim AS base\nFROM base AS dev\n" };

testRule("compose-build-target", {
  valid: [
    { code: "services:\n  app:\n    build:\n      context: app\n      dockerfile: Dockerfile.dev\n      target: dev\n", files },
    { name: "stage names are case-insensitive", code: "services:\n  app:\n    build:\n      context: app\n      dockerfile: Dockerfile.dev\n      target: DEV\n", files },
    { name: "no Dockerfile to read", code: "services:\n  app:\n    build:\n      context: app\n      target: nope\n" },
    { name: "a target from a variable .env does not set", code: "services:\n  app:\n    build:\n      context: app\n      dockerfile: Dockerfile.dev\n      target: ${TARGET}\n", files },
  ],
  invalid: [
    {
      code: "services:\n  app:\n    build:\n      context: app\n      dockerfile: Dockerfile.dev\n      target: development\n",
      files,
      errors: [{ messageId: "missing", message: "No stage of app/Dockerfile.dev is named `development`: the build fails. The stages are `base`, `dev`.", line: 6, column: 15, endLine: 6, endColumn: 26 }],
      output: null,
    },
    {
      name: "a context URL is not read, a path relative to the project is",
      code: "services:\n  remote:\n    build:\n      context: https://github.com/org/repo.git\n      target: x\n  app:\n    build:\n      context: ./app/\n      dockerfile: Dockerfile.dev\n      target: test\n",
      files,
      errors: [{ messageId: "missing", line: 10, column: 15, endLine: 10, endColumn: 19 }],
      output: null,
    },
  ],
});
