// Flags the legacy `ENV key value` / `LABEL key value` form; the fix writes `key=value`.
import type { Rule } from "../src/engine/rule.js";
import type { KeyValue } from "../src/parse/model.js";

/** For each escape character Docker allows: a line continuation, and a value that is one word. */
const BY_ESCAPE: Record<string, { continuation: RegExp; oneWord: RegExp }> = {
  "\\": { continuation: /\\[ \t]*\r?\n/g, oneWord: /^(?:"[^"\\]*"|'[^']*'|\\\S|[^"'\s\\])+$/ },
  "`": { continuation: /`[ \t]*\r?\n/g, oneWord: /^(?:"[^"`]*"|'[^']*'|`\S|[^"'\s`])+$/ },
};

/**
 * The `key=value` text that gives the same value as the legacy pair, or null when that cannot be
 * guaranteed. Docker takes a legacy value verbatim (continuations joined), then expands it as one word.
 */
function modernValue(raw: string, escapeChar: string): string | null {
  const { continuation, oneWord } = BY_ESCAPE[escapeChar] ?? BY_ESCAPE["\\"];
  const joined = raw.replace(continuation, "");
  if (joined.includes("\n")) return null; // a comment line inside the value: leave it to a human
  // One word: `key=word` is tokenised exactly like the legacy word (whole quoted segments, escaped characters).
  if (oneWord.test(joined)) return raw;
  // Several words: double quotes keep the whitespace and still expand variables, as the legacy form does.
  if (!/["']/.test(joined) && !joined.includes(escapeChar)) return `"${raw}"`;
  return null;
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "ENV or LABEL in the legacy `key value` form, without `=`.",
      rationale:
        "The space-separated form sets one variable to the whole rest of the line, so `ENV A 1 B 2` sets A to " +
        "`1 B 2`, while `ENV A=1 B=2` sets two. It is deprecated; `key=value` says where the value ends and " +
        "allows several pairs per instruction.",
      examples: {
        valid: ['FROM alpine:3.20\nENV APP_HOME=/app\nLABEL description="my app"\n'],
        invalid: ["FROM alpine:3.20\nENV APP_HOME /app\n", "FROM alpine:3.20\nENV DEPS \\\n    curl \\\n    git\n"],
      },
      fixSafety:
        "Safe: the value is kept verbatim (a value of several words is wrapped in double quotes, which keep its " +
        "whitespace and still expand variables, as the legacy form does). Values with quotes next to other " +
        "words, escape characters or comment lines are reported without a fix.",
      differences:
        "BuildKit's documentation shows `ARG foo bar` as legacy, but ARG has no legacy form: it declares two " +
        "arguments, `foo` and `bar`, and is not flagged. The fix keeps the value identical, so a multi-line value " +
        "starts right after the opening quote rather than on the next line as in BuildKit's example.",
      recommended: true,
    },
    aliases: ["LegacyKeyValueFormat"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      legacy: '"{{keyword}} {{key}}=value" should be used instead of the legacy "{{keyword}} {{key}} value" form.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const check = (keyword: string, pair: KeyValue) => {
      const value = pair.value;
      if (pair.hasEquals || !value) return;
      const modern = modernValue(sourceCode.text.slice(value.range[0], value.range[1]), sourceCode.ast.escapeChar);
      context.report({
        node: pair.key,
        messageId: "legacy",
        data: { keyword, key: pair.key.text },
        fix: modern === null ? null : (fixer) => fixer.replaceTextRange([pair.key.range[1], value.range[1]], `=${modern}`),
      });
    };
    return {
      Env(node) {
        for (const pair of node.pairs) check(node.keyword, pair);
      },
      Label(node) {
        for (const pair of node.pairs) check(node.keyword, pair);
      },
    };
  },
};

export default rule;
