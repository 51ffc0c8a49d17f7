// Flags a stage named with a word Docker reserves: `scratch` or `context`.
import type { Rule } from "../src/engine/rule.js";

/** Names that already mean something where a stage name is expected. */
const reserved = new Set(["scratch", "context"]);

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "A stage is named `scratch` or `context`, which Docker reserves.",
      rationale:
        "`scratch` is the empty base image and `context` is the build context in `COPY --from` and " +
        "`RUN --mount=from`. A stage with one of these names is either unreachable or shadows the reserved " +
        "meaning, so `FROM scratch` or `--from=context` no longer mean what readers expect.",
      examples: {
        valid: ["FROM alpine:3.20 AS builder\n"],
        invalid: ["FROM alpine:3.20 AS scratch\n", "FROM alpine:3.20 AS context\n"],
      },
      differences: "Names are compared case-insensitively (`AS Scratch` is flagged), as Docker lower-cases stage names.",
      recommended: true,
    },
    aliases: ["DL3063", "ReservedStageName"],
    defaultLevel: "warning",
    messages: { reserved: "`{{name}}` is reserved and should not be used as a stage name." },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      From(from) {
        const word = from.stageName;
        if (!word || from.isTrigger) return;
        const resolved = word.text.includes("$") ? sourceCode.resolve(word.text, from) : null;
        if (resolved && resolved.unresolved.length > 0) return;
        const name = (resolved ? resolved.value : word.text).toLowerCase();
        if (reserved.has(name)) context.report({ node: word, messageId: "reserved", data: { name } });
      },
    };
  },
};

export default rule;
