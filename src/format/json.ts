// ESLint's JSON result shape plus `level` and `docsUrl` on each message: the editor contract
// documented in docs/json-format.md and checked against docs/json-format.schema.json.
import path from "node:path";
import type { Finding } from "../engine/result.js";
import type { Formatter } from "./formatter.js";

export const json: Formatter = (results, { cwd }) =>
  JSON.stringify(
    results.map((r) => {
      const result: Record<string, unknown> = {
        filePath: r.filePath === "<stdin>" ? r.filePath : path.resolve(cwd, r.filePath),
        messages: r.messages.map(message),
        errorCount: r.errorCount,
        warningCount: r.warningCount,
        fixableErrorCount: r.fixableErrorCount,
        fixableWarningCount: r.fixableWarningCount,
      };
      if (r.output !== undefined) result.output = r.output;
      return result;
    }),
  );

/** One message, its optional fields only when present (assigned in order: the key order is the contract's). */
function message(m: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: m.ruleId, severity: m.severity, level: m.level, message: m.message };
  if (m.messageId) out.messageId = m.messageId;
  out.line = m.line;
  out.column = m.column;
  out.endLine = m.endLine;
  out.endColumn = m.endColumn;
  if (m.fix) out.fix = m.fix;
  if (m.suggestions?.length) out.suggestions = m.suggestions;
  if (m.docsUrl) out.docsUrl = m.docsUrl;
  return out;
}
