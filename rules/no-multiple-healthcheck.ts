// Flags a HEALTHCHECK that a later HEALTHCHECK in the same stage overrides: only the last one takes effect.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "More than one HEALTHCHECK in a build stage: every HEALTHCHECK but the last is overridden.",
      rationale:
        "A container has one health check. When a stage lists several HEALTHCHECK instructions only the last " +
        "one is used; the earlier ones never run, so a check the reader relies on may not exist. To check " +
        "several things, combine them in one HEALTHCHECK command or script.",
      examples: {
        valid: ['FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n'],
        invalid: ['FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK CMD curl -f http://localhost/health || exit 1\n'],
      },
      differences:
        "hadolint reports the second and later HEALTHCHECKs; docklint (like BuildKit's MultipleInstructionsDisallowed) " +
        "reports the earlier ones, because they are the ones that have no effect. HEALTHCHECK inside ONBUILD is a " +
        "trigger for another build and is not counted.",
      recommended: true,
    },
    aliases: ["DL3012", "MultipleInstructionsDisallowed", "DS023"],
    defaultLevel: "error",
    messages: {
      overridden: "This HEALTHCHECK is overridden by the HEALTHCHECK on line {{line}}: only the last HEALTHCHECK in a stage takes effect.",
    },
    schema: [],
  },
  create(context) {
    return {
      Stage(stage) {
        const all = stage.instructions.filter((i) => i.type === "Healthcheck");
        const last = all.at(-1);
        for (const node of all.slice(0, -1)) {
          context.report({ loc: context.sourceCode.locOf(node.keywordRange), messageId: "overridden", data: { line: String(last!.loc.start.line) } });
        }
      },
    };
  },
};

export default rule;
