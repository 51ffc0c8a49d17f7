// Flags an image that downloads with both curl and wget: two tools doing one job.
import type { Rule } from "../src/engine/rule.js";
import type { ShellCommand } from "../src/shell/command.js";

const DOWNLOADERS = new Set(["curl", "wget"]);

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "Both `curl` and `wget` are used in one image.",
      rationale:
        "curl and wget do the same job. Installing and running both makes the image bigger, doubles the " +
        "tools an attacker can use inside it, and spreads download logic (retries, TLS, checksums) over two " +
        "sets of flags. Pick one.",
      examples: {
        valid: [
          "FROM debian:12\nRUN curl -fsSLo /tmp/a https://example.com/a\nRUN curl -fsSLo /tmp/b https://example.com/b\n",
          "FROM debian:12 AS fetch\nRUN wget -q https://example.com/a\nFROM debian:12\nRUN curl -fsSLO https://example.com/b\n",
        ],
        invalid: ["FROM debian:12\nRUN wget -q https://example.com/a\nRUN curl -fsSLO https://example.com/b\n"],
      },
      differences:
        "An image is a stage and the stages it builds FROM: a stage that builds on another inherits its tools, " +
        "so curl in the child and wget in the parent are flagged (hadolint only looks within one FROM). Only " +
        "runs of the tools count, not installing them.",
      recommended: true,
    },
    aliases: ["DL4001", "DS014"],
    defaultLevel: "warning",
    messages: {
      both: "`{{tool}}` is used here and `{{other}}` on line {{line}}: use one of curl or wget, not both.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const downloadsOf = (instructions: readonly { type: string }[]): ShellCommand[] =>
      instructions.flatMap((i) =>
        i.type === "Run" ? sourceCode.commandsOf(i as never).filter((c) => DOWNLOADERS.has(c.command)) : [],
      );
    // by stage index: the first curl and wget of the image up to the end of that stage (a stage's
    // parent comes before it, so its entry is there when the stage is visited)
    const firstByStage: Map<string, ShellCommand>[] = [];
    return {
      Stage(stage) {
        const from = sourceCode.facts.graph.parentOf(stage);
        const first = new Map(from === null ? [] : firstByStage[from.index]);
        firstByStage[stage.index] = first;
        for (const command of downloadsOf(stage.instructions)) {
          if (!first.has(command.command)) first.set(command.command, command);
          const other = command.command === "curl" ? "wget" : "curl";
          const seen = first.get(other);
          if (!seen) continue;
          context.report({
            node: command.name,
            messageId: "both",
            data: { tool: command.command, other, line: String(seen.loc.start.line) },
          });
        }
      },
    };
  },
};

export default rule;
