// Codacy's tool result format, as `hadolint -f codacy` prints it: one JSON object per finding and
// per line, {filename, message, patternId, line}, for Codacy's CLI to upload. Codacy knows
// Dockerfile patterns by hadolint's codes, so patternId is the rule's hadolint code when it has
// one, else docklint's id; filename is relative to the repository root, which Codacy analyses.
import type { Formatter } from "./formatter.js";
import { portablePath, repositoryRoot } from "./report-path.js";
import { NO_RULE_ID } from "./report-identity.js";

export const codacy: Formatter = (results, context) => {
  const { cwd, ruleCodes = {} } = context;
  const root = repositoryRoot(context);
  return results
    .flatMap((r) => {
      const filename = portablePath(r.filePath, cwd, root);
      return r.messages.map((m) => {
        const patternId = m.ruleId ? (ruleCodes[m.ruleId] ?? m.ruleId) : NO_RULE_ID;
        return `${JSON.stringify({ filename, message: m.message, patternId, line: m.line })}\n`;
      });
    })
    .join("");
};
