// `--list-rules`, `--explain ID` and `--print-config FILE`: what docklint knows, printed.
import { DocklintError } from "../engine/errors.js";
import type { RuleRegistry } from "../engine/registry.js";
import { isRecommended } from "../engine/rule.js";
import { RETIRED_HADOLINT_CODES } from "../config/hadolint-codes.js";
import { renderRuleDoc } from "../docs/rule-doc.js";
import type { LintSession } from "../lint-session.js";

export function listRules(registry: RuleRegistry, format: string): string {
  const rows = registry.rules.map(({ id, rule }) => ({
    id,
    aliases: rule.meta.aliases,
    level: rule.meta.defaultLevel,
    recommended: isRecommended(rule),
    fixable: rule.meta.fixable === "code",
    description: rule.meta.docs.description,
  }));
  if (format === "json") return JSON.stringify(rows, null, 2) + "\n";
  const width = Math.max(...rows.map((r) => r.id.length));
  return (
    rows
      .map((r) => {
        const flags = `${r.recommended ? "rec" : "   "} ${r.fixable ? "fix" : "   "}`;
        const aliases = r.aliases.length ? ` (${r.aliases.join(", ")})` : "";
        return `${r.id.padEnd(width)}  ${r.level.padEnd(7)}  ${flags}  ${r.description}${aliases}`;
      })
      .join("\n") + "\n"
  );
}

export function explainRule(registry: RuleRegistry, name: string): string {
  const ids = registry.resolve(name);
  if (!ids.length && registry.knows(name)) return explainCodeWithoutRule(name);
  if (!ids.length) throw new DocklintError("config", `Unknown rule '${name}' (docklint --list-rules lists them).`);
  return ids.map((id) => renderRuleDoc(id, registry.get(id)!)).join("\n---\n\n");
}

/** A hadolint code no docklint rule has: what it was, and that it is accepted. */
function explainCodeWithoutRule(name: string): string {
  const code = name.toUpperCase();
  const retired = RETIRED_HADOLINT_CODES[code];
  const what = retired ? `a hadolint rule that flagged ${retired.flagged}, removed in hadolint ${retired.removedIn}` : "a hadolint code";
  return `${code}: ${what}. docklint has no rule for it: the code is accepted in pragmas, config files, variables and flags, and switches nothing.\n`;
}

export async function printConfig(session: LintSession, file: string): Promise<string> {
  const resolved = await session.resolve(file);
  const rules: Record<string, unknown> = {};
  for (const { id } of session.registry.rules) {
    const active = resolved.rules.find((r) => r.id === id);
    rules[id] = active ? (active.options.length ? [active.level, ...active.options] : active.level) : "off";
  }
  return JSON.stringify({ configFile: resolved.file, extends: resolved.extends, rules, settings: resolved.settings }, null, 2) + "\n";
}
