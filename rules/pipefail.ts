// Flags a RUN whose pipeline can fail unnoticed: only the last command's status counts unless pipefail is set.
import type { Node as TSNode } from "web-tree-sitter";
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { ShellCommand } from "../src/shell/command.js";
import { pipelinesOf } from "../src/shell/pipelines.js";

/** Shells whose `-o pipefail` we trust; a shell that lacks the option fails the build at the first RUN instead. */
const PIPEFAIL_SHELLS = /(^|\/)(bash|zsh|ash|ksh|mksh|dash|sh)$/;

/** True when the words hold `-o pipefail` (also bundled: `-eo pipefail`, `-euxo pipefail`). */
function setsPipefail(words: readonly string[]): boolean {
  return words.some((w, i) => /^-[a-zA-Z]*o$/.test(w) && words[i + 1] === "pipefail");
}

/** Commands that cannot fail before the pipe (short of a write error, which the reader then sees). */
const CANNOT_FAIL = new Set(["echo", "printf", "true", "yes"]);

/** True when every command before the last only prints: `echo "$SUM  file" | sha256sum -c -`. */
function onlyPrintsIntoPipe(pipeline: TSNode): boolean {
  const stages = pipeline.namedChildren.filter((c): c is TSNode => !!c);
  return stages.slice(0, -1).every((c) => {
    const name = c.type === "command" ? c.childForFieldName("name")?.text : undefined;
    return name !== undefined && CANNOT_FAIL.has(name.slice(name.lastIndexOf("/") + 1));
  });
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "RUN with a pipe (`a | b`) while `-o pipefail` is not in effect.",
      rationale:
        "A pipeline's exit status is its last command's, so in `RUN curl -fsSL https://example.com/install.sh | sh` " +
        "a failed download hands an empty script to `sh`, which succeeds, and the build goes on without the " +
        "software. With `pipefail` the pipeline fails when any of its commands fails. Set it for every RUN with " +
        "`SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` (`/bin/ash` on Alpine), or in the RUN itself " +
        "with `set -o pipefail` before the pipe.",
      examples: {
        valid: [
          'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /usr/share/keyrings/example.gpg\n',
          "FROM alpine:3.20\nRUN set -o pipefail && wget -qO- https://example.com/x.tar.gz | tar -xz -C /opt\n",
        ],
        invalid: ["FROM debian:12-slim\nRUN wget -O - https://example.com | wc -l > /number\n"],
      },
      fixSafety:
        "Only suggested: pipefail can make a RUN fail that passed before (`yes | head`, `grep -q` closing its " +
        "input early), and a SHELL change applies to every later RUN and needs that shell in the image.",
      differences:
        "hadolint only recognises `-o pipefail` in a SHELL whose path is exactly /bin/bash, /bin/zsh or /bin/ash " +
        "(or the bare name), and ignores `set -o pipefail` in the RUN; docklint accepts the shell under any path " +
        "(`/usr/bin/bash`, ksh, mksh, dash, sh: a shell without the option fails the build instead), a SHELL " +
        "inherited through `FROM <stage>`, `set -o pipefail` / `set -euo pipefail` before the pipe in the same " +
        "RUN (also in a heredoc script), and a heredoc whose shebang sets it. Pipes in a `sh -c '...'` script run " +
        "in a child shell and are not judged, nor are pipelines fed only by `echo`, `printf`, `yes` or `true` " +
        "(`echo \"$SHA  file\" | sha256sum -c -`), whose failure pipefail cannot catch (and `yes | cmd` fails " +
        "with pipefail when `cmd` stops reading), nor are exec-form RUNs or non-POSIX shells. One finding per RUN, at " +
        "its first unprotected `|`.",
      recommended: true,
    },
    aliases: ["DL4006"],
    defaultLevel: "warning",
    hasSuggestions: true,
    messages: {
      missing: "Pipe without `-o pipefail`: a failure before the last command of the pipeline goes unnoticed. Set SHELL with `-o pipefail` or `set -o pipefail` first.",
      addShell: "Add `SHELL [\"{{shell}}\", \"-o\", \"pipefail\", \"-c\"]` before this RUN.",
      addSet: "Start the RUN with `set -o pipefail && `.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const { text } = sourceCode;
    const eol = sourceCode.source.eol;
    return {
      Run(run) {
        if (run.exec || !run.shellRange || run.shellText === null) return;
        // most RUNs have no pipe at all: no tree to search
        if (!/(?:^|[^|])\|(?!\|)/.test(run.shellText)) return;
        const shell = sourceCode.shellOf(run);
        if (PIPEFAIL_SHELLS.test(shell[0] ?? "") && setsPipefail(shell)) return;
        const sets = sourceCode
          .commandsOf(run)
          .filter((c: ShellCommand) => c.command === "set" && !c.wrappers.length && setsPipefail(c.args.map((a) => a.value)));
        for (const script of sourceCode.scriptsOf(run)) {
          if (script.wrappers.length) continue;
          const shebang = /^#!.*$/m.exec(text.slice(script.offset, script.offset + 200));
          if (text.startsWith("#!", script.offset) && shebang && /\bpipefail\b/.test(shebang[0])) continue;
          for (const pipeline of pipelinesOf(script, text)) {
            const pipe: [number, number] = [script.offset + pipeline.pipe.startIndex, script.offset + pipeline.pipe.endIndex];
            if (onlyPrintsIntoPipe(pipeline.node) || sets.some((c) => c.range[1] <= pipe[0])) continue;
            report(run, pipe, shell);
            return;
          }
        }
      },
    };

    function report(run: m.Run, pipe: [number, number], shell: string[]) {
      const lineStart = text.lastIndexOf("\n", run.range[0] - 1) + 1;
      const indent = /^[ \t]*/.exec(text.slice(lineStart, run.range[0]))![0];
      const shellPath = /(^|\/)(bash|zsh|ash|ksh|mksh)$/.test(shell[0] ?? "") ? shell[0] : "/bin/bash";
      const suggest: NonNullable<Parameters<typeof context.report>[0]["suggest"]> = [];
      if (!run.isTrigger && lineStart === run.range[0] - indent.length) {
        suggest.push({
          messageId: "addShell",
          data: { shell: shellPath },
          fix: (fixer) => fixer.insertTextBeforeRange(run.range, `SHELL ["${shellPath}", "-o", "pipefail", "-c"]${eol}${indent}`),
        });
      }
      if (!run.heredocs.length) {
        suggest.push({ messageId: "addSet", fix: (fixer) => fixer.insertTextBeforeRange(run.shellRange!, "set -o pipefail && ") });
      }
      context.report({ loc: sourceCode.locOf(pipe), messageId: "missing", suggest });
    }
  },
};

export default rule;
