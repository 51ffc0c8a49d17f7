// How CI reports name a finding: its rule (or the name of no rule), and a fingerprint that survives edits.
import pkg from "../../package.json" with { type: "json" };
import type { FileResult } from "../engine/result.js";
import type { RuleDescription } from "./formatter.js";

/** The name a finding without a rule (a file too complex to lint, a failure of docklint itself) is reported under. */
export const NO_RULE_ID = "docklint";

/**
 * What reports that describe their rules (SARIF, SonarQube) say of NO_RULE_ID: no caller can
 * describe it, and GitHub wants every rule described, so the formatters describe it themselves.
 */
export const NO_RULE: RuleDescription = {
  description: "A problem that belongs to no rule: a file too complex to lint, or a failure of docklint itself.",
  helpUri: pkg.homepage,
  help: { text: "Fix the problem the message names.", markdown: "Fix the problem the message names." },
};

/**
 * One stable fingerprint per finding of a file, in order: SHA-256 of the path the report shows,
 * rule, message and the finding's occurrence index among identical (path, rule, message) triples.
 * The line is left out on purpose, so an unrelated edit above a finding does not make GitLab (or
 * SARIF consumers) see it as fixed and re-introduced; the index keeps repeated identical findings apart.
 */
export function fingerprints(result: FileResult, file: string): string[] {
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
