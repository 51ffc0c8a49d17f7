import { testRule } from "../rule-tester.js";

testRule("compose-image-tag", {
  valid: [
    "services:\n  db:\n    image: postgres:16.4\n",
    "services:\n  db:\n    image: postgres@sha256:" + "a".repeat(64) + "\n",
    "services:\n  app:\n    build: .\n    image: myorg/app\n",
    { name: "a variable .env does not set: not judged", code: "services:\n  db:\n    image: ${DB_IMAGE}\n" },
    { name: "a tag from .env", code: "services:\n  db:\n    image: postgres:${PG}\n", files: { "/project/.env": "PG=16.4\n" } },
  ],
  invalid: [
    { code: "services:\n  db:\n    image: postgres\n", errors: [{ messageId: "untagged", line: 3, column: 12, endLine: 3, endColumn: 20 }], output: null },
    { code: "services:\n  db:\n    image: 'postgres:latest'\n", errors: [{ messageId: "latest", line: 3, column: 12, endLine: 3, endColumn: 29 }], output: null },
    {
      name: "a registry port is not a tag",
      code: "services:\n  app:\n    image: localhost:5000/app\n",
      errors: [{ messageId: "untagged", line: 3, column: 12, endLine: 3, endColumn: 30 }],
      output: null,
    },
    {
      name: "the image named in .env",
      code: "services:\n  db:\n    image: ${DB_IMAGE}\n",
      files: { "/project/.env": "DB_IMAGE=postgres\n" },
      errors: [{ messageId: "untagged", message: /`postgres` names no tag/, line: 3, column: 12, endLine: 3, endColumn: 23 }],
      output: null,
    },
  ],
});
