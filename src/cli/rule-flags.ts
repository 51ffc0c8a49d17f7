// `--rule ID=LEVEL` flags into a rules map (validated later, with config entries).
import { DocklintError } from "../engine/errors.js";
import type { RuleEntry } from "../config/config.js";

export function parseRuleFlags(flags: string[]): Record<string, RuleEntry> {
  const rules: Record<string, RuleEntry> = {};
  for (const flag of flags) {
    const match = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(flag);
    if (!match) throw new DocklintError("usage", `--rule takes ID=LEVEL, not '${flag}'.`);
    rules[match[1]] = match[2] as RuleEntry;
  }
  return rules;
}
