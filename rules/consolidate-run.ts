// Flags a RUN that directly follows another single-command RUN with the same flags: each RUN
// is a layer, and two one-command layers are usually one step split by accident.
import type { Rule } from "../src/engine/rule.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";
import type * as m from "../src/parse/model.js";
import type { ShellCommand } from "../src/shell/command.js";
import type { ShellConstruct } from "../src/shell/shell-script.js";
import { isShell } from "../src/shell/wrappers.js";

/**
 * Builtins whose effect lasts for the rest of the shell: in a RUN of their own it ends with the
 * RUN, joined with `&&` it would reach the next command.
 */
const SHELL_STATE_COMMANDS = new Set([
  "cd", "pushd", "popd", "export", "set", "shopt", "source", ".", "umask", "unset", "alias", "unalias",
  "trap", "ulimit", "eval", "exec", "exit", "return", "shift", "hash", "enable", "builtin", "read",
  "readarray", "mapfile", "getopts", "let", "declare", "typeset", "local", "readonly",
]);

/**
 * Shell syntax that changes the shell's own state (a loop leaves its variable set, `A=1` alone
 * sets a shell variable) or that `&&` would not join cleanly (a comment).
 */
const SHELL_STATE_CONSTRUCTS = new Set<ShellConstruct>(["declaration", "function", "for-loop", "comment", "bare-assignment"]);

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "Consecutive RUN instructions, each a single command with the same flags, that could be one layer.",
      rationale:
        "Every RUN adds a layer. Two one-command RUNs in a row (`apt-get update`, then `apt-get install`) " +
        "cost an extra layer and can leave the first step's files cached apart from the second, so a " +
        "rebuild reuses a stale `apt-get update`. Joining them with `&&` makes one layer that is rebuilt " +
        "as a whole. As in hadolint, a RUN that already chains commands is left alone: splitting it off " +
        "was most likely deliberate, and so are RUNs whose flags (`--mount`, `--network`) differ.",
      examples: {
        valid: [
          "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN curl --version\n",
          "FROM debian:12-slim\nRUN --mount=type=secret,id=token ./fetch.sh\nRUN ./build.sh\n",
        ],
        invalid: ["FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n"],
      },
      fixSafety:
        "The fix joins the two RUNs with ` && \\` and a new line, which runs the same commands in the " +
        "same order and still stops at the first failure. It is applied only when nothing can change: " +
        "both are shell-form RUNs for a POSIX shell without heredocs, no comment sits between them, and " +
        "the first neither changes state that a separate RUN would drop (`cd`, `export`, `set`, `source`, " +
        "`umask`, `unset`, a variable, function or `for` loop variable) nor ends in something `&&` would alter " +
        "(`&`, `;`, a comment).",
      recommended: true,
    },
    aliases: ["DL3059"],
    defaultLevel: "info",
    fixable: "code",
    messages: {
      consolidate: "This RUN follows another single-command RUN with the same flags: join them with `&&` to make one layer.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Stage(stage) {
        stage.instructions.forEach((second, index) => {
          const first = stage.instructions[index - 1];
          if (second.type !== "Run" || first?.type !== "Run") return;
          if (flagKey(first) !== flagKey(second)) return;
          if (!isSingleCommand(sourceCode, first) || !isSingleCommand(sourceCode, second)) return;
          const joint = joinText(sourceCode, first, second);
          context.report({
            node: second,
            messageId: "consolidate",
            fix: joint === null ? null : (fixer) => fixer.replaceTextRange([first.argsRange![1], second.argsRange![0]], joint),
          });
        });
      },
    };
  },
};

function flagKey(run: m.Run): string {
  return run.flags
    .map((f) => `${f.name}=${f.value ?? ""}`)
    .sort()
    .join(" ");
}

/**
 * At most one command outside nested shells (`sh -c '...'` is one); `export`, `unset` and the
 * other declarations count as commands too, as they do for hadolint. Unknown shells are not judged.
 */
function isSingleCommand(sourceCode: DockerfileSourceCode, run: m.Run): boolean {
  if (!run.exec && !sourceCode.isPosixShell(run)) return false;
  return sourceCode.commandsOf(run).filter((c) => c.wrappers.length === 0).length <= 1;
}

/** What replaces the text from the end of `first` to the start of `second`'s script, or null when joining is unsafe. */
function joinText(sourceCode: DockerfileSourceCode, first: m.Run, second: m.Run): string | null {
  for (const run of [first, second]) {
    if (run.shellText === null || run.heredocs.length || !run.argsRange || !sourceCode.isPosixShell(run)) return null;
  }
  const text = sourceCode.text;
  const gap = text.slice(first.argsRange![1], second.range[0]);
  const lineBreak = /^[ \t]*(\r\n|\r|\n)\s*$/.exec(gap);
  if (!lineBreak) return null; // a comment, or anything else, between them
  const script = first.shellText!.trimEnd();
  if (/[;&|\\]$/.test(script) || changesShellState(sourceCode, first)) return null;
  const escape = sourceCode.ast.escapeChar;
  return ` && ${escape}${lineBreak[1]}${continuationIndent(text, first)}`;
}

function changesShellState(sourceCode: DockerfileSourceCode, run: m.Run): boolean {
  // a command inside `sh -c '...'` changes only that inner shell
  const inOuterShell = (c: ShellCommand) => !c.wrappers.some(isShell);
  if (sourceCode.commandsOf(run).some((c) => inOuterShell(c) && SHELL_STATE_COMMANDS.has(c.command))) return true;
  const script = sourceCode.scriptsOf(run).find((s) => !s.wrappers.length);
  if (!script?.valid) return true;
  return [...script.constructs].some((c) => SHELL_STATE_CONSTRUCTS.has(c));
}

/** The indentation of the first RUN's own continuation lines, else four spaces past its keyword. */
function continuationIndent(text: string, run: m.Run): string {
  const body = text.slice(run.range[0], run.argsRange![1]);
  const continued = /(?:\r\n|\r|\n)([ \t]*)\S/.exec(body);
  if (continued) return continued[1];
  const lineStart = Math.max(text.lastIndexOf("\n", run.range[0] - 1), text.lastIndexOf("\r", run.range[0] - 1)) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, run.range[0]))![0] + "    ";
}

export default rule;
