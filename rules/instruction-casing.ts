// Flags instruction keywords whose casing differs from the file's majority (all upper or all lower case).
import type { Rule } from "../src/engine/rule.js";
import type { Instruction } from "../src/parse/model.js";

type Casing = "upper" | "lower" | "mixed";

function casingOf(keyword: string): Casing {
  if (keyword === keyword.toUpperCase()) return "upper";
  if (keyword === keyword.toLowerCase()) return "lower";
  return "mixed";
}

const rule: Rule = {
  meta: {
    type: "layout",
    docs: {
      description: "An instruction keyword is not cased like the rest of the file (all upper or all lower case).",
      rationale:
        "Docker accepts keywords in any case, but a file that mixes `RUN` with `run` or writes `Run` is harder " +
        "to scan: readers find instructions by their shape. The majority of the file's keywords decides which " +
        "case is expected (upper case on a tie), as in BuildKit's check.",
      examples: {
        valid: [
          'FROM alpine:3.20\nRUN echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]\n',
          'from alpine:3.20\nrun echo hello > /greeting.txt\nentrypoint ["cat", "/greeting.txt"]\n',
        ],
        invalid: ['From alpine:3.20\nRun echo hello > /greeting.txt\nEntRYpOiNT ["cat", "/greeting.txt"]\n'],
      },
      fixSafety: "Safe: Docker reads keywords case-insensitively; only the keyword's letters change.",
      differences:
        "Keywords of ONBUILD triggers (`ONBUILD run ...`) are checked too, against the same majority; they do " +
        "not count towards it. Global ARGs before the first FROM count and are checked like any instruction " +
        "(recent BuildKit only looks at stages). Unknown instructions are left to `syntax`.",
      recommended: true,
    },
    aliases: ["ConsistentInstructionCasing"],
    defaultLevel: "style",
    fixable: "code",
    messages: { casing: "`{{keyword}}` should be {{expected}} case like the other instructions: `{{fixed}}`." },
    schema: [],
  },
  create(context) {
    return {
      Dockerfile(file) {
        let upper = 0;
        let lower = 0;
        // Unknown words are syntax errors (reported by `syntax`), not keywords with a casing.
        const keywords = file.instructions.filter((i) => i.type !== "Unknown");
        for (const i of keywords) {
          const casing = casingOf(i.keyword);
          if (casing === "upper") upper++;
          else if (casing === "lower") lower++;
        }
        const expected: Casing = lower > upper ? "lower" : "upper";
        const check = (i: Instruction) => {
          if (i.type === "Unknown" || casingOf(i.keyword) === expected) return;
          const fixed = expected === "lower" ? i.keyword.toLowerCase() : i.keyword.toUpperCase();
          context.report({
            loc: context.sourceCode.locOf(i.keywordRange),
            messageId: "casing",
            data: { keyword: i.keyword, expected, fixed },
            fix: (fixer) => fixer.replaceTextRange(i.keywordRange, fixed),
          });
        };
        for (const i of keywords) {
          check(i);
          if (i.type === "Onbuild" && i.trigger) check(i.trigger);
        }
      },
    };
  },
};

export default rule;
