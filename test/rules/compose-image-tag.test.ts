import { testRule } from "../rule-tester.js";

testRule("compose-image-tag", {
  valid: [
    "services:\n  db:\n    image: postgres:16.4\n",
    "services:\n  db:\n    image: postgres@sha256:" + "a".repeat(64) + "\n",
    "services:\n  app:\n    build: .\n    image: myorg/app\n",
    { name: "a variable .env does not set: not judged", code: "services:\n  db:\n    image: ${DB_IMAGE}\n" },
    { name: "a version tag that starts like a floating one", code: "services:\n  web:\n    image: nginx:stable-20240101-slim\n" },
    { name: "a branch build named by its commit", code: "services:\n  app:\n    image: ghcr.io/org/app:main-3f2a1c9\n" },
    { name: "a pinned variant of lts", code: "services:\n  web:\n    image: node:lts-alpine3.20@sha256:" + "b".repeat(64) + "\n" },
    { name: "tags are case-sensitive", code: "services:\n  web:\n    image: node:LTS\n" },
    { name: "a floating tag under build: names the image built", code: "services:\n  app:\n    build: .\n    image: myorg/app:main\n" },
    { name: "a tag from .env", code: "services:\n  db:\n    image: postgres:${PG}\n", files: { "/project/.env": "PG=16.4\n" } },
  ],
  invalid: [
    { code: "services:\n  db:\n    image: postgres\n", errors: [{ messageId: "untagged", line: 3, column: 12, endLine: 3, endColumn: 20 }], output: null },
    { code: "services:\n  db:\n    image: 'postgres:latest'\n", errors: [{ messageId: "latest", line: 3, column: 12, endLine: 3, endColumn: 29 }], output: null },
    {
      name: "node:lts floats",
      code: "services:\n  web:\n    image: node:lts\n",
      errors: [{ messageId: "floating", message: "`node:lts` runs whatever `lts` is when it is pulled (`lts` follows the newest long-term-support release): name a version instead.", line: 3, column: 12, endLine: 3, endColumn: 20 }],
      output: null,
    },
    {
      name: "a floating tag with variant words",
      code: "services:\n  web:\n    image: \"nginx:mainline-alpine\"\n  os:\n    image: debian:stable-slim\n",
      errors: [
        { messageId: "floating", message: /`mainline-alpine` follows the newest mainline release/, line: 3, column: 12, endLine: 3, endColumn: 35 },
        { messageId: "floating", message: /`stable-slim` follows the current stable release/, line: 5, column: 12, endLine: 5, endColumn: 30 },
      ],
      output: null,
    },
    {
      name: "channel and branch tags",
      code: "services:\n  a:\n    image: alpine:edge\n  b:\n    image: ghcr.io/org/app:main\n  c:\n    image: ubuntu:rolling\n",
      errors: [
        { messageId: "floating", line: 3, column: 12, endLine: 3, endColumn: 23 },
        { messageId: "floating", line: 5, column: 12, endLine: 5, endColumn: 32 },
        { messageId: "floating", line: 7, column: 12, endLine: 7, endColumn: 26 },
      ],
      output: null,
    },
    {
      name: "a floating tag from .env",
      code: "services:\n  web:\n    image: node:${NODE_TAG}\n",
      files: { "/project/.env": "NODE_TAG=current\n" },
      errors: [{ messageId: "floating", message: /`node:current` runs whatever `current` is/, line: 3, column: 12, endLine: 3, endColumn: 28 }],
      output: null,
    },
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
