// Flags `pip install` that keeps pip's download cache in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheLeftInLayer, cacheMountTarget } from "../src/shell/cache-mounts.js";
import { findPackageInstall } from "../src/shell/package-managers.js";
import { variableReaches } from "../src/shell/command-environment.js";

const VARIABLE = "PIP_NO_CACHE_DIR";
/**
 * pip parses the variable with strtobool and, for backwards compatibility, disables the cache for
 * false values too (see `_handle_no_cache_dir` in pip's cmdoptions.py); other values are an error.
 */
const BOOLEAN = /^(y|yes|t|true|on|1|n|no|f|false|off|0)$/i;

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`pip install` without `--no-cache-dir`.",
      rationale:
        "pip keeps every wheel it downloads or builds in ~/.cache/pip. In an image that cache is dead weight, " +
        "often as large as the installed packages, and it is committed with the layer. `--no-cache-dir`, " +
        "`PIP_NO_CACHE_DIR`, or a BuildKit cache mount over the pip cache keep it out.",
      examples: {
        valid: [
          "FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3\n",
          "FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install requests==2.32.3\n",
          "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install requests==2.32.3\n",
        ],
        invalid: ["FROM python:3.12-slim\nRUN pip install requests==2.32.3\n"],
      },
      fixSafety: "Safe: the fix inserts `--no-cache-dir` after `install`; pip installs the same packages.",
      differences:
        "pip disables the cache for any boolean value of PIP_NO_CACHE_DIR, `0` and `false` included (pip keeps " +
        "that for backwards compatibility), so docklint accepts them where hadolint does not. `python -m pip`, " +
        "ARG as well as ENV, `env`/`export` in the RUN, `pip cache purge` or removing the cache afterwards, and a " +
        "cache mount on $PIP_CACHE_DIR count. Only stages whose layers reach an image are checked (" +
        "the stage built (the last, or `--target`) and the stages it builds FROM, and ONBUILD triggers): a builder stage's cache is discarded with it.",
      recommended: true,
    },
    aliases: ["DL3042"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      missing:
        "`{{command}}` keeps pip's cache in the layer: add --no-cache-dir (or set PIP_NO_CACHE_DIR=1), or use " +
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
          if (install?.manager !== "pip" || !install.subcommand) continue;
          if (install.command.hasFlag("--no-cache-dir", "--no-cache") || variableReaches(VARIABLE, BOOLEAN, command, sourceCode)) continue;
          if (!cacheLeftInLayer(run, "pip", command, sourceCode)) continue;
          const word = install.subcommand;
          context.report({
            node: word,
            messageId: "missing",
            data: { command: `${install.program} install`, target: cacheMountTarget("pip") },
            fix: run.exec ? null : (fixer) => fixer.insertTextAfter(word, " --no-cache-dir"),
          });
        }
      },
    };
  },
};

export default rule;
