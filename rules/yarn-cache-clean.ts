// Flags yarn installs that leave the yarn cache in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheCleanupVisitor } from "../src/rule-helpers/cache-cleanup.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`yarn install` (or `yarn`, `yarn add`) in a RUN that does not run `yarn cache clean` afterwards.",
      rationale:
        "yarn keeps a copy of every package it downloads in its global cache (/usr/local/share/.cache/yarn for " +
        "root in the node images), often hundreds of megabytes. Unless the same RUN cleans it, the cache is " +
        "committed with the layer and shipped in the image. A BuildKit cache mount over the cache keeps it out " +
        "of the layer and makes rebuilds faster.",
      examples: {
        valid: [
          "FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean\n",
          "FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n",
        ],
        invalid: ["FROM node:22\nRUN yarn install --frozen-lockfile\n"],
      },
      fixSafety:
        "Safe: the fix appends `&& yarn cache clean` to the end of the RUN; installed packages do not depend on " +
        "the cache. It is not offered for exec-form or heredoc RUNs, or when the RUN ends in an operator or a comment.",
      differences:
        "hadolint accepts any cache mount; docklint wants one over the yarn cache (/usr/local/share/.cache/yarn, " +
        "~/.cache/yarn, ~/.yarn/berry/cache or $YARN_CACHE_FOLDER). `yarn add` and a bare `yarn` count as " +
        "installs, and `rm -rf` of the cache counts as cleaning. Like hadolint, only stages whose layers reach an " +
        "image are checked.",
      recommended: true,
    },
    aliases: ["DL3060"],
    defaultLevel: "info",
    fixable: "code",
    messages: {
      missing:
        "`{{command}}` leaves the yarn cache in the layer: add `yarn cache clean` to the same RUN, or use " +
        "RUN --mount=type=cache,target={{target}}.",
    },
    schema: [],
  },
  create: (context) =>
    cacheCleanupVisitor(context, {
      caches: ["yarn"],
      matches: (f) => f.manager === "yarn",
      data: ({ subcommand }) => ({ command: subcommand ? `yarn ${subcommand.value}` : "yarn" }),
    }),
};

export default rule;
