// Splits instruction arguments into words and reads exec-form JSON arrays, keeping offsets.
import type { Range } from "../source/source.js";

export interface RawWord {
  text: string;
  value: string;
  range: Range;
}

/** Whitespace-separated words; quotes group and are removed from `value`. */
export function splitWords(logical: string, offset: number, escapeChar = "\\"): RawWord[] {
  // character codes, not one-character strings: this runs over every argument of every file
  const escape = escapeChar.charCodeAt(0);
  const words: RawWord[] = [];
  let i = 0;
  const n = logical.length;
  while (i < n) {
    while (i < n && isWhitespace(logical, i)) i++;
    if (i >= n) break;
    const start = i;
    // null while the word has no quotes or escapes: its value is then its text
    let value: string | null = null;
    let quote = 0;
    while (i < n) {
      const c = logical.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
        else if (c === escape && quote === DOUBLE && i + 1 < n) value += logical[++i];
        else value += logical[i];
      } else if (isWhitespace(logical, i)) break;
      else if (c === DOUBLE || c === SINGLE) {
        value ??= logical.slice(start, i);
        quote = c;
      }
      // an escaped blank joins the word (`ENV A=one\ two`); continuations are already blanked
      else if (c === escape && i + 1 < n) {
        value ??= logical.slice(start, i);
        value += logical[++i];
      } else if (value !== null) value += logical[i];
      i++;
    }
    const text = logical.slice(start, i);
    words.push({ text, value: value ?? text, range: [offset + start, offset + i] });
  }
  return words;
}

const DOUBLE = 34;
const SINGLE = 39;

/** `/\s/` for one character, without a regular expression for the ASCII ones. */
function isWhitespace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i]);
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
