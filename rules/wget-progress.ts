// Flags `wget` that prints its default progress bar, which floods build logs with one line per step.
import type { Rule } from "../src/engine/rule.js";
import type { Stage } from "../src/parse/model.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";
import type { ShellCommand } from "../src/shell/command.js";

/** Options that make wget quiet or send its log elsewhere, so no progress reaches the build log. */
const QUIET_LONG = ["--progress", "--quiet", "--no-verbose", "--output-file", "--append-output"];
const QUIET_SHORT = new Set(["q", "o", "a"]);
/** wget's short options that take a value: a bundle ends at them (`-qO-`). */
const VALUE_SHORT = new Set(["O", "o", "a", "e", "t", "T", "w", "P", "Q", "U", "i", "B", "l", "D", "R", "A", "I", "X"]);
/** Options after which wget downloads nothing. */
const NO_DOWNLOAD = ["--help", "--version", "-h", "-V"];

function isQuiet(cmd: ShellCommand): boolean {
  for (const arg of cmd.args) {
    const v = arg.value;
    if (v === "--") return false;
    if (v.startsWith("--")) {
      if (QUIET_LONG.some((l) => v === l || v.startsWith(l + "="))) return true;
      continue;
    }
    if (!v.startsWith("-") || v.length < 2) continue;
    if (v === "-nv") return true;
    if (v.startsWith("-n")) continue; // -nc, -nd, -nH: other negations
    for (const c of v.slice(1)) {
      if (QUIET_SHORT.has(c)) return true;
      if (VALUE_SHORT.has(c) || !/[A-Za-z0-9]/.test(c)) break;
    }
  }
  return false;
}

/** True when the stage (or the image it builds on) is Alpine or BusyBox, whose wget has no --progress. */
function mayBeBusyBox(stage: Stage | undefined, sourceCode: DockerfileSourceCode): boolean {
  if (!stage) return true;
  const base = sourceCode.facts.rootBase(stage);
  if (!base.written || base.unresolved.length > 0) return true;
  return base.pulled !== null && /alpine|busybox/i.test(base.resolved);
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`wget` without `--progress`, `-q` or `-nv`.",
      rationale:
        "In a build log wget's default progress display writes a line for every small fraction of the file, so a " +
        "large download produces thousands of lines that hide the output that matters and can exceed CI log " +
        "limits. `--progress=dot:giga` prints one dot per megabyte; `-q` or `-nv` silence the progress altogether.",
      examples: {
        valid: [
          "FROM debian:12\nRUN wget --progress=dot:giga https://example.com/big_file.tar\n",
          "FROM debian:12\nRUN wget -nv https://example.com/big_file.tar\n",
          "FROM debian:12\nRUN wget -qO- https://example.com/install.sh | sh\n",
        ],
        invalid: ["FROM debian:12\nRUN wget https://example.com/big_file.tar\n"],
      },
      fixSafety:
        "Safe: the fix inserts `--progress=dot:giga` after `wget`, which changes only what is logged. It is not " +
        "applied in stages built on Alpine or BusyBox (or on an image that cannot be resolved), whose BusyBox " +
        "wget may reject `--progress`, nor to exec-form RUNs.",
      differences:
        "Bundled short options are understood (`wget -qO- url` is quiet; hadolint reads `-qO-` as one unknown " +
        "flag). `wget --help`/`--version` download nothing and are not flagged.",
      recommended: true,
    },
    aliases: ["DL3047"],
    defaultLevel: "info",
    fixable: "code",
    messages: {
      noProgress:
        "`wget` without a progress option floods the build log: use `wget --progress=dot:giga`, or `-q`/`-nv`.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          if (command.command !== "wget" || isQuiet(command)) continue;
          if (command.args.some((a) => NO_DOWNLOAD.includes(a.value))) continue;
          const fixable = !run.exec && !mayBeBusyBox(sourceCode.stageOf(run), sourceCode);
          context.report({
            node: command.name,
            messageId: "noProgress",
            fix: fixable ? (fixer) => fixer.insertTextAfter(command.name, " --progress=dot:giga") : null,
          });
        }
      },
    };
  },
};

export default rule;
