import { testRule } from "../rule-tester.js";

const files = { "/project/Dockerfile": "FROM python:3.12-slim AS base\nRUN useradd --create-home app\nUSER app\nFROM base AS dev\nUSER root\n" };

testRule("compose-user-root", {
  valid: [
    { code: "services:\n  app:\n    build: .\n    user: '1000:1000'\n", files },
    { name: "the image runs as root already (its target's USER)", code: "services:\n  app:\n    build:\n      context: .\n      target: dev\n    user: root\n", files },
    { name: "an image's USER cannot be seen", code: "services:\n  app:\n    image: app:1.0\n    user: root\n" },
    { name: "a user .env does not set", code: "services:\n  app:\n    build: .\n    user: ${UID}\n", files },
  ],
  invalid: [
    {
      code: "services:\n  app:\n    build:\n      context: .\n      target: base\n    user: root\n",
      files,
      errors: [{ messageId: "root", message: "`user: root` runs `app` as root, undoing the image's `USER app` (Dockerfile line 3): fix the ownership of what it writes instead.", line: 6, column: 11, endLine: 6, endColumn: 15 }],
      output: null,
    },
    {
      name: "uid 0 with a group, from .env",
      code: "services:\n  app:\n    build:\n      context: .\n      target: base\n    user: ${RUN_AS}\n",
      files: { ...files, "/project/.env": "RUN_AS=0:0\n" },
      errors: [{ messageId: "root", message: /^`user: 0:0` runs `app` as root/, line: 6, column: 11, endLine: 6, endColumn: 20 }],
      output: null,
    },
  ],
});
