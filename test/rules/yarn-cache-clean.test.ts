import { testRule } from "../rule-tester.js";

testRule("yarn-cache-clean", {
  valid: [
    "FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean\n",
    { name: "cache mount on the yarn 1 cache", code: "FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n" },
    { name: "cache mount on the v6 directory", code: "FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn/v6 yarn install\n" },
    { name: "cache mount on YARN_CACHE_FOLDER", code: "FROM node:22\nENV YARN_CACHE_FOLDER=/cache/yarn\nRUN --mount=type=cache,target=/cache/yarn yarn install\n" },
    { name: "rm of the cache", code: "FROM node:22\nRUN yarn && rm -rf /usr/local/share/.cache/yarn\n" },
    { name: "rm of $(yarn cache dir)", code: "FROM node:22\nRUN yarn install && rm -rf \"$(yarn cache dir)\"\n" },
    { name: "a script, not an install", code: "FROM node:22\nRUN yarn build && yarn test\n" },
    { name: "builder stage", code: "FROM node:22 AS build\nRUN yarn install\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n" },
    { name: "difference: a cache mount over the yarn cache counts", code: "FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n" },
    { name: "difference: rm -rf of the cache counts as cleaning", code: "FROM node:20\nRUN yarn install && rm -rf /usr/local/share/.cache/yarn\n" },
  ],
  invalid: [
    {
      code: "FROM node:22\nRUN yarn install foo\n",
      errors: [{ messageId: "missing", line: 2, column: 10, message: /`yarn install`.*target=\/usr\/local\/share\/\.cache\/yarn\./ }],
      output: "FROM node:22\nRUN yarn install foo && yarn cache clean\n",
    },
    {
      name: "bare yarn is an install: reported at the command",
      code: "FROM node:22\nWORKDIR /app\nRUN yarn --frozen-lockfile --production\n",
      errors: [{ messageId: "missing", line: 3, column: 5, message: /^`yarn` leaves/ }],
      output: "FROM node:22\nWORKDIR /app\nRUN yarn --frozen-lockfile --production && yarn cache clean\n",
    },
    {
      name: "yarn add in the last stage",
      code: "FROM node:22 AS foo\nRUN true\nFROM node:22-slim\nRUN yarn global add serve\n",
      errors: [{ messageId: "missing", line: 4, column: 17 }],
      output: "FROM node:22 AS foo\nRUN true\nFROM node:22-slim\nRUN yarn global add serve && yarn cache clean\n",
    },
    {
      name: "a stage built FROM",
      code: "FROM node:22 AS deps\nRUN yarn install\nFROM deps\nCMD [\"node\", \"index.js\"]\n",
      errors: [{ messageId: "missing", line: 2, column: 10 }],
      output: "FROM node:22 AS deps\nRUN yarn install && yarn cache clean\nFROM deps\nCMD [\"node\", \"index.js\"]\n",
    },
    {
      name: "any cache mount is not enough",
      code: "FROM node:22\nRUN --mount=type=cache,target=/root/.npm yarn install\n",
      errors: [{ messageId: "missing", line: 2, column: 47 }],
      output: "FROM node:22\nRUN --mount=type=cache,target=/root/.npm yarn install && yarn cache clean\n",
    },
    {
      name: "difference: a cache mount elsewhere than the yarn cache does not count (hadolint accepts any)",
      code: "FROM node:20\nRUN --mount=type=cache,target=/tmp/cache yarn install\n",
      errors: [{ messageId: "missing", line: 2, column: 47 }],
      output: "FROM node:20\nRUN --mount=type=cache,target=/tmp/cache yarn install && yarn cache clean\n",
    },
    {
      name: "difference: yarn add and a bare yarn count as installs",
      code: "FROM node:20\nRUN yarn add express && yarn\n",
      errors: [{ messageId: "missing", line: 2, column: 10 }],
      output: "FROM node:20\nRUN yarn add express && yarn && yarn cache clean\n",
    },
  ],
});
