// GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues, each with
// description, check_name, fingerprint, severity and location { path, lines: { begin } }, the
// path relative to the repository root, where GitLab looks for it.
import type { Finding } from "../engine/result.js";
import type { Formatter } from "./formatter.js";
import { portablePath, repositoryRoot } from "./report-path.js";
import { NO_RULE_ID, fingerprints } from "./report-identity.js";

// GitLab's scale is info < minor < major < critical < blocker. An error-level finding is a real
// defect in the Dockerfile but not an outage in itself, so it is "major" (what ESLint-style
// linters emit for errors), leaving critical/blocker for tools that measure impact.
const severity: Record<Finding["level"], string> = { error: "major", warning: "minor", info: "info", style: "info" };

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
          severity: severity[m.level],
          location: { path: file, lines: { begin: m.line } },
        }));
      }),
    ) + "\n"
  );
};
