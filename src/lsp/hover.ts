// Hover on a finding: the documentation of its rule (what, why, examples, fix safety), as
// `docklint --explain` prints it.
import { MarkupKind, type Hover, type Position } from "vscode-languageserver";
import { explainRule } from "../cli/info.js";
import type { RuleRegistry } from "../engine/registry.js";
import type { Linted } from "./document-lints.js";
import { findingRange, touches } from "./positions.js";

export function findingHover(linted: Linted, position: Position, registry: RuleRegistry): Hover | null {
  const at = { start: position, end: position };
  const findings = (linted.result?.messages ?? []).filter((f) => f.ruleId && touches(findingRange(linted.source, f), at));
  if (!findings.length) return null;
  const ids = [...new Set(findings.map((f) => f.ruleId!))];
  return {
    contents: { kind: MarkupKind.Markdown, value: ids.map((id) => explainRule(registry, id)).join("\n---\n\n") },
    range: findingRange(linted.source, findings[0]!),
  };
}
