// How CI reports name a finding: its path as CI shows it, and a fingerprint that survives edits.
import path from "node:path";
import type { FileResult } from "../engine/result.js";

/** The name a finding without a rule (a file too complex to lint, a failure of docklint itself) is reported under. */
export const NO_RULE_ID = "docklint";

/** The path CI systems show: relative to cwd, with forward slashes whatever the platform. */
export function reportPath(filePath: string, cwd: string): string {
  if (filePath === "<stdin>") return filePath;
  return (path.relative(cwd, path.resolve(cwd, filePath)) || filePath).replace(/\\/g, "/");
}

/**
 * One stable fingerprint per finding of a file, in order: SHA-256 of path, rule, message and the
 * finding's occurrence index among identical (path, rule, message) triples. The line is left out
 * on purpose, so an unrelated edit above a finding does not make GitLab (or SARIF consumers) see
 * it as fixed and re-introduced; the index keeps repeated identical findings apart.
 */
export function fingerprints(result: FileResult, cwd: string): string[] {
  const file = reportPath(result.filePath, cwd);
  // crypto (~2 ms to load) only for the reports that carry fingerprints, not at every start-up
  const { createHash } = process.getBuiltinModule("node:crypto");
  const seen = new Map<string, number>();
  return result.messages.map((m) => {
    const key = JSON.stringify([file, m.ruleId ?? NO_RULE_ID, m.message]);
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    return createHash("sha256").update(JSON.stringify([key, index])).digest("hex");
  });
}

