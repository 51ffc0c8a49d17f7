import { testRule } from "../rule-tester.js";

const files = {
  "/project/Dockerfile": "ARG BASE=python:3.12-slim\nFROM ${BASE} AS build\nARG PIP_INDEX\nFROM ${BASE} AS unused\nARG ONLY_UNUSED\nFROM build AS app\nARG APP_ENV\n",
};

testRule("compose-build-arg-undeclared", {
  valid: [
    { code: "services:\n  app:\n    build:\n      context: .\n      args:\n        BASE: python:3.13-slim\n        PIP_INDEX: https://pypi.org/simple\n        APP_ENV: dev\n", files },
    { name: "predefined args need no ARG", code: "services:\n  app:\n    build:\n      context: .\n      args: [HTTP_PROXY=http://proxy:3128, BUILDKIT_INLINE_CACHE=1]\n", files },
    { name: "no Dockerfile to read", code: "services:\n  app:\n    build:\n      context: elsewhere\n      args: [TYPO=1]\n", files },
  ],
  invalid: [
    {
      code: "services:\n  app:\n    build:\n      context: .\n      args:\n        APP_ENVIRONMENT: dev\n",
      files,
      errors: [{ messageId: "undeclared", message: "No ARG in the stages Dockerfile builds declares `APP_ENVIRONMENT`: the value is dropped.", line: 6, column: 9, endLine: 6, endColumn: 24 }],
      output: null,
    },
    {
      name: "declared only in a stage the build skips; list syntax",
      code: "services:\n  app:\n    build:\n      context: .\n      args:\n        - ONLY_UNUSED=1\n",
      files,
      errors: [{ messageId: "undeclared", line: 6, column: 11, endLine: 6, endColumn: 24 }],
      output: null,
    },
  ],
});
