// Flags `npm install` packages that pin no version, so a rebuild may install different code.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`npm install` of a named package without `@version`.",
      rationale:
        "Without a version, `npm install pkg` takes the `latest` dist-tag on the day of the build: two builds of the " +
        "same Dockerfile can ship different code, and a new release can break the image with no change to the " +
        "Dockerfile. `pkg@1.2.3` pins the release and a range (`pkg@^1.2`) states which releases the author accepts; " +
        "a version kept in an ARG or ENV (`pkg@${PKG_VERSION}`) counts as a pin. `npm install` and `npm ci` without " +
        "names install what package.json and the lockfile say; local folders, tarballs and git URLs with a ref " +
        "(`#v1.0.27`) are not reported.",
      examples: {
        valid: [
          "FROM node:22\nRUN npm install -g pnpm@9.12.1 typescript@~5.6\n",
          "FROM node:22\nRUN npm ci\n",
        ],
        invalid: ["FROM node:22\nRUN npm install -g pnpm\n"],
      },
      differences:
        "A dist-tag (`pkg@latest`, `pkg@next`) moves with every release: it is reported. A version held in a " +
        "variable counts as a pin even when the variable has no default, and a package whose name comes from a " +
        "variable of unknown value is not reported.",
      recommended: true,
    },
    aliases: ["DL3016"],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}@<version>` so rebuilds install the same package." },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, "npm"),
};

export default rule;
