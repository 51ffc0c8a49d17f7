// hadolint's JSON output (`hadolint -f json`): one flat array of findings, so CI parsers written
// for hadolint keep working. `code` is the hadolint code when the rule has one, else our id.
import type { Formatter } from "./formatter.js";
import { reportPath } from "./report-path.js";
import { NO_RULE_ID } from "./report-identity.js";

export const hadolintJson: Formatter = (results, { cwd, ruleCodes = {} }) =>
  JSON.stringify(
    results.flatMap((r) =>
      r.messages.map((m) => ({
        code: m.ruleId ? (ruleCodes[m.ruleId] ?? m.ruleId) : NO_RULE_ID,
        column: m.column,
        file: reportPath(r.filePath, cwd),
        level: m.level,
        line: m.line,
        message: m.message,
      })),
    ),
  ) + "\n";
