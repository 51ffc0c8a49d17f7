// GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues, each with
// description, check_name, fingerprint, severity and location { path, lines: { begin } }, the
// path relative to the repository root, where GitLab looks for it.
import type { Formatter } from "./formatter.js";
import { codeQualitySeverity } from "./code-quality-severity.js";
import { portablePath, repositoryRoot } from "./report-path.js";
import { NO_RULE_ID, fingerprints } from "./report-identity.js";

export const gitlab: Formatter = (results, context) => {
  const root = repositoryRoot(context);
  return (
    JSON.stringify(
      results.flatMap((r) => {
        const file = portablePath(r.filePath, context.cwd, root);
        const prints = fingerprints(r, file);
        return r.messages.map((m, i) => ({
          description: m.message,
          check_name: m.ruleId ?? NO_RULE_ID,
          fingerprint: prints[i],
          severity: codeQualitySeverity[m.level],
          location: { path: file, lines: { begin: m.line } },
        }));
      }),
    ) + "\n"
  );
};
