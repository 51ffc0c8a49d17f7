// Flags `cd` that changes the directory of the rest of a RUN, where WORKDIR says the same thing visibly.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { Range } from "../src/source/source.js";

/** Shell constructs whose `cd` ends with them: `(cd x && make)`, `$(cd x && pwd)`. */
const SCOPED = new Set(["subshell", "command_substitution", "process_substitution"]);
/** `cd -`, `cd ..`, `cd ../..`: going back after an earlier cd, which is where the finding is. */
const RETURNS = /^(-|\.\.(\/\.\.)*\/?)$/;

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`cd` in a RUN to change the directory of the commands after it.",
      rationale:
        "A `cd` lasts until the end of its RUN, so every later RUN, COPY and CMD silently starts in another " +
        "directory than the commands before it suggest, and `cd` chains (`cd a && make && cd ..`) hide where " +
        "files end up. WORKDIR states the directory once, creates it when missing, and applies to every " +
        "instruction after it. Most commands also take the directory directly (`make -C dir`, `git -C dir`, " +
        "`tar -C dir`, `npm --prefix dir`).",
      examples: {
        valid: [
          "FROM debian:12-slim\nWORKDIR /usr/src/app\nRUN make\n",
          "FROM debian:12-slim\nRUN (cd /usr/src/app && make)\n",
        ],
        invalid: ["FROM debian:12-slim\nRUN cd /usr/src/app && git clone https://example.com/app.git .\n"],
      },
      differences:
        "hadolint flags every `cd`. docklint does not flag a `cd` whose effect ends with its construct, which " +
        "is what hadolint's own documentation recommends: in a subshell `( )`, in a command substitution " +
        "(`DIR=$(cd \"$(dirname \"$0\")\" && pwd)`) or in a `sh -c '...'` script. A `cd` to a directory only " +
        "the shell knows (`cd \"$tmp\"`, `cd $(mktemp -d)`, a loop variable) cannot be written as WORKDIR and is " +
        "not flagged, nor is a step back (`cd ..`, `cd -`); ARG/ENV variables are substituted first. One finding per RUN, at its first `cd`.",
      recommended: true,
    },
    aliases: ["DL3003", "DS013"],
    defaultLevel: "warning",
    messages: {
      useWorkdir: "Use WORKDIR {{dir}} instead of `cd` in RUN (or scope the `cd` in a subshell: `(cd {{dir}} && ...)`).",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    /**
     * Whether a scoped construct of the RUN holds the command. The nodes that hold a range are the
     * smallest one and its ancestors: a look up from there, not a search of the whole tree.
     */
    const inScopedConstruct = (run: m.Run, [start, end]: Range): boolean =>
      sourceCode.scriptsOf(run).some(({ root, offset }) => {
        if (start < offset + root.startIndex || end > offset + root.endIndex) return false;
        for (let node = root.descendantForIndex(start - offset, end - offset); node; node = node.parent) {
          if (SCOPED.has(node.type)) return true;
        }
        return false;
      });
    return {
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          if (command.command !== "cd" || command.wrappers.length || inScopedConstruct(run, command.range)) continue;
          const target = command.positionals()[0];
          const dir = target ? sourceCode.resolve(target.value, run) : { value: "~", unresolved: [] };
          if (dir.unresolved.length || /[$`]/.test(dir.value) || RETURNS.test(dir.value)) continue;
          context.report({ node: command.name, messageId: "useWorkdir", data: { dir: dir.value || "~" } });
          return;
        }
      },
    };
  },
};

export default rule;
