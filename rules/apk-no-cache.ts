// Flags `apk add` without --no-cache, which leaves the package index in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheLeftInLayer, cacheMountTarget } from "../src/shell/cache-mounts.js";
import { findPackageInstall } from "../src/shell/package-managers.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`apk add` without `--no-cache`.",
      rationale:
        "Without `--no-cache`, `apk add` (and `apk update`) store the package index in /var/cache/apk, which is " +
        "committed with the layer and shipped in the image. `--no-cache` fetches the index into memory and needs " +
        "no separate `apk update` or cleanup. (`--no-network` fetches nothing, so it is fine too.) A BuildKit cache mount over /var/cache/apk keeps the cache out of " +
        "the layer too.",
      examples: {
        valid: [
          "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
          "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n",
        ],
        invalid: ["FROM alpine:3.20\nRUN apk update && apk add curl\n"],
      },
      fixSafety: "Safe: the fix inserts `--no-cache` after `add`; the same packages are installed.",
      differences:
        "`rm -rf /var/cache/apk/*` after the install in the same RUN also keeps the cache out of the layer, so " +
        "docklint accepts it where hadolint does not. Only stages whose layers reach an image are checked (" +
        "the stage built (the last, or `--target`) and the stages it builds FROM, and ONBUILD triggers).",
      recommended: true,
    },
    aliases: ["DL3019", "DS025"],
    defaultLevel: "info",
    fixable: "code",
    messages: {
      missing:
        "`apk add` without --no-cache leaves the package index in the layer: use `apk add --no-cache`, or " +
        "RUN --mount=type=cache,target={{target}}.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Run(run) {
        if (!sourceCode.facts.layersInImage(run)) return;
        for (const command of sourceCode.commandsOf(run)) {
          const install = findPackageInstall(command);
          if (install?.manager !== "apk" || !install.subcommand || install.command.hasFlag("--no-cache", "--no-network")) continue;
          if (!cacheLeftInLayer(run, "apk", command, sourceCode)) continue;
          const add = install.subcommand;
          context.report({
            node: add,
            messageId: "missing",
            data: { target: cacheMountTarget("apk") },
            fix: run.exec ? null : (fixer) => fixer.insertTextAfter(add, " --no-cache"),
          });
        }
      },
    };
  },
};

export default rule;
