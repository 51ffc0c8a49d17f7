// Flags a FROM that uses a build arg no global ARG declares: the image name then depends on chance.
import type { Rule } from "../src/engine/rule.js";
import type { From } from "../src/parse/model.js";

interface Reference {
  name: string;
  /** Offset of the `$` in the text. */
  start: number;
  /** `${NAME:-x}`, `${NAME:+x}`, `${NAME:?x}` and their forms without `:`: the unset case is handled. */
  guarded: boolean;
}

/** `$NAME` and `${NAME...}` references in text as written, outside single quotes and escapes. */
function references(text: string, escapeChar: string): Reference[] {
  const found: Reference[] = [];
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === escapeChar) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = quote === c ? null : quote ?? c;
      continue;
    }
    if (c !== "$") continue;
    const match = /^(\{)?([A-Za-z_][A-Za-z0-9_]*)(:?[-+?]|[}#%/])?/.exec(text.slice(i + 1));
    // `${name:word}` is no Docker substitution (templates such as devcontainers' use it): not ours to judge
    if (!match || (match[1] && !match[3])) continue;
    found.push({ name: match[2], start: i, guarded: Boolean(match[1] && /[-+?]/.test(match[3])) });
  }
  return found;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The declared name closest to `name` (ignoring case), when it is close enough to be a typo. */
function closestName(name: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(name.toUpperCase(), candidate.toUpperCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(name.length / 4)) ? best : null;
}

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
      for (const ref of references(text, source.ast.escapeChar)) {
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
