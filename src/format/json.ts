// ESLint's JSON result shape plus `level` and `docsUrl` on each message: the editor contract
// documented in docs/json-format.md and checked against docs/json-format.schema.json.
import path from "node:path";
import type { Formatter } from "./formatter.js";

export const json: Formatter = (results, { cwd }) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath === "<stdin>" ? r.filePath : path.resolve(cwd, r.filePath),
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        level: m.level,
        message: m.message,
        ...(m.messageId ? { messageId: m.messageId } : {}),
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.fix ? { fix: m.fix } : {}),
        ...(m.suggestions?.length ? { suggestions: m.suggestions } : {}),
        ...(m.docsUrl ? { docsUrl: m.docsUrl } : {}),
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  );
