// Text in: remembers and strips a UTF-8 BOM, keeps line endings as written, and converts
// between UTF-16 offsets and 1-based line/column positions.

export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

export type Range = [number, number];

export interface SourceText {
  /** The text without its BOM; every offset in docklint is an index into this string. */
  readonly text: string;
  readonly hasBom: boolean;
  /** Offset of the first character of each line (lines end at \r\n, \n or \r). */
  readonly lineStarts: number[];
  /** The line ending the file uses most, used when a fix inserts a new line. */
  readonly eol: string;
}

export function createSource(raw: string): SourceText {
  const hasBom = raw.charCodeAt(0) === 0xfeff;
  const text = hasBom ? raw.slice(1) : raw;
  const lineStarts = [0];
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
      lineStarts.push(i + 1);
    } else if (c === 10) {
      lf++;
      lineStarts.push(i + 1);
    }
  }
  const eol = crlf > lf && crlf >= cr ? "\r\n" : cr > lf ? "\r" : "\n";
  return { text, hasBom, lineStarts, eol };
}

/**
 * Where the line after the first `lines` lines starts (an offset into the text without its BOM),
 * or -1 when there are no more: a file's line count checked without building its line table.
 */
export function startOfLineAfter(raw: string, lines: number): number {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let seen = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if ((c === 13 || c === 10) && ++seen > lines) return i + 1;
  }
  return -1;
}

/** positionAt for one offset, without building the line table (for a text that may be huge). */
export function positionIn(raw: string, offset: number): Position {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let line = 1;
  let start = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Math.max(1, offset - start + 1) };
}

export function positionAt(source: SourceText, offset: number): Position {
  const starts = source.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

export function offsetAt(source: SourceText, line: number, column: number): number {
  const start = source.lineStarts[Math.min(Math.max(line - 1, 0), source.lineStarts.length - 1)];
  return Math.min(start + column - 1, source.text.length);
}

export function locationOf(source: SourceText, range: Range): SourceLocation {
  return { start: positionAt(source, range[0]), end: positionAt(source, range[1]) };
}

/** The text as written back to disk: the BOM restored when the input had one. */
export function withBom(source: SourceText, text: string): string {
  return source.hasBom ? "\ufeff" + text : text;
}
