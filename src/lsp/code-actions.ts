// The code actions on a document's findings: a quick fix per fix and per suggestion, comments that
// turn the rule off for the instruction (a Compose file's line) or the file, a link to the rule's documentation, and
// `source.fixAll.docklint`, which gives the text `docklint --fix` gives.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit as LspTextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { TextEdit } from "../engine/result.js";
import { parseDockerfile, type ParsedDockerfile } from "../parse/parse.js";
import { languageOf } from "../compose-names.js";
import { offsetAt, type SourceText } from "../source/source.js";
import { findingDiagnostic } from "./diagnostics.js";
import { disableForFile, disableForInstruction, disableForYamlFile, disableForYamlLine } from "./disable-comments.js";
import type { Linted } from "./document-lints.js";
import { findingRange, rangeOfOffsets, touches } from "./positions.js";

export const FIX_ALL = `${CodeActionKind.SourceFixAll}.docklint`;
/** The command of "Show documentation for <rule>": its argument is the page's address. */
export const SHOW_DOCUMENTATION = "docklint.showDocumentation";

/** Whether a request that asks only for `only` kinds (none: every kind) wants actions of `kind`. */
export function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** The quick fixes for the findings that touch `range`, in the findings' order, each once; `file` says the language. */
export function quickFixes(uri: string, linted: Linted, range: Range, file: string): CodeAction[] {
  const { result, source, text } = linted;
  if (!result) return [];
  const actions = new Map<string, CodeAction>();
  let parsed: ParsedDockerfile | null | undefined;
  const add = (title: string, diagnostic: Diagnostic, edit: TextEdit, isPreferred = false) => {
    if (!actions.has(title)) actions.set(title, { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(uri, source, [edit]), ...(isPreferred ? { isPreferred } : {}) });
  };
  for (const finding of result.messages) {
    if (!touches(findingRange(source, finding), range)) continue;
    const diagnostic = findingDiagnostic(source, finding);
    const id = finding.ruleId;
    if (finding.fix) add(`Fix this ${id} problem`, diagnostic, finding.fix, true);
    for (const suggestion of finding.suggestions ?? []) add(suggestion.desc, diagnostic, suggestion.fix);
    // the engine's own findings (too-complex, internal) belong to no rule to turn off
    if (!id) continue;
    const offset = offsetAt(source, finding.line, finding.column);
    if (languageOf(file) === "compose") {
      const line = disableForYamlLine(source, offset, id, file);
      if (line) add(`Disable ${id} for this line`, diagnostic, line);
      add(`Disable ${id} for this file`, diagnostic, disableForYamlFile(source, id));
    } else {
      parsed ??= parseOrNull(text);
      const line = parsed && disableForInstruction(parsed, offset, id);
      if (line) add(`Disable ${id} for this line`, diagnostic, line);
      if (parsed) add(`Disable ${id} for this file`, diagnostic, disableForFile(parsed, id));
    }
    const title = `Show documentation for ${id}`;
    if (finding.docsUrl && !actions.has(title)) {
      actions.set(title, { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SHOW_DOCUMENTATION, arguments: [finding.docsUrl] } });
    }
  }
  return [...actions.values()];
}

/** The fix-all action: the document's whole text replaced by `fixed` (what `docklint --fix` writes). */
export function fixAllAction(uri: string, linted: Linted, fixed: string): CodeAction {
  const end = rangeOfOffsets(linted.source, [linted.source.text.length, linted.source.text.length]).end;
  return { title: "Fix all docklint problems", kind: FIX_ALL, edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end }, newText: fixed }] } } };
}

function workspaceEdit(uri: string, source: SourceText, edits: TextEdit[]): WorkspaceEdit {
  const changes: LspTextEdit[] = edits.map((edit) => ({ range: rangeOfOffsets(source, edit.range), newText: edit.text }));
  return { changes: { [uri]: changes } };
}

function parseOrNull(text: string): ParsedDockerfile | null {
  try {
    return parseDockerfile(text);
  } catch {
    // past the parser's limits: no instruction to put a comment above
    return null;
  }
}
