// Flags a Dockerfile whose first instruction is neither FROM nor ARG.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "The first instruction is not FROM (or a global ARG before FROM).",
      rationale:
        "A build starts from a base image: only ARG may come before the first FROM (to parameterise it). Any " +
        "other instruction there belongs to no stage, and Docker rejects the file. Parser directives and " +
        "comments do not count as instructions.",
      examples: {
        valid: ["# syntax=docker/dockerfile:1\nARG VERSION=3.20\nFROM alpine:${VERSION}\n"],
        invalid: ["LABEL org.opencontainers.image.title=app\nFROM alpine:3.20\n"],
      },
      recommended: true,
    },
    aliases: ["DL3061"],
    defaultLevel: "error",
    messages: { first: "`{{keyword}}` before the first FROM: a Dockerfile must begin with FROM (or ARG)." },
    schema: [],
  },
  create(context) {
    return {
      Dockerfile(file) {
        const first = file.instructions.find((i) => i.name !== "ARG");
        if (!first || first.name === "FROM") return;
        context.report({
          loc: context.sourceCode.locOf(first.keywordRange),
          messageId: "first",
          data: { keyword: first.keyword },
        });
      },
    };
  },
};

export default rule;
