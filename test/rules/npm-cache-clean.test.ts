import { testRule } from "../rule-tester.js";

testRule("npm-cache-clean", {
  valid: [
    {
      name: "a stage built FROM only by a builder stage that is copied from: its layers never reach the image",
      code: "FROM node:22 AS deps\nRUN npm install -g pnpm@9\nFROM deps AS build\nRUN pnpm build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n",
    },
    "FROM node:22\nRUN npm install -g pnpm@9 && npm cache clean --force\n",
    { name: "cache mount", code: "FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm install -g pnpm@9\n" },
    { name: "cache mount for a non-root user", code: "FROM node:22\nUSER node\nRUN --mount=type=cache,target=/home/node/.npm,uid=1000 npm install -g pnpm@9\n" },
    { name: "rm of ~/.npm", code: "FROM node:22\nRUN npm i -g pnpm@9 && rm -rf ~/.npm\n" },
    { name: "rm of .npm in WORKDIR /root: /root/.npm", code: "FROM node:22\nWORKDIR /root\nRUN npm i -g pnpm@9 && rm -rf .npm\n" },
    { name: "WORKDIR $HOME, and WORKDIR inherited from the parent stage", code: "FROM node:22 AS base\nWORKDIR $HOME\nFROM base\nRUN npm i -g pnpm@9 && rm -rf ./.npm\n" },
    { name: "a relative WORKDIR under the home", code: "FROM node:22\nWORKDIR /home\nWORKDIR node\nUSER node\nRUN npm i -g pnpm@9 && rm -rf .npm\n" },
    { name: "project install is not checked", code: "FROM node:22\nRUN npm ci && npm install\n" },
    { name: "builder stage", code: "FROM node:22 AS build\nRUN npm install -g typescript@5\nFROM node:22-slim\n" },
  ],
  invalid: [
    {
      name: "rm of .npm under the base image's WORKDIR, which is not known",
      code: "FROM node:22\nRUN npm i -g pnpm@9 && rm -rf .npm\n",
      errors: [{ messageId: "missing", line: 2, column: 9 }],
      output: "FROM node:22\nRUN npm i -g pnpm@9 && rm -rf .npm && npm cache clean --force\n",
    },
    {
      code: "FROM node:22\nRUN npm install -g pnpm@9\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /target=\/root\/\.npm\./ }],
      output: "FROM node:22\nRUN npm install -g pnpm@9 && npm cache clean --force\n",
    },
    {
      name: "npm cache clean without --force does nothing on npm 5+",
      code: "FROM node:22\nRUN npm --global i pnpm@9 && npm cache clean\n",
      errors: [{ messageId: "missing", line: 2, column: 18 }],
      output: "FROM node:22\nRUN npm --global i pnpm@9 && npm cache clean && npm cache clean --force\n",
    },
    {
      name: "--location=global",
      code: "FROM node:22\nRUN npm add --location=global pnpm@9\n",
      errors: [{ messageId: "missing", line: 2, column: 9 }],
      output: "FROM node:22\nRUN npm add --location=global pnpm@9 && npm cache clean --force\n",
    },
  ],
});
