// Flags empty lines inside an instruction continued with `\`, which BuildKit deprecates.
import type { Rule } from "../src/engine/rule.js";
import type { Range } from "../src/source/source.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "An empty line inside an instruction continued with `\\`.",
      rationale:
        "Docker skips empty lines inside a continuation, so the instruction goes on after them; a reader sees " +
        "the blank line as its end, and the next line looks like a new instruction. BuildKit deprecates them " +
        "and a future release will reject them. Comment lines inside a continuation are allowed.",
      examples: {
        valid: ["FROM alpine:3.20\nRUN apk add --no-cache \\\n    # the HTTP client\n    curl\n"],
        invalid: ["FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n"],
      },
      fixSafety: "Safe: Docker already ignores the empty lines; removing them builds the same instruction.",
      differences:
        "Each run of empty lines is reported at its first line, rather than once per instruction. Empty lines " +
        "after a trailing `\\` at the end of the file are not reported: nothing follows them.",
      recommended: true,
    },
    aliases: ["NoEmptyContinuation"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      empty: "Empty line inside a continued `{{keyword}}`: Docker skips it and will reject it in a future release.",
    },
    schema: [],
  },
  create(context) {
    const text = context.sourceCode.text;
    return {
      Dockerfile(file) {
        for (const instruction of file.instructions) {
          const heredocs = "heredocs" in instruction ? instruction.heredocs : [];
          // Heredoc bodies keep their empty lines; continuation ends where the first body starts.
          const end = heredocs.length > 0 ? Math.min(...heredocs.map((h) => h.contentRange[0])) : instruction.range[1];
          let group: Range | null = null;
          const flush = () => {
            if (!group) return;
            const removed: Range = group;
            context.report({
              loc: context.sourceCode.locOf([removed[0], removed[0]]),
              messageId: "empty",
              data: { keyword: instruction.keyword },
              fix: (fixer) => fixer.removeRange(removed),
            });
            group = null;
          };
          let start = text.indexOf("\n", instruction.range[0]) + 1;
          while (start > 0 && start < end) {
            const newline = text.indexOf("\n", start);
            const next = newline < 0 ? text.length : newline + 1;
            if (/^[ \t]*\r?$/.test(text.slice(start, newline < 0 ? text.length : newline))) {
              group = group ? [group[0], next] : [start, next];
            } else flush();
            start = next;
          }
          flush();
        }
      },
    };
  },
};

export default rule;
