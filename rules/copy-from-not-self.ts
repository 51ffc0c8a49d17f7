// Flags `COPY --from` that names the stage it is in: a stage cannot copy from itself.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`COPY --from` names the stage the COPY is in.",
      rationale:
        "A stage's filesystem is what is being built; it cannot be a source of its own COPY. BuildKit fails " +
        "with a circular dependency. The name is usually a copy-paste slip for the previous stage; to move files " +
        "within a stage, use `RUN cp`.",
      examples: {
        valid: ["FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM alpine:3.20 AS app\nCOPY --from=build /out/app /app\n"],
        invalid: ["FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM alpine:3.20 AS app\nCOPY --from=app /out/app /app\n"],
      },
      differences:
        "The stage's own index (`--from=1` in the second stage) is flagged too, and variables in `--from` or in " +
        "the stage name are substituted first; an unknown value is not flagged.",
      recommended: true,
    },
    aliases: ["DL3023", "DS006"],
    defaultLevel: "error",
    messages: { self: "`--from={{name}}` names this stage itself: a stage cannot copy from its own filesystem." },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Copy(node) {
        const from = node.from;
        if (node.isTrigger || !from?.value || !from.valueRange) return;
        const stage = sourceCode.stageOf(node);
        if (!stage) return;
        const resolved = sourceCode.resolve(from.value, node);
        if (resolved.unresolved.length || !resolved.value) return;
        const name = resolved.value.toLowerCase();
        let self = name === String(stage.index);
        if (!self && stage.from.stageName) {
          const stageName = sourceCode.resolve(stage.from.stageName.value, stage.from);
          self = !stageName.unresolved.length && stageName.value.toLowerCase() === name;
        }
        if (self) context.report({ loc: sourceCode.locOf(from.valueRange), messageId: "self", data: { name: resolved.value } });
      },
    };
  },
};

export default rule;
