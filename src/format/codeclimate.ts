// Code Climate's engine output (its analyzer spec): one JSON issue per finding, each ended by a NUL
// character as the spec requires and by a newline, which it allows; for running docklint as a Code
// Climate engine, as `hadolint -f codeclimate` does. Paths are relative to the repository root
// (the engine's /code). GitLab's Code Quality widget reads a JSON array instead: `-f gitlab`.
import type { Finding } from "../engine/result.js";
import type { Formatter } from "./formatter.js";
import { codeQualitySeverity } from "./code-quality-severity.js";
import { lastCharacter } from "./last-character.js";
import { portablePath, repositoryRoot } from "./report-path.js";
import { NO_RULE_ID, fingerprints } from "./report-identity.js";
import { oneLine } from "./terminal-text.js";

// The spec's categories; a level is all a formatter knows of a finding, and only style is not a risk.
const categories: Record<Finding["level"], string[]> = { error: ["Bug Risk"], warning: ["Bug Risk"], info: ["Bug Risk"], style: ["Style"] };

export const codeclimate: Formatter = (results, context) => {
  const root = repositoryRoot(context);
  return results
    .flatMap((r) => {
      const path = portablePath(r.filePath, context.cwd, root);
      const prints = fingerprints(r, path);
      return r.messages.map((m, i) => ({
        type: "issue",
        check_name: m.ruleId ?? NO_RULE_ID,
        // "Descriptions must be a single line of text"
        description: oneLine(m.message),
        categories: categories[m.level],
        // positions are 1-based and name characters: the end is the last one covered
        location: { path, positions: { begin: { line: m.line, column: m.column }, end: lastCharacter(m) } },
        severity: codeQualitySeverity[m.level],
        fingerprint: prints[i],
      }));
    })
    .map((issue) => `${JSON.stringify(issue)}\0\n`)
    .join("");
};
