// Flags uv commands that install packages and keep uv's cache in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheFill, cacheLeftInLayer, cacheMountTarget } from "../src/shell/cache-mounts.js";
import { managerCommand } from "../src/shell/package-managers.js";
import { variableReaches } from "../src/shell/command-environment.js";

const VARIABLE = "UV_NO_CACHE";
/** uv reads boolean variables as clap's BoolishValueParser does: these are true, `0`, `false`, `no`, `off` are not. */
const TRUE = /^(y|yes|t|true|on|1)$/i;

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`uv pip install`, `uv sync`, `uv add` or `uv tool install` that keeps uv's cache in the layer.",
      rationale:
        "uv keeps every wheel it downloads or builds, and the unpacked packages, in ~/.cache/uv. In an image that " +
        "cache is dead weight, as large as the installed packages or larger, and it is committed with the layer. " +
        "`--no-cache` (its alias `--no-cache-dir`, or `UV_NO_CACHE=1`) makes uv use a temporary cache it removes when done; a BuildKit cache " +
        "mount over the cache (`--mount=type=cache,target=/root/.cache/uv`, as uv's Docker guide shows) keeps it " +
        "out of the layer and speeds up rebuilds; `uv cache clean` at the end of the RUN empties it.",
      examples: {
        valid: [
          "FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /bin/uv\nRUN uv pip install --system --no-cache flask==3.0.3\n",
          "FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /bin/uv\nRUN --mount=type=cache,target=/root/.cache/uv uv sync --locked\n",
        ],
        invalid: ["FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /bin/uv\nRUN uv sync --locked\n"],
      },
      fixSafety: "Safe: the fix inserts `--no-cache` after the subcommand; uv installs the same packages, through a temporary cache.",
      differences:
        "hadolint has no check for uv. Only stages whose layers reach an image are checked (" +
        "the stage built (the last, or `--target`) and the stages it builds FROM, and ONBUILD triggers). UV_NO_CACHE counts from ENV, ARG, `VAR=1 uv ...`, `env` " +
        "and an earlier `export`; a cache mount on $UV_CACHE_DIR, removing the cache and `uv cache clean` after " +
        "the install count too.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      missing:
        "`{{command}}` keeps uv's cache in the layer: add --no-cache (or set UV_NO_CACHE=1), or use " +
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
          const fill = cacheFill(command, "uv");
          if (!fill?.subcommand || command.hasFlag("--no-cache", "--no-cache-dir", "-n") || variableReaches(VARIABLE, TRUE, command, sourceCode)) continue;
          if (!cacheLeftInLayer(run, "uv", command, sourceCode)) continue;
          const word = fill.subcommand;
          // `uv pip install`: the positionals up to the subcommand
          const words = managerCommand(command)?.words ?? [];
          const name = words.slice(0, words.indexOf(word) + 1).map((w) => w.value);
          context.report({
            node: word,
            messageId: "missing",
            data: { command: ["uv", ...name].join(" "), target: cacheMountTarget("uv") },
            fix: run.exec ? null : (fixer) => fixer.insertTextAfter(word, " --no-cache"),
          });
        }
      },
    };
  },
};

export default rule;
