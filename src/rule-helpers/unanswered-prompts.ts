// The whole of the apt-, dnf- and yum-yes rules: a package manager command that would stop at a
// confirmation prompt nothing answers.
import type { RuleContext, Visitor } from "../engine/rule.js";
import { configuredYes, unansweredPrompt, type PromptingManager } from "../shell/confirm-prompts.js";

/**
 * The whole of the apt-, dnf- and yum-yes rules: each command of `manager` that would stop at a
 * prompt, unless an earlier RUN configured yes-to-all, is reported at its subcommand (message
 * `missing`) with a fix that adds the manager's yes flag.
 */
export function unansweredPromptVisitor(context: RuleContext, manager: PromptingManager): Visitor {
  const sourceCode = context.sourceCode;
  return {
    Run(run) {
      for (const command of sourceCode.commandsOf(run)) {
        const prompt = unansweredPrompt(command, sourceCode);
        if (prompt?.manager !== manager || configuredYes(manager, run, command.range[0], sourceCode)) continue;
        const after = prompt.insertAfter;
        context.report({
          node: prompt.subcommand,
          messageId: "missing",
          data: { command: `${prompt.program} ${prompt.subcommand.value}` },
          fix: run.exec ? null : (fixer) => fixer.insertTextAfter(after, ` ${prompt.flag}`),
        });
      }
    },
  };
}
