// The command line's rule flags as rule entries: `--rule ID=LEVEL` (validated later, with config
// entries) and hadolint's --ignore, --error..., --trusted-registry and --require-label; and how the
// entries of several sources (variables, then flags) combine.
import { DocklintError } from "../engine/errors.js";
import { ruleEntryError, type RuleEntry } from "../config/config.js";
import type { RuleRegistry } from "../engine/registry.js";
import type { CliOptions } from "./options.js";

export function parseRuleFlags(flags: string[]): Record<string, RuleEntry> {
  const rules: Record<string, RuleEntry> = {};
  for (const flag of flags) {
    const match = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(flag);
    if (!match) throw new DocklintError("usage", `--rule takes ID=LEVEL, not '${flag}'.`);
    rules[match[1]] = match[2] as RuleEntry;
  }
  return rules;
}

/**
 * hadolint's command-line flags as rule entries, in the order hadolint applies them: rule
 * options first, then --ignore and the level flags; `--rule` entries come after these.
 */
export function hadolintFlagRules(options: CliOptions, registry: RuleRegistry): Record<string, RuleEntry> {
  const rules: Record<string, RuleEntry> = {};
  const needs = (id: string, flag: string) => {
    if (!registry.get(id)) throw new DocklintError("usage", `${flag} needs the ${id} rule, which this docklint does not have.`);
  };
  if (options.trustedRegistries.length) {
    needs("trusted-registries", "--trusted-registry");
    rules["trusted-registries"] = ["error", { registries: options.trustedRegistries }];
  }
  if (options.requiredLabels.length || options.strictLabels) {
    needs("label-schema", "--require-label");
    const labels: Record<string, string> = {};
    for (const spec of options.requiredLabels) {
      const [name, format = "text"] = spec.split(":");
      if (!name) throw new DocklintError("usage", `--require-label takes NAME:FORMAT, not '${spec}'.`);
      labels[name] = format;
    }
    rules["label-schema"] = ["info", { labels, strict: options.strictLabels }];
    const error = ruleEntryError("label-schema", rules["label-schema"], registry);
    if (error) throw new DocklintError("usage", `Invalid --require-label: ${error}.`);
  }
  for (const [level, ids] of Object.entries(options.levels)) {
    for (const id of ids) {
      // a code hadolint retired (DL3031) is accepted and sets nothing
      if (!registry.knows(id)) throw new DocklintError("usage", `${LEVEL_FLAGS[level as keyof CliOptions["levels"]]} names '${id}', which is no docklint rule or alias and no hadolint code (docklint --list-rules lists them).`);
      rules[id] = level as RuleEntry;
    }
  }
  return rules;
}

/**
 * Rule entries of several sources as one, each source applied after the ones before it: an entry
 * moves to the end, so `DL3008: off` from one source and `apt-pin-versions: error` from a later
 * one leave the rule at error whatever the order of the keys was.
 */
export function layered(...sources: Record<string, RuleEntry>[]): Record<string, RuleEntry> {
  const rules: Record<string, RuleEntry> = {};
  for (const source of sources) {
    for (const [name, entry] of Object.entries(source)) {
      delete rules[name];
      rules[name] = entry;
    }
  }
  return rules;
}

const LEVEL_FLAGS: Record<keyof CliOptions["levels"], string> = { off: "--ignore", error: "--error", warning: "--warning", info: "--info", style: "--style" };
