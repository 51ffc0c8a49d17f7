// A finding as an LSP diagnostic: its exact range, a severity for its level, the rule as its code
// with a link to the rule's page.
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { DocklintError } from "../engine/errors.js";
import type { Finding } from "../engine/result.js";
import type { Level } from "../engine/rule.js";
import type { SourceText } from "../source/source.js";
import { findingRange } from "./positions.js";

export const SOURCE = "docklint";

const SEVERITY: Record<Level, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  style: DiagnosticSeverity.Hint,
};

export function findingDiagnostic(source: SourceText, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: findingRange(source, finding),
    severity: SEVERITY[finding.level],
    // the engine's own findings (too-complex, internal) have no rule: their messageId names them
    code: finding.ruleId ?? finding.messageId,
    source: SOURCE,
    message: finding.message,
  };
  if (finding.docsUrl) diagnostic.codeDescription = { href: finding.docsUrl };
  return diagnostic;
}

/** What kept a text from being linted (an invalid config, a docklint bug), on its first line: the editor shows it where the CLI would print it. */
export function errorDiagnostic(error: Error): Diagnostic {
  const kind = error instanceof DocklintError ? error.kind : "internal";
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, code: kind, source: SOURCE, message: error.message };
}
