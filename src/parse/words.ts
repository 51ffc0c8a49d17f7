// Splits instruction arguments into words and reads exec-form JSON arrays, keeping offsets.
import type { Range } from "../source/source.js";

export interface RawWord {
  text: string;
  value: string;
  range: Range;
}

/** Whitespace-separated words; quotes group and are removed from `value`. */
export function splitWords(logical: string, offset: number, escapeChar = "\\"): RawWord[] {
  const words: RawWord[] = [];
  let i = 0;
  const n = logical.length;
  while (i < n) {
    while (i < n && /\s/.test(logical[i])) i++;
    if (i >= n) break;
    const start = i;
    let value = "";
    let quote: string | null = null;
    while (i < n) {
      const c = logical[i];
      if (quote) {
        if (c === quote) quote = null;
        else if (c === escapeChar && quote === '"' && i + 1 < n) value += logical[++i];
        else value += c;
      } else if (/\s/.test(c)) break;
      else if (c === '"' || c === "'") quote = c;
      // an escaped blank joins the word (`ENV A=one\ two`); continuations are already blanked
      else if (c === escapeChar && i + 1 < n) value += logical[++i];
      else value += c;
      i++;
    }
    words.push({ text: logical.slice(start, i), value, range: [offset + start, offset + i] });
  }
  return words;
}

/**
 * Reads `["a", "b"]`. Returns null when the text is not a JSON array of strings, which Docker
 * then runs in shell form. Written here because dockerfile-ast's getJSONStrings() drops spaces.
 */
export function parseJsonArray(logical: string, offset: number): RawWord[] | null {
  let i = 0;
  const n = logical.length;
  const skip = () => {
    while (i < n && /\s/.test(logical[i])) i++;
  };
  skip();
  if (logical[i] !== "[") return null;
  i++;
  const words: RawWord[] = [];
  skip();
  if (logical[i] === "]") {
    i++;
    skip();
    return i === n ? words : null;
  }
  for (;;) {
    skip();
    if (logical[i] !== '"') return null;
    const start = i;
    i++;
    let value = "";
    while (i < n && logical[i] !== '"') {
      if (logical[i] === "\\") {
        const e = logical[i + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (e in simple) {
          value += simple[e];
          i += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(logical.slice(i + 2, i + 6))) {
          value += String.fromCharCode(parseInt(logical.slice(i + 2, i + 6), 16));
          i += 6;
        } else return null;
      } else if (logical.charCodeAt(i) < 0x20) {
        return null;
      } else value += logical[i++];
    }
    if (i >= n) return null;
    i++;
    words.push({ text: logical.slice(start, i), value, range: [offset + start, offset + i] });
    skip();
    if (logical[i] === ",") {
      i++;
      continue;
    }
    if (logical[i] !== "]") return null;
    i++;
    skip();
    return i === n ? words : null;
  }
}
