// Rule lookup by id or alias (hadolint DL codes, BuildKit check names, Trivy/Checkov ids).
import { INTERNAL, LEFT_OUT, TOO_COMPLEX } from "./result.js";
import type { AnyRule as Rule, NamedRule } from "./rule.js";

/** What a name stands for: a whole rule, or one of its messages. */
export interface RuleTarget {
  id: string;
  messageId?: string;
}

export class RuleRegistry {
  private readonly byId = new Map<string, Rule>();
  private readonly byAlias = new Map<string, string[]>();
  private readonly aliasPrefixes: [string, string][] = [];
  private readonly messageAliases = new Map<string, RuleTarget>();
  private readonly messagePrefixes: { prefix: string; id: string; messageId: string }[] = [];
  private readonly otherCodes: Set<string>;

  /**
   * `otherCodes`: the codes another tool has or had (every hadolint code), accepted wherever a
   * rule name is; those no rule here has an alias for stand for nothing.
   */
  constructor(
    readonly rules: readonly NamedRule[],
    otherCodes: readonly string[] = [],
  ) {
    this.otherCodes = new Set(otherCodes.map((code) => code.toLowerCase()));
    for (const { id, rule } of rules) {
      for (const reserved of [INTERNAL, TOO_COMPLEX, LEFT_OUT]) {
        if (reserved in rule.meta.messages) throw new Error(`rule '${id}' defines the message '${reserved}', which only the engine reports`);
      }
      this.byId.set(id, rule);
      for (const [alias, messageId] of Object.entries(rule.meta.messageAliases ?? {})) {
        if (alias.endsWith("*")) this.messagePrefixes.push({ prefix: alias.slice(0, -1).toLowerCase(), id, messageId });
        else this.messageAliases.set(alias.toLowerCase(), { id, messageId });
      }
      for (const alias of rule.meta.aliases) {
        if (alias.endsWith("*")) this.aliasPrefixes.push([alias.slice(0, -1).toLowerCase(), id]);
        else {
          const key = alias.toLowerCase();
          this.byAlias.set(key, [...(this.byAlias.get(key) ?? []), id]);
        }
      }
    }
  }

  get(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  /**
   * The rule ids a name stands for: itself, or every rule with that alias (BuildKit's
   * `MultipleInstructionsDisallowed` covers three of ours). Empty when unknown.
   */
  resolve(name: string): string[] {
    if (this.byId.has(name)) return [name];
    const key = name.toLowerCase();
    const aliased = this.byAlias.get(key);
    if (aliased) return aliased;
    const prefixed = this.aliasPrefixes.find(([prefix]) => key.startsWith(prefix) && /^\d+$/.test(key.slice(prefix.length)));
    return prefixed ? [prefixed[1]] : [];
  }

  /**
   * Like resolve, but a name that stands for one message of a rule (see meta.messageAliases)
   * comes back with that messageId.
   */
  targets(name: string): RuleTarget[] {
    if (this.byId.has(name)) return [{ id: name }];
    const key = name.toLowerCase();
    const message = this.messageAliases.get(key);
    if (message) return [message];
    for (const { prefix, id, messageId } of this.messagePrefixes) {
      if (key.startsWith(prefix) && /^\d+$/.test(key.slice(prefix.length))) return [{ id, messageId: messageId === "*" ? name.toUpperCase() : messageId }];
    }
    return this.resolve(name).map((id) => ({ id }));
  }

  /** Whether a name is accepted: a rule, an alias, or another tool's code that no rule here has. */
  knows(name: string): boolean {
    return this.targets(name).length > 0 || this.otherCodes.has(name.toLowerCase());
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }
}

/** A rule that stands for one of BuildKit's build checks: its aliases include a check name (CamelCase). */
export function isBuildCheck(rule: Rule): boolean {
  return rule.meta.aliases.some((alias) => /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/.test(alias));
}
