// Flags global npm installs that leave the npm cache (~/.npm) in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheCleanupVisitor } from "../src/rule-helpers/cache-cleanup.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`npm install -g` in a RUN that does not run `npm cache clean --force` afterwards.",
      rationale:
        "npm keeps every tarball it downloads in its cache (~/.npm). A global install of a CLI tool adds the whole " +
        "dependency tree there; unless the same RUN cleans it, the cache is committed with the layer and shipped " +
        "in the image. A BuildKit cache mount over ~/.npm keeps it out of the layer and makes rebuilds faster. " +
        "Project installs (`npm install`, `npm ci`) are left alone: they usually run in a builder stage. Only " +
        "stages whose layers reach an image are checked (" +
        "the stage built (the last, or `--target`) and the stages it builds FROM).",
      examples: {
        valid: [
          "FROM node:22\nRUN npm install -g pnpm@9 && npm cache clean --force\n",
          "FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm install -g pnpm@9\n",
        ],
        invalid: ["FROM node:22\nRUN npm install -g pnpm@9\n"],
      },
      fixSafety:
        "Safe: the fix appends `&& npm cache clean --force` to the end of the RUN; installed packages do not depend " +
        "on the cache. It is not offered for exec-form or heredoc RUNs, or when the RUN ends in an operator or a comment.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "info",
    fixable: "code",
    messages: {
      missing:
        "`{{command}}` leaves the npm cache in the layer: add `npm cache clean --force` to the same RUN, or use " +
        "RUN --mount=type=cache,target={{target}}.",
    },
    schema: [],
  },
  create: (context) =>
    cacheCleanupVisitor(context, {
      caches: ["npm"],
      matches: (f) => f.manager === "npm" && f.install?.global === true,
      data: (found) => ({ command: `npm ${found.subcommand?.value} -g` }),
    }),
};

export default rule;
