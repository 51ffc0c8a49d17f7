import { testRule } from "../rule-tester.js";

testRule("npm-pin-versions", {
  valid: [
    "FROM node:22\nRUN npm install express@4.1.1\n",
    { name: "package.json install", code: "FROM node:22\nRUN npm install && npm install --progress=false && npm ci --omit dev\n" },
    { name: "scoped with a range", code: "FROM node:22\nRUN npm install @myorg/privatepackage@\">=0.1.0\" @myorg/other@\">=0.1.0 <0.2.0\"\n" },
    { name: "several, quoted versions", code: "FROM node:22\nRUN npm install express@\"4.1.1\" sax@0.1.1\n" },
    { name: "global", code: "FROM node:22\nRUN npm install --global express@\"4.1.1\" && npm i -g express@^4\n" },
    { name: "tarballs", code: "FROM node:22\nRUN npm install package-v1.2.3.tar package-v1.2.3.tar.gz package-v1.2.3.tgz\n" },
    { name: "folders", code: "FROM node:22\nRUN npm install /folder ./folder ../folder ~/folder\n" },
    {
      name: "git URLs with a ref",
      code: "FROM node:22\nRUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27 git+http://isaacs@github.com/npm/npm#semver:^5.0 \\\n git+https://isaacs@github.com/npm/npm.git#v1.0.27 git://github.com/npm/npm.git#v1.0.27\n",
    },
    { name: "npm run install", code: "FROM node:22\nRUN npm run --crazy install\n" },
    { name: "value flags", code: "FROM node:22\nRUN npm install --loglevel verbose --registry https://example.com sax@0.1.1\n" },
    { name: "version in an ARG", code: "FROM node:22\nARG PNPM_VERSION\nRUN npm install -g pnpm@${PNPM_VERSION}\n" },
    { name: "version in an ARG whose default is a tag", code: "FROM node:22\nARG TAG=latest\nRUN npm install -g pnpm@$TAG\n" },
    { name: "difference: a version held in a variable without default counts as a pin", code: "FROM node:20\nARG TS_VERSION\nRUN npm install -g typescript@${TS_VERSION}\n" },
  ],
  invalid: [
    {
      code: "FROM node:22\nRUN npm install express\n",
      errors: [{ messageId: "unpinned", line: 2, column: 17, message: "`express` has no version: use `express@<version>` so rebuilds install the same package." }],
      output: null,
    },
    { name: "scoped", code: "FROM node:22\nRUN npm install @myorg/privatepackage\n", errors: [{ messageId: "unpinned", line: 2, column: 17, message: /`@myorg\/privatepackage`/ }], output: null },
    { name: "one of several", code: "FROM node:22\nRUN npm install express sax@0.1.1\n", errors: [{ messageId: "unpinned", line: 2, column: 17 }], output: null },
    { name: "global", code: "FROM node:22\nRUN npm install --global express\n", errors: [{ messageId: "unpinned", line: 2, column: 26 }], output: null },
    { name: "--registry with a value", code: "FROM node:22\nRUN npm install --registry https://example.com express\n", errors: [{ messageId: "unpinned", line: 2, column: 48 }], output: null },
    { name: "--registry=value", code: "FROM node:22\nRUN npm install --registry=https://example.com express\n", errors: [{ messageId: "unpinned", line: 2, column: 48 }], output: null },
    {
      name: "git URLs without a ref, multi-line",
      code: "FROM node:22\nRUN npm install \\\n      git+ssh://git@github.com:npm/npm.git \\\n      git://github.com/npm/npm.git\n",
      errors: [{ messageId: "unpinned", line: 3, column: 7 }, { messageId: "unpinned", line: 4, column: 7 }],
      output: null,
    },
    { name: "a dist-tag moves", code: "FROM node:22\nRUN npm i -g npm@latest\n", errors: [{ messageId: "unpinned", line: 2, column: 14, message: /`npm`/ }], output: null },
    {
      name: "difference: a dist-tag (@latest) moves with every release",
      code: "FROM node:20\nRUN npm install -g typescript@latest\n",
      errors: [{ messageId: "unpinned", line: 2, column: 20 }],
      output: null,
    },
  ],
});
