// Positions between docklint and the Language Server Protocol. Both count UTF-16 code units; docklint
// counts lines and columns from 1 in the text without its BOM, LSP from 0 in the editor's text,
// which keeps the BOM when the editor does.
import type { Position, Range } from "vscode-languageserver";
import type { Finding } from "../engine/result.js";
import { positionAt, type SourceText } from "../source/source.js";

export function lspPosition(source: SourceText, line: number, column: number): Position {
  return { line: line - 1, character: column - 1 + (line === 1 && source.hasBom ? 1 : 0) };
}

export function positionOfOffset(source: SourceText, offset: number): Position {
  const { line, column } = positionAt(source, offset);
  return lspPosition(source, line, column);
}

export function rangeOfOffsets(source: SourceText, [start, end]: [number, number]): Range {
  return { start: positionOfOffset(source, start), end: positionOfOffset(source, end) };
}

export function findingRange(source: SourceText, finding: Finding): Range {
  return { start: lspPosition(source, finding.line, finding.column), end: lspPosition(source, finding.endLine, finding.endColumn) };
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Whether two ranges share a position (touching ends count: a cursor at a finding's end is on it). */
export function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}
