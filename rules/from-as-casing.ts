// Flags `FROM image as name` where the AS keyword is not cased like FROM.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "layout",
    docs: {
      description: "The `AS` keyword of FROM is not cased like `FROM`.",
      rationale:
        "Docker reads `AS` in any case, but `FROM image as name` mixes styles within one line and reads like " +
        "part of the image reference. Write `AS` in the case of its `FROM`. A mixed-case `From` is left to " +
        "instruction-casing, as BuildKit does.",
      examples: {
        valid: ["FROM debian:12 AS deb-builder\n", "from debian:12 as deb-builder\n"],
        invalid: ["FROM debian:12 as builder\n"],
      },
      fixSafety: "Safe: only the letters of the `AS` keyword change, and Docker reads it case-insensitively.",
      recommended: true,
    },
    aliases: ["FromAsCasing"],
    defaultLevel: "style",
    fixable: "code",
    messages: { casing: "`{{as}}` is not cased like `{{from}}`: write `{{fixed}}`." },
    schema: [],
  },
  create(context) {
    return {
      From(from) {
        const as = from.asKeyword;
        if (!as) return;
        const keyword = from.keyword;
        let fixed: string;
        if (keyword === keyword.toUpperCase()) fixed = as.text.toUpperCase();
        else if (keyword === keyword.toLowerCase()) fixed = as.text.toLowerCase();
        else return;
        if (fixed === as.text) return;
        context.report({
          node: as,
          messageId: "casing",
          data: { as: as.text, from: keyword, fixed },
          fix: (fixer) => fixer.replaceText(as, fixed),
        });
      },
    };
  },
};

export default rule;
