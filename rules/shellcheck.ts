// Runs ShellCheck on every shell-form RUN and reports each of its findings at its exact place in
// the Dockerfile, under its own SC code and severity.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import { checkDeadline } from "../src/parse/limits.js";
import { isHeredocOnly } from "../src/shell/find-commands.js";
import { runShellcheck, SHELLCHECK_MEMORY_MB, shellcheckAvailable, shellcheckDialect, shellcheckLookups, shellcheckRequest } from "../src/shell/shellcheck.js";
import type { ShellcheckResult } from "../src/shell/shellcheck-runner.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "ShellCheck's findings in RUN instructions, at their exact line and column.",
      rationale:
        "A RUN is a shell script, with a shell script's bugs: unquoted variables that split, `cd` without a " +
        "check, `[ $x == y ]` in sh. ShellCheck finds them. docklint runs the `shellcheck` binary on each " +
        "shell-form RUN with the dialect of the stage's SHELL and with the ARG and ENV names declared, then " +
        "maps every finding to the word it is about inside multi-line RUNs and heredocs. Each SC code is an " +
        "alias: `# hadolint ignore=SC2086` or `SC2086: off` in the config silence that code only, and each " +
        "finding keeps ShellCheck's severity (`SC2086: error` changes one code's level). ShellCheck runs without " +
        "any .shellcheckrc, outside the linted tree, with 512 MB of memory and within the file's time limit; a script " +
        "it cannot finish in that is reported as not checked.",
      examples: {
        valid: ['FROM alpine:3.20\nARG VERSION=1\nRUN echo "$VERSION"\n'],
        invalid: ["FROM alpine:3.20\nRUN for f in $(ls); do echo $f; done\n"],
      },
      differences:
        "hadolint reports every ShellCheck finding on the RUN's first line; docklint reports it where it is. " +
        "RUN bodies for shells ShellCheck does not know (zsh, PowerShell, cmd) are not checked. Like hadolint, " +
        "SC1090 and SC1091 (a sourced file ShellCheck did not follow, such as `. /etc/os-release`: it is in the " +
        "image, not in the build context, so it cannot be given to ShellCheck) and SC2187 (ash is checked as " +
        "dash) are never reported.",
      recommended: false,
      recommendedWhen: { text: "when `shellcheck` is on PATH", test: shellcheckAvailable },
    },
    aliases: ["SC*"],
    messageAliases: { "SC*": "*" },
    defaultLevel: "warning",
    messages: { stopped: "ShellCheck {{reason}} on this script, so it was not checked." },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    // a new, upgraded or removed binary changes the findings
    for (const candidate of shellcheckLookups()) context.dependsOn?.(candidate);
    if (!shellcheckAvailable()) {
      context.notice?.("shellcheck is not on PATH: the shellcheck rule was skipped (install Debian's shellcheck package).");
      return {};
    }
    const check = (run: m.Run, script: string, offset: number, dialect: string) => {
      const request = shellcheckRequest(script, dialect, sourceCode.variables.names(run));
      // docklint's session runs it later, with other scripts; elsewhere (the engine alone) now
      if (context.checkLater) context.checkLater({ kind: "shellcheck", input: request, offset }, (result) => report(script, offset, result as ShellcheckResult));
      else {
        const result = runShellcheck(request, sourceCode.deadline?.at);
        // past the file's time limit the file stops, as for any rule; else this RUN goes unchecked
        if ("stopped" in result && result.stopped === "time") checkDeadline(sourceCode.deadline, offset);
        report(script, offset, result);
      }
    };
    const report = (script: string, offset: number, comments: ShellcheckResult) => {
      const lineStarts = [0];
      for (let i = 0; i < script.length; i++) if (script[i] === "\n") lineStarts.push(i + 1);
      const at = (line: number, column: number) => offset + Math.min((lineStarts[line - 1] ?? script.length) + column - 1, script.length);
      if ("stopped" in comments) {
        const reason = comments.stopped === "time" ? "took longer than its limit" : `ran out of memory (its limit is ${SHELLCHECK_MEMORY_MB} MB)`;
        context.report({ loc: sourceCode.locOf([offset, offset + script.length]), messageId: "stopped", data: { reason } });
        return;
      }
      for (const c of comments) {
        const start = at(c.line, c.column);
        const end = Math.max(start, at(c.endLine, c.endColumn));
        context.report({
          loc: sourceCode.locOf([start, end]),
          messageId: `SC${c.code}`,
          message: `SC${c.code}: ${c.message}`,
          level: c.level,
        } as never);
      }
    };
    return {
      Run(run) {
        if (run.shellText === null || !run.shellRange || !sourceCode.isPosixShell(run)) return;
        // parsed first (once, for every rule): past docklint's limits the file stops there,
        // before ShellCheck is handed a script of millions of words
        sourceCode.commandsOf(run);
        const dialect = shellcheckDialect(sourceCode.shellOverride ?? sourceCode.shellOf(run)[0] ?? "sh");
        if (!dialect) return;
        const commandLine = run.heredocs.length ? run.shellText.slice(0, run.heredocs[0].contentRange[0] - run.shellRange[0]) : "";
        if (run.heredocs.length && isHeredocOnly(commandLine)) {
          // `RUN <<EOF`: each body is the script
          for (const h of run.heredocs) if (isShellScript(h.content)) check(run, h.content, h.contentRange[0], dialect);
        } else check(run, run.shellText, run.shellRange[0], dialect);
      },
    };
  },
};

/** A heredoc body without a shebang, or with one naming a shell (`#!/usr/bin/env python3` is not). */
function isShellScript(body: string): boolean {
  if (!body.startsWith("#!")) return true;
  const shebang = body.slice(0, body.search(/[\n\r\u2028\u2029]|$/));
  return /\b(?:sh|bash|dash|ash|ksh)\b/.test(shebang);
}

export default rule;
