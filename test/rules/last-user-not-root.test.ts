import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

testRule("last-user-not-root", {
  valid: [
    { name: "the data-science example", code: dataScience },
    "FROM debian:12-slim\nUSER app\n",
    { name: "no USER at all", code: "FROM debian:12-slim\nRUN true\n" },
    { name: "switches back", code: "FROM debian:12-slim\nUSER root\nRUN apt-get update\nUSER app\n" },
    { name: "root group only", code: "FROM debian:12-slim\nUSER 1000:0\n" },
    { name: "a name that starts with root", code: "FROM debian:12-slim\nUSER rootless\n" },
    { name: "build stage ends as root, final stage does not", code: "FROM debian:12 AS build\nUSER root\nFROM debian:12-slim\nUSER app\n" },
    { name: "build stage root, final stage without USER from an image", code: "FROM debian:12 AS build\nUSER root\nFROM scratch\nCOPY --from=build /app /app\n" },
    { name: "non-root user inherited", code: "FROM debian:12 AS base\nUSER root\nUSER app\nFROM base\nRUN true\n" },
    { name: "final stage overrides the inherited root", code: "FROM debian:12 AS base\nUSER root\nFROM base\nUSER 1000\n" },
    { name: "unresolved variable", code: "FROM debian:12-slim\nARG APP_USER\nUSER ${APP_USER}\n" },
    { name: "variable resolving to a user", code: "FROM debian:12-slim\nARG APP_USER=app\nUSER ${APP_USER}:${APP_USER}\n" },
    { name: "difference: a build stage that ends as root is not flagged (hadolint flags it)", code: "FROM alpine:3.20 AS build\nUSER root\nRUN true\nFROM alpine:3.20\nUSER app\n" },
    { name: "difference: a Dockerfile with no USER at all is not flagged", code: "FROM alpine:3.20\nRUN true\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN useradd app\nUSER root\n",
      errors: [{ messageId: "root", line: 3, column: 1 }],
      output: null,
    },
    { name: "uid 0", code: "FROM scratch\nUSER 0\n", errors: [{ messageId: "root", line: 2, column: 1 }], output: null },
    { name: "root:root", code: "FROM scratch\nUSER root:root\n", errors: [{ messageId: "root", line: 2, column: 1 }], output: null },
    { name: "0:0", code: "FROM scratch\nUSER 0:0\n", errors: [{ messageId: "root", line: 2, column: 1 }], output: null },
    {
      name: "the last of several",
      code: "FROM debian:12-slim\nUSER app\nRUN true\nuser root\nCMD [\"sh\"]\n",
      errors: [{ messageId: "root", line: 4, column: 1, message: /`USER root`/ }],
      output: null,
    },
    {
      name: "through ARG",
      code: "FROM debian:12-slim\nARG RUN_AS=root\nUSER ${RUN_AS}\n",
      errors: [{ messageId: "root", line: 3, column: 1 }],
      output: null,
    },
    {
      name: "through ENV",
      code: "FROM debian:12-slim\nENV UID=0\nUSER $UID:$UID\n",
      errors: [{ messageId: "root", line: 3, column: 1, message: /`USER 0:0`/ }],
      output: null,
    },
    {
      name: "inherited from the parent stage, reported there",
      code: "FROM debian:12 AS base\nUSER root\nRUN true\nFROM base\nRUN true\n",
      errors: [{ messageId: "inherited", line: 2, column: 1, message: /from stage `base`/ }],
      output: null,
    },
    {
      name: "inherited through two stages",
      code: "FROM debian:12 AS a\nUSER 0\nFROM a AS b\nRUN true\nFROM b\nCMD [\"sh\"]\n",
      errors: [{ messageId: "inherited", line: 2, column: 1 }],
      output: null,
    },
    {
      name: "parent stage named through an ARG",
      code: "ARG STAGE=base\nFROM debian:12 AS base\nUSER root\nFROM ${STAGE}\nRUN true\n",
      errors: [{ messageId: "inherited", line: 3, column: 1 }],
      output: null,
    },
    {
      name: "only the final stage counts",
      code: "FROM debian:12 AS build\nUSER app\nFROM debian:12-slim\nUSER root\n",
      errors: [{ messageId: "root", line: 4, column: 1 }],
      output: null,
    },
    {
      name: "difference: a final stage without USER inherits the last USER of its FROM stage",
      code: "FROM alpine:3.20 AS base\nUSER root\nFROM base\nRUN true\n",
      errors: [{ messageId: "inherited", line: 2, column: 1 }],
      output: null,
    },
  ],
});
