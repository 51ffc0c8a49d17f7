// Flags a FROM that uses a build arg no global ARG declares: the image name then depends on chance.
import type { Rule } from "../src/engine/rule.js";
import type { From } from "../src/parse/model.js";
import { closestName, variableReferences } from "../src/parse/variable-references.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "FROM uses a build arg that no ARG before the first FROM declares.",
      rationale:
        "Only ARGs declared before the first FROM (and BuildKit's automatic platform args such as " +
        "`BUILDPLATFORM` and `TARGETARCH`) can be used in FROM. An undeclared one expands to an empty string, " +
        "so `FROM node:22${VARIANT}` silently builds on `node:22`, and a misspelled `$BUILDPLATFORM` " +
        "silently drops the platform.",
      examples: {
        valid: ['ARG VARIANT="-alpine3.20"\nFROM node:22${VARIANT} AS jsbuilder\n', "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n"],
        invalid: ["FROM node:22${VARIANT} AS jsbuilder\n", "FROM --platform=$BUILDPLATFROM golang:1.23\n"],
      },
      differences:
        "A variable used with a default or alternative (`${TAG:-3.20}`, `${TAG:+x}`, `${TAG:?msg}`) is not flagged: " +
        "the unset case is handled in place.",
      recommended: true,
    },
    aliases: ["UndefinedArgInFrom"],
    defaultLevel: "warning",
    messages: {
      undeclared: "FROM argument `{{name}}` is not declared: add `ARG {{name}}=<default>` before the first FROM.",
      undeclaredTypo: "FROM argument `{{name}}` is not declared (did you mean `{{suggestion}}`?).",
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;

    function check(node: From, text: string, offset: number): void {
      for (const ref of variableReferences(text, source.ast.escapeChar, offset)) {
        if (ref.guarded || source.variables.isDeclared(ref.name, node)) continue;
        const suggestion = closestName(ref.name, source.variables.names(node));
        const at = offset + ref.start;
        context.report({
          loc: source.locOf([at, at + 1 + ref.name.length]),
          messageId: suggestion ? "undeclaredTypo" : "undeclared",
          data: { name: ref.name, suggestion: suggestion ?? "" },
        });
      }
    }

    return {
      From(node) {
        if (node.isTrigger) return;
        const platform = node.platform;
        if (platform?.valueRange) check(node, source.text.slice(...platform.valueRange), platform.valueRange[0]);
        // the text as written: `image.text` has escapes already removed
        if (node.image) check(node, source.text.slice(...node.image.range), node.image.range[0]);
      },
    };
  },
};

export default rule;
