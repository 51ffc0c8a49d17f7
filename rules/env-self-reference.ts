// Flags an ENV value that reads a variable set earlier in the same ENV: Docker reads the old value.
import type { Rule } from "../src/engine/rule.js";
import { variableReferences } from "../src/parse/variable-references.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "ENV value that uses a variable defined earlier in the same ENV instruction.",
      rationale:
        "Docker substitutes every value of one ENV instruction with the variables as they were before the " +
        "instruction: in `ENV A=1 B=$A`, `B` is empty (or the old `A`), not `1`. Set the variable in an " +
        "earlier ENV to use its value.",
      examples: {
        valid: ['FROM alpine:3.20\nENV APP_HOME=/app\nENV APP_BIN="${APP_HOME}/bin"\n'],
        invalid: ['FROM alpine:3.20\nENV APP_HOME=/app APP_BIN="${APP_HOME}/bin"\n'],
      },
      differences:
        "As in hadolint, a variable that was already declared (ARG or ENV) before the instruction is not flagged: " +
        "the old value may be the one meant. Single-quoted and escaped `$` are not references.",
      recommended: true,
    },
    aliases: ["DL3044"],
    defaultLevel: "error",
    messages: {
      sameEnv:
        "`${{name}}` is set in this same ENV, but Docker reads the value from before the instruction. Move `{{name}}` to an earlier ENV.",
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    return {
      Env(node) {
        if (node.pairs.length < 2) return;
        const defined = new Set<string>();
        for (const pair of node.pairs) {
          for (const ref of pair.value ? variableReferences(pair.value.text, source.ast.escapeChar, pair.value.range[0]) : []) {
            if (!defined.has(ref.name) || source.variables.isDeclared(ref.name, node)) continue;
            const at = pair.value!.range[0] + ref.start;
            context.report({ loc: source.locOf([at, at + 1 + ref.name.length]), messageId: "sameEnv", data: { name: ref.name } });
          }
          defined.add(pair.key.value);
        }
      },
    };
  },
};

export default rule;
