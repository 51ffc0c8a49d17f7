// Flags zypper commands that ask for confirmation without `-n`: nothing answers in a build, so they abort.
import type { Rule } from "../src/engine/rule.js";
import { unansweredPrompt } from "../src/shell/confirm-prompts.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`zypper install` (or another zypper command that asks for confirmation) without `-n`/`--non-interactive`.",
      rationale:
        "`zypper install` asks \"Continue? [y/n/v/...]\" before it changes anything, and so do `remove`, `update`, " +
        "`patch`, `dist-upgrade` and `source-install`. A build has no terminal, so the RUN fails or hangs. The " +
        "global option `-n`/`--non-interactive` (before the command) answers every question with its default; " +
        "`-y`/`--no-confirm` after `install` and `remove` does the same.",
      examples: {
        valid: [
          "FROM opensuse/leap:15.6\nRUN zypper -n install httpd && zypper clean -a\n",
          "FROM opensuse/leap:15.6\nRUN zypper install -y httpd && zypper clean -a\n",
        ],
        invalid: ["FROM opensuse/leap:15.6\nRUN zypper install httpd && zypper clean -a\n"],
      },
      fixSafety:
        "Safe: the fix inserts the global option `-n` right after `zypper` (where zypper reads global options), " +
        "which answers the questions the build cannot.",
      differences:
        "hadolint checks `install`, `remove`, `source-install` and `patch` (and their short forms); docklint also " +
        "checks `update`/`up`, `dist-upgrade`/`dup` and `install-new-recommends`, which ask the same way. It stays " +
        "quiet for `--dry-run`, `yes | zypper ...`, and an options variable whose value is unknown.",
      recommended: true,
    },
    aliases: ["DL3034"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      missing: "`{{command}}` without -n stops at a confirmation prompt nothing answers in a build: use `zypper -n {{subcommand}}`.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          const prompt = unansweredPrompt(command, sourceCode);
          if (prompt?.manager !== "zypper") continue;
          const after = prompt.insertAfter;
          context.report({
            node: prompt.subcommand,
            messageId: "missing",
            data: { command: `zypper ${prompt.subcommand.value}`, subcommand: prompt.subcommand.value },
            fix: run.exec ? null : (fixer) => fixer.insertTextAfter(after, ` ${prompt.flag}`),
          });
        }
      },
    };
  },
};

export default rule;
