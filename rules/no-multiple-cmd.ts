// Flags a CMD that a later CMD in the same stage overrides: only the last one takes effect.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "More than one CMD in a build stage: every CMD but the last is overridden.",
      rationale:
        "An image has one default command. When a stage lists several CMD instructions only the last one " +
        "is used; the earlier ones do nothing and mislead the reader into thinking they run. To run several " +
        "things, write one CMD that starts them (or a script), not several CMDs.",
      examples: {
        valid: ['FROM node:22\nCMD ["node", "server.js"]\n', 'FROM node:22 AS build\nCMD ["npm", "test"]\nFROM build\nCMD ["node", "server.js"]\n'],
        invalid: ['FROM node:22\nCMD ["npm", "run", "migrate"]\nCMD ["node", "server.js"]\n'],
      },
      differences:
        "hadolint reports the second and later CMDs; docklint (like BuildKit's MultipleInstructionsDisallowed) " +
        "reports the earlier ones, because they are the ones that have no effect. CMD inside ONBUILD is a " +
        "trigger for another build and is not counted.",
      recommended: true,
    },
    aliases: ["DL4003", "MultipleInstructionsDisallowed", "DS016"],
    defaultLevel: "warning",
    messages: {
      overridden: "This CMD is overridden by the CMD on line {{line}}: only the last CMD in a stage takes effect.",
    },
    schema: [],
  },
  create(context) {
    return {
      Stage(stage) {
        const all = stage.instructions.filter((i) => i.type === "Cmd");
        const last = all.at(-1);
        for (const node of all.slice(0, -1)) {
          context.report({ loc: context.sourceCode.locOf(node.keywordRange), messageId: "overridden", data: { line: String(last!.loc.start.line) } });
        }
      },
    };
  },
};

export default rule;
