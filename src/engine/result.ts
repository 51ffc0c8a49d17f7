// What linting a file produces: ESLint's message and result shape plus docklint's level.
import type { Level } from "./levels.js";

export interface TextEdit {
  range: [number, number];
  text: string;
}

export interface Finding {
  /** null for problems that belong to no rule: a file too complex to lint, a failure of docklint itself. */
  ruleId: string | null;
  level: Level;
  /** ESLint's severity: 2 for error, 1 for every other level. */
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: TextEdit;
  suggestions?: { desc: string; messageId?: string; fix: TextEdit }[];
  docsUrl?: string;
}

export interface FileResult {
  filePath: string;
  messages: Finding[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, present when fixing changed it (ESLint's `output`). */
  output?: string;
  /** The text that was linted, kept for formatters that quote it. */
  source?: string;
}

/** The messageIds of the engine's own findings; the registry refuses a rule that defines one. */
export const INTERNAL = "internal";
export const TOO_COMPLEX = "too-complex";
/** The findings of a rule past its cap for one file (finding-cap.ts), counted in one finding. */
export const LEFT_OUT = "left-out";

/** A finding that reports a docklint bug rather than a problem of the Dockerfile: the run exits 3. */
export function isInternal(finding: Finding): boolean {
  return finding.messageId === INTERNAL;
}

export function summarize(filePath: string, messages: Finding[]): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}
