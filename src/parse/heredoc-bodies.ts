// Heredocs of RUN, COPY and ADD: the `<<EOF` markers on the command line, then each body and
// closing line. Done here from the text because dockerfile-ast's getHeredocs() loses every
// closing line after an escape character inside a body (`find . -exec rm {} \;`) and throws
// on some bodies that hold a line like another marker.
import type { Range } from "../source/source.js";
import type { RawWord } from "./words.js";

export interface HeredocMarker {
  /** Delimiter name, quotes removed. */
  name: string;
  /** `<<-`: tabs before the closing line are ignored. */
  stripTabs: boolean;
  /** The `<<EOF` word. */
  range: Range;
}

export interface HeredocBody {
  /** The body without the line break before the closing line. */
  contentRange: Range;
  /** The closing line (after any stripped tabs), or null when the body runs to the end. */
  delimiterRange: Range | null;
}

/** `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`, `3<<EOF` words. */
export function findHeredocMarkers(words: RawWord[]): HeredocMarker[] {
  return words.flatMap((w) => {
    // `5<<EOF` sends the body to file descriptor 5: BuildKit accepts a descriptor before `<<`
    const match = /^\d*<<(-?)(.*)$/.exec(w.text);
    if (!match) return [];
    let name = match[2];
    const quote = name[0];
    if (quote === '"' || quote === "'") {
      if (name.length < 2 || !name.endsWith(quote)) return [];
      name = name.slice(1, -1);
    }
    if (!name || name.startsWith("<")) return [];
    return [{ name, stripTabs: match[1] === "-", range: w.range }];
  });
}

/**
 * Bodies follow the logical line holding the markers, one after another, each ending at the
 * first line equal to its name. `end` bounds the search (the instruction's end).
 */
export function locateHeredocBodies(text: string, markers: HeredocMarker[], end: number, escapeChar: string): HeredocBody[] {
  if (!markers.length) return [];
  let cursor = skipLineBreak(text, logicalLineEnd(text, markers[markers.length - 1].range[1], end, escapeChar));
  return markers.map((marker) => {
    const start = cursor;
    for (let lineStart = start; ; ) {
      const lineEnd = endOfLine(text, lineStart, end);
      let from = lineStart;
      if (marker.stripTabs) while (text[from] === "\t" && from < lineEnd) from++;
      if (text.slice(from, lineEnd) === marker.name) {
        cursor = skipLineBreak(text, lineEnd);
        return { contentRange: [start, Math.max(start, lineBreakStart(text, lineStart))], delimiterRange: [from, lineEnd] };
      }
      if (lineEnd >= end) break;
      lineStart = skipLineBreak(text, lineEnd);
    }
    cursor = end;
    return { contentRange: [start, end], delimiterRange: null };
  });
}

/** Where the line break ending the logical line (continuations followed) that holds `offset` is. */
export function logicalLineEnd(text: string, offset: number, end: number, escapeChar: string): number {
  for (let i = offset; i < end; i++) {
    const c = text[i];
    if (c === escapeChar) {
      let j = i + 1;
      while (text[j] === " " || text[j] === "\t") j++;
      if (text[j] === "\n" || text[j] === "\r") i = skipLineBreak(text, j) - 1;
      else i++;
    } else if (c === "\n" || c === "\r") return i;
  }
  return end;
}

function endOfLine(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}

function skipLineBreak(text: string, at: number): number {
  if (text[at] === "\r") return text[at + 1] === "\n" ? at + 2 : at + 1;
  return text[at] === "\n" ? at + 1 : at;
}

/** Where the line break before `lineStart` begins (`\r\n`, `\n` or `\r`). */
function lineBreakStart(text: string, lineStart: number): number {
  if (text[lineStart - 1] === "\n") return text[lineStart - 2] === "\r" ? lineStart - 2 : lineStart - 1;
  return text[lineStart - 1] === "\r" ? lineStart - 1 : lineStart;
}
