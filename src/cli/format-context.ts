// What the command tells formatters besides the results: where paths start, colour, the failure
// threshold, and what the rule registry knows for the formats that speak of rules.
import { documentationOf } from "../docs/documentation.js";
import { renderRuleDoc } from "../docs/rule-doc.js";
import type { RuleRegistry } from "../engine/registry.js";
import type { Threshold } from "../engine/rule.js";
import type { FormatContext, RuleDescription } from "../format/formatter.js";
import { FORMATS_DESCRIBING_RULES, type FormatName } from "../format/names.js";

export function formatContext(
  registry: RuleRegistry,
  { cwd, color, failureThreshold, formats }: { cwd: string; color: boolean; failureThreshold: Threshold; formats: readonly string[] },
): FormatContext {
  return {
    cwd,
    color,
    // JUnit fails the test cases that fail the run
    failureThreshold,
    ruleCodes: hadolintCodes(registry),
    // Rendering every rule's documentation costs time: only for the formats that describe rules
    // (GitHub code scanning and SonarQube want each rule's description and help).
    ...(formats.some((f) => FORMATS_DESCRIBING_RULES.includes(f as FormatName)) ? { rules: ruleDescriptions(registry) } : {}),
  };
}

/** What reports that carry rule metadata (SARIF, SonarQube) say about each rule. */
function ruleDescriptions(registry: RuleRegistry): Record<string, RuleDescription> {
  const rules: Record<string, RuleDescription> = {};
  for (const { id, rule } of registry.rules) {
    const docs = documentationOf(id, rule);
    rules[id] = {
      description: docs.description,
      helpUri: docs.url,
      level: rule.meta.defaultLevel,
      tags: [rule.meta.type ?? "problem", "dockerfile"],
      help: { text: `${docs.description} ${docs.rationale}`, markdown: renderRuleDoc(id, rule) },
    };
  }
  return rules;
}

/** Each rule's hadolint code (its DL alias), for formats that speak hadolint (hadolint-json, codacy). */
function hadolintCodes(registry: RuleRegistry): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const { id, rule } of registry.rules) {
    const code = rule.meta.aliases.find((a) => /^DL\d{4}$/.test(a));
    if (code) codes[id] = code;
  }
  return codes;
}
