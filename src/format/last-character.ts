// The last character a finding covers. docklint's ranges end after it (exclusive, as ESLint and
// SARIF count); GNU messages and Code Climate positions name the last character itself.
import type { Finding } from "../engine/result.js";

/** The line and column of the last character; an empty range's is its start. */
export function lastCharacter(m: Finding): { line: number; column: number } {
  if (m.endLine === m.line) return { line: m.line, column: Math.max(m.column, m.endColumn - 1) };
  // A range that ends at the start of a line ends with the line break before it, whose column is
  // not known here: the first character of the end line is the nearest that can be named.
  return { line: m.endLine, column: Math.max(m.endColumn - 1, 1) };
}
