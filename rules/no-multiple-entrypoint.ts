// Flags an ENTRYPOINT that a later ENTRYPOINT in the same stage overrides: only the last one takes effect.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "More than one ENTRYPOINT in a build stage: every ENTRYPOINT but the last is overridden.",
      rationale:
        "An image has one entrypoint. When a stage lists several ENTRYPOINT instructions only the last one " +
        "is used; the earlier ones do nothing and mislead the reader into thinking they run. To run several " +
        "things, use one ENTRYPOINT script that does them in order.",
      examples: {
        valid: ['FROM python:3.12\nENTRYPOINT ["python", "-m", "app"]\n', 'FROM python:3.12 AS base\nENTRYPOINT ["python"]\nFROM base\nENTRYPOINT ["python", "-m", "app"]\n'],
        invalid: ['FROM python:3.12\nENTRYPOINT ["/docker-entrypoint.sh"]\nENTRYPOINT ["python", "-m", "app"]\n'],
      },
      differences:
        "hadolint reports the second and later ENTRYPOINTs; docklint (like BuildKit's MultipleInstructionsDisallowed) " +
        "reports the earlier ones, because they are the ones that have no effect. ENTRYPOINT inside ONBUILD is a " +
        "trigger for another build and is not counted.",
      recommended: true,
    },
    aliases: ["DL4004", "MultipleInstructionsDisallowed", "DS007"],
    defaultLevel: "error",
    messages: {
      overridden: "This ENTRYPOINT is overridden by the ENTRYPOINT on line {{line}}: only the last ENTRYPOINT in a stage takes effect.",
    },
    schema: [],
  },
  create(context) {
    return {
      Stage(stage) {
        const all = stage.instructions.filter((i) => i.type === "Entrypoint");
        const last = all.at(-1);
        for (const node of all.slice(0, -1)) {
          context.report({ loc: context.sourceCode.locOf(node.keywordRange), messageId: "overridden", data: { line: String(last!.loc.start.line) } });
        }
      },
    };
  },
};

export default rule;
