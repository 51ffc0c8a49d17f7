// Splits instruction arguments into words and reads exec-form JSON arrays, keeping offsets.
import type { Range } from "../source/source.js";
import { LIMITS, TooComplex } from "./limits.js";

export interface RawWord {
  text: string;
  value: string;
  range: Range;
}

/**
 * Whitespace-separated words; quotes group and are removed from `value`. More than `maxWords`
 * words throw TooComplex where the first one past the limit starts.
 */
export function splitWords(logical: string, offset: number, escapeChar = "\\", maxWords: number = LIMITS.words): RawWord[] {
  // character codes, not one-character strings: this runs over every argument of every file
  const escape = escapeChar.charCodeAt(0);
  const words: RawWord[] = [];
  let i = 0;
  const n = logical.length;
  while (i < n) {
    while (i < n && isWhitespace(logical, i)) i++;
    if (i >= n) break;
    if (words.length >= maxWords) throw new TooComplex(`more than ${LIMITS.words} words`, offset + i);
    const start = i;
    // null while the word has no quotes or escapes: its value is then its text. It is built of
    // slices, never a character at a time: a quoted word of megabytes would be millions of strings
    let value: string | null = null;
    // where the text still to be added to `value` starts
    let copied = start;
    let quote = 0;
    while (i < n) {
      const c = logical.charCodeAt(i);
      if (quote) {
        if (c === quote) {
          value += logical.slice(copied, i);
          copied = i + 1;
          quote = 0;
        } else if (c === escape && quote === DOUBLE && i + 1 < n) {
          value += logical.slice(copied, i);
          copied = ++i;
        }
      } else if (isWhitespace(logical, i)) break;
      else if (c === DOUBLE || c === SINGLE) {
        value = (value ?? "") + logical.slice(copied, i);
        copied = i + 1;
        quote = c;
      }
      // an escaped blank joins the word (`ENV A=one\ two`); continuations are already blanked
      else if (c === escape && i + 1 < n) {
        value = (value ?? "") + logical.slice(copied, i);
        copied = ++i;
      }
      i++;
    }
    if (value !== null) value += logical.slice(copied, i);
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
