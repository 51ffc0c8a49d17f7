// Flags `uv sync` in a RUN without `--locked` or `--frozen`: the build may resolve again and install something the lockfile does not say.
import type { Rule } from "../src/engine/rule.js";
import { managerCommand } from "../src/shell/package-managers.js";
import { variableReaches } from "../src/shell/command-environment.js";

/** uv reads boolean variables as clap's BoolishValueParser does. */
const TRUE = /^(y|yes|t|true|on|1)$/i;
const SETTINGS = ["UV_LOCKED", "UV_FROZEN"];

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`uv sync` in a RUN without `--locked` or `--frozen`.",
      rationale:
        "`uv sync` checks uv.lock against pyproject.toml and, when they disagree (a dependency added without " +
        "`uv lock`, a lockfile left out of the build context), resolves again and rewrites the lockfile inside the " +
        "image: the build succeeds and installs versions nobody reviewed. `--locked` makes the build fail instead " +
        "when the lockfile is out of date; `--frozen` installs exactly what uv.lock says without checking it " +
        "(uv's Docker guide uses it for the dependency layer, before the project's sources are copied). " +
        "`UV_LOCKED=1` or `UV_FROZEN=1` (ENV, ARG, `VAR=1 uv sync`, `env`, an earlier `export`) count.",
      examples: {
        valid: [
          "FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /bin/uv\nCOPY pyproject.toml uv.lock ./\nRUN --mount=type=cache,target=/root/.cache/uv uv sync --locked --no-install-project\n",
        ],
        invalid: ["FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /bin/uv\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/uv uv sync\n"],
      },
      fixSafety:
        "Suggestion only: `--locked` makes a build whose lockfile is out of date fail where it passed before; " +
        "that is the point, but it is the author's choice to make.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    hasSuggestions: true,
    messages: {
      unlocked: "`uv sync` without --locked or --frozen may resolve again and rewrite uv.lock in the image: add --locked.",
      addLocked: "Add --locked.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run") return;
        const uv = managerCommand(command);
        const sub = uv?.words[0];
        if (uv?.manager !== "uv" || sub?.value !== "sync") return;
        if (uv.command.hasFlag("--locked", "--frozen", "--dry-run")) return;
        if (SETTINGS.some((name) => variableReaches(name, TRUE, command, sourceCode))) return;
        context.report({
          node: sub,
          messageId: "unlocked",
          suggest: command.instruction.exec ? [] : [{ messageId: "addLocked", fix: (fixer) => fixer.insertTextAfter(sub, " --locked") }],
        });
      },
    };
  },
};

export default rule;
