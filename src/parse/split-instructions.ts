// Splits a Dockerfile into parser directives, comments and instructions, following BuildKit's
// line rules: directives only at the top, `\` (or the escape directive's character) continues a
// line unless it is itself escaped, empty and comment lines inside a continuation are skipped,
// and the heredoc bodies of RUN/COPY/ADD follow the line that names them. Everything else about
// an instruction is read from its text by parse.ts.
import type { Range } from "../source/source.js";
import { findHeredocMarkers, locateHeredocBodies } from "./heredoc-bodies.js";
import { blankContinuations } from "./logical-text.js";
import { splitWords } from "./words.js";

export interface RawInstruction {
  /** The keyword as written. */
  keyword: string;
  keywordRange: Range;
  /** From the keyword to the end of the last line (or heredoc closing line), trailing blanks excluded. */
  range: Range;
  /** The instruction inside an ONBUILD. */
  trigger: RawInstruction | null;
}

export interface RawDirective {
  name: string;
  value: string;
  range: Range;
  valueRange: Range;
}

export interface RawComment {
  /** From `#` to the end of the line. */
  range: Range;
  /** The text after `#`. */
  content: string;
}

export interface SplitDockerfile {
  escapeChar: string;
  directives: RawDirective[];
  comments: RawComment[];
  instructions: RawInstruction[];
}

/**
 * A directive up to its value, which runs to the end of the line less trailing blanks. (Matching
 * the value too, `(.*?)[ \t]*$`, tried every split of a long run of blanks: cubic.)
 */
const DIRECTIVE = /^[ \t]*(#)[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*/d;
const HEREDOC_KEYWORDS = new Set(["RUN", "COPY", "ADD"]);

export function splitInstructions(text: string): SplitDockerfile {
  const lines = new Lines(text);
  const directives = readDirectives(lines);
  const escape = directives.find((d) => d.name === "escape");
  const escapeChar = escape && escape.value === "`" ? "`" : "\\";
  const comments: RawComment[] = [];
  const instructions: RawInstruction[] = [];

  while (!lines.done) {
    const { start, end } = lines.current();
    const first = skipBlanks(text, start, end);
    if (first === end) lines.next();
    else if (text[first] === "#") {
      comments.push({ range: [first, end], content: text.slice(first + 1, end) });
      lines.next();
    } else instructions.push(readInstruction(text, lines, first, escapeChar, comments));
  }
  return { escapeChar, directives, comments, instructions };
}

/** `# name=value` lines at the very top; the first other line ends them. */
function readDirectives(lines: Lines): RawDirective[] {
  const directives: RawDirective[] = [];
  const seen = new Set<string>();
  while (!lines.done) {
    const { start, end } = lines.current();
    const match = DIRECTIVE.exec(lines.text.slice(start, end));
    if (!match?.indices || seen.has(match[2].toLowerCase())) break;
    seen.add(match[2].toLowerCase());
    const [hashAt] = match.indices[1]!;
    const valueStart = start + match[0].length;
    const valueEnd = trimEnd(lines.text, valueStart, end);
    directives.push({
      name: match[2].toLowerCase(),
      value: lines.text.slice(valueStart, valueEnd),
      range: [start + hashAt, end],
      valueRange: [valueStart, valueEnd],
    });
    lines.next();
  }
  return directives;
}

function readInstruction(text: string, lines: Lines, first: number, escapeChar: string, comments: RawComment[]): RawInstruction {
  let { end } = lines.current();
  let keywordEnd = first;
  while (keywordEnd < end && !isBlank(text[keywordEnd])) keywordEnd++;
  // `WORD\` at the end of a line: the escape character continues the line, it is not the keyword's
  if (keywordEnd > first + 1 && text[keywordEnd - 1] === escapeChar && continues(text, first, end, escapeChar)) keywordEnd--;
  const keyword = text.slice(first, keywordEnd);
  // follow continuations; empty and comment lines inside them belong to the instruction
  let lastContent = end;
  while (continues(text, lines.current().start, end, escapeChar)) {
    lines.next();
    while (!lines.done) {
      const line = lines.current();
      const at = skipBlanks(text, line.start, line.end);
      if (at < line.end && text[at] !== "#") break;
      if (at < line.end) comments.push({ range: [at, line.end], content: text.slice(at + 1, line.end) });
      lines.next();
    }
    if (lines.done) break;
    end = lines.current().end;
    lastContent = end;
  }
  let rangeEnd = trimEnd(text, first, lastContent);
  lines.next();

  const upper = keyword.toUpperCase();
  const onbuildTarget = upper === "ONBUILD" ? firstWord(text, keywordEnd, rangeEnd) : null;
  const takesHeredocs = HEREDOC_KEYWORDS.has(upper) || (onbuildTarget !== null && HEREDOC_KEYWORDS.has(onbuildTarget.word.toUpperCase()));
  if (takesHeredocs && text.slice(keywordEnd, rangeEnd).includes("<<")) {
    const markers = findHeredocMarkers(splitWords(blankContinuations(text, keywordEnd, rangeEnd, escapeChar), keywordEnd, escapeChar));
    if (markers.length) {
      const bodies = locateHeredocBodies(text, markers, text.length, escapeChar);
      const last = bodies[bodies.length - 1];
      // an unterminated body runs to the end of the file
      rangeEnd = last.delimiterRange ? last.delimiterRange[1] : last.contentRange[1];
      lines.skipTo(rangeEnd);
    }
  }

  const trigger: RawInstruction | null = onbuildTarget
    ? {
        keyword: onbuildTarget.word,
        keywordRange: onbuildTarget.range,
        range: [onbuildTarget.range[0], rangeEnd],
        trigger: null,
      }
    : null;
  return { keyword, keywordRange: [first, keywordEnd], range: [first, rangeEnd], trigger };
}

/** A line continues when it ends with an escape character that is not itself escaped. */
function continues(text: string, start: number, end: number, escapeChar: string): boolean {
  let i = end - 1;
  while (i >= start && isBlank(text[i])) i--;
  let escapes = 0;
  while (i >= start && text[i] === escapeChar) {
    escapes++;
    i--;
  }
  return escapes % 2 === 1;
}

function firstWord(text: string, from: number, end: number): { word: string; range: Range } | null {
  let start = from;
  while (start < end && /\s/.test(text[start])) start++;
  let stop = start;
  while (stop < end && !/\s/.test(text[stop])) stop++;
  return stop > start ? { word: text.slice(start, stop), range: [start, stop] } : null;
}

const isBlank = (c: string | undefined) => c === " " || c === "\t";

function skipBlanks(text: string, from: number, end: number): number {
  while (from < end && isBlank(text[from])) from++;
  return from;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isBlank(text[end - 1])) end--;
  return end;
}

/** The text's lines (ending at \r\n, \n or \r), read one at a time. */
class Lines {
  private start = 0;
  private end = 0;
  done = false;

  constructor(readonly text: string) {
    this.locate(0);
  }

  current(): { start: number; end: number } {
    return { start: this.start, end: this.end };
  }

  next(): void {
    const t = this.text;
    if (this.end >= t.length) {
      this.done = true;
      return;
    }
    this.locate(this.end + (t[this.end] === "\r" && t[this.end + 1] === "\n" ? 2 : 1));
  }

  /** Moves to the line after the one holding `offset`. */
  skipTo(offset: number): void {
    while (!this.done && this.end < offset) this.next();
    this.next();
  }

  private locate(start: number): void {
    const t = this.text;
    let end = start;
    while (end < t.length && t[end] !== "\n" && t[end] !== "\r") end++;
    this.start = start;
    this.end = end;
    if (start >= t.length && start > 0 && end === start) this.done = true;
  }
}
