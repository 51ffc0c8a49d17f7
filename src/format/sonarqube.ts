// SonarQube's generic issue import format (sonar.externalIssuesReportPaths), as SonarQube 10.3 and
// later and SonarQube Cloud read it: `rules`, each reported rule with its Clean Code impact, and
// `issues`, whose file paths are relative to the repository root (SonarQube's project base
// directory). Lines are 1-based; columns are 0-based UTF-16 offsets (Java's chars), the end
// exclusive, so docklint's columns shift by one and keep their meaning.
import type { Finding } from "../engine/result.js";
import { levelRank, type Level } from "../engine/levels.js";
import type { Formatter, RuleDescription } from "./formatter.js";
import { portablePath, repositoryRoot } from "./report-path.js";
import { NO_RULE, NO_RULE_ID } from "./report-identity.js";

const ENGINE_ID = "docklint";

// As hadolint's SonarQube report types errors as bugs and the rest as code smells: an error is a
// defect of the image (reliability), lower levels keep the Dockerfile maintainable.
const softwareQuality: Record<Level, string> = { error: "RELIABILITY", warning: "MAINTAINABILITY", info: "MAINTAINABILITY", style: "MAINTAINABILITY" };
// HIGH, MEDIUM and LOW are the impact severities every version of the format accepts.
const impactSeverity: Record<Level, string> = { error: "HIGH", warning: "MEDIUM", info: "LOW", style: "LOW" };
// What SonarQube itself gives rules it imports knowing nothing more of them (from SARIF).
const CLEAN_CODE_ATTRIBUTE = "CONVENTIONAL";

/** A rule as the report describes it; an impact is per rule, so a rule reported at several levels takes its most severe. */
function rule(id: string, level: Level, meta: RuleDescription | undefined, docsUrl: string | undefined) {
  const description = [meta?.help?.text ?? meta?.description, meta?.helpUri ?? docsUrl].filter(Boolean).join("\n\n");
  return {
    id,
    name: meta?.description ?? id,
    ...(description ? { description } : {}),
    engineId: ENGINE_ID,
    cleanCodeAttribute: CLEAN_CODE_ATTRIBUTE,
    impacts: [{ softwareQuality: softwareQuality[level], severity: impactSeverity[level] }],
  };
}

/** Where a finding is. SonarQube refuses a whole report over an empty range, so an empty one is given as its line. */
function textRange(m: Finding) {
  if (m.endLine === m.line && m.endColumn <= m.column) return { startLine: m.line };
  return { startLine: m.line, startColumn: m.column - 1, endLine: m.endLine, endColumn: m.endColumn - 1 };
}

export const sonarqube: Formatter = (results, context) => {
  const root = repositoryRoot(context);
  const reported = new Map<string, { level: Level; docsUrl?: string }>();
  const issues = results.flatMap((r) => {
    const filePath = portablePath(r.filePath, context.cwd, root);
    return r.messages.map((m) => {
      const ruleId = m.ruleId ?? NO_RULE_ID;
      const seen = reported.get(ruleId);
      if (!seen || levelRank(m.level) > levelRank(seen.level)) reported.set(ruleId, { level: m.level, docsUrl: seen?.docsUrl ?? m.docsUrl });
      else if (!seen.docsUrl && m.docsUrl) seen.docsUrl = m.docsUrl;
      return { ruleId, primaryLocation: { message: m.message, filePath, textRange: textRange(m) } };
    });
  });
  // sorted, so the report does not depend on the order of the files
  const rules = [...reported.keys()].sort().map((id) => {
    const { level, docsUrl } = reported.get(id)!;
    return rule(id, level, context.rules?.[id] ?? (id === NO_RULE_ID ? NO_RULE : undefined), docsUrl);
  });
  return JSON.stringify({ rules, issues }) + "\n";
};
