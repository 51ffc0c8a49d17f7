// The JSON schema of .docklintrc.yaml and .docklintrc.json (docs/docklintrc.schema.json, written by
// `npm run docs`), built from what the validator in config.ts accepts: its keys, presets and levels,
// every name the registry knows and each rule's option schema. Editors use it to complete and
// check config files; test/engine/config-schema.test.ts holds it to the validator.
import type { JSONSchema4 } from "json-schema";
import type { RuleRegistry, RuleTarget } from "../engine/registry.js";
import { LEVELS } from "../engine/rule.js";
import { HADOLINT_CODES } from "./hadolint-codes.js";
import { OVERRIDE_KEYS, PRESETS, TOP_KEYS } from "./config.js";

type Schema = JSONSchema4;

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });

/** The schema of a config file, for the rules in `registry`. */
export function configSchema(registry: RuleRegistry): Schema {
  const definitions: Record<string, Schema> = {
    level: { enum: [...LEVELS, "off"], description: "A level, or off." },
    "level-only": entrySchema([]),
    settings: {
      type: "object",
      description: "Settings rules read.",
      properties: { context: { type: "string", description: "The build context directory, relative to this file (default: the Dockerfile's directory)." } },
    },
  };
  const names: Record<string, Schema> = {};
  const patterns: Record<string, Schema> = {};
  for (const { id, rule } of registry.rules) {
    const options = optionSchemas(id, rule.meta.schema);
    const description = `${rule.meta.docs.description} (default: ${rule.meta.defaultLevel})`;
    definitions[`rule:${id}`] = options.length ? { description, ...entrySchema(options) } : { description, allOf: [ref("level-only")] };
    names[id] = ref(`rule:${id}`);
  }
  // aliases and codes match in any case, as in the registry; their usual spelling is listed for completion
  const named = (name: string) => {
    const value = aliasSchema(registry.targets(name));
    names[name] = value;
    patterns[`^${anyCase(name)}$`] = value;
  };
  for (const { rule } of registry.rules) for (const alias of rule.meta.aliases) if (!alias.endsWith("*")) named(alias);
  for (const code of HADOLINT_CODES) if (!(code in names)) named(code);
  for (const { rule } of registry.rules) {
    for (const prefix of [...rule.meta.aliases, ...Object.keys(rule.meta.messageAliases ?? {})]) {
      if (prefix.endsWith("*")) patterns[`^${anyCase(prefix.slice(0, -1))}[0-9]+$`] = aliasSchema(registry.targets(`${prefix.slice(0, -1)}1`));
    }
  }
  definitions.rules = {
    type: "object",
    description: "Rule levels (and options) by rule id or alias: `DL3008: off`, `pip-no-cache-dir: [error]`.",
    properties: names,
    patternProperties: patterns,
    additionalProperties: false,
  };
  const override: Record<string, Schema> = {
    files: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }], description: "A glob or a list of globs, relative to this file." },
    rules: ref("rules"),
    settings: ref("settings"),
  };
  const top: Record<string, Schema> = {
    $schema: { type: "string", description: "The URL or path of this schema." },
    extends: { enum: [...PRESETS], description: "recommended (the default): the recommended rules; all: every rule at its default level." },
    rules: ref("rules"),
    settings: ref("settings"),
    overrides: {
      type: "array",
      description: "Rules and settings for the files that match `files`.",
      items: { type: "object", additionalProperties: false, required: ["files"], properties: keysOf(override, OVERRIDE_KEYS) },
    },
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "docklint configuration (.docklintrc.yaml, .docklintrc.json)",
    type: "object",
    additionalProperties: false,
    properties: keysOf(top, TOP_KEYS),
    definitions,
  };
}

/** The schemas of the keys the validator accepts, in its order; a key without one is a bug here. */
function keysOf(schemas: Record<string, Schema>, keys: readonly string[]): Record<string, Schema> {
  if (Object.keys(schemas).length !== keys.length) throw new Error(`the config schema has keys ${Object.keys(schemas).join(", ")}; the validator ${keys.join(", ")}`);
  return Object.fromEntries(
    keys.map((key) => {
      if (!schemas[key]) throw new Error(`the config schema has nothing for the key '${key}'`);
      return [key, schemas[key]];
    }),
  );
}

/** The schema as docs/docklintrc.schema.json holds it. */
export function configSchemaText(registry: RuleRegistry): string {
  return `${JSON.stringify(configSchema(registry), null, 2)}\n`;
}

/** A rules entry: a level, or `[level, ...options]`. */
function entrySchema(options: Schema[]): Schema {
  return {
    anyOf: [ref("level"), { type: "array", items: [ref("level"), ...options], additionalItems: false, minItems: 1 }],
  };
}

/** What a rule's `meta.schema` allows after the level, one schema per option (see schema.ts). */
function optionSchemas(id: string, schema: JSONSchema4 | JSONSchema4[] | false | undefined): Schema[] {
  if (schema === undefined || schema === false) return [];
  if (Array.isArray(schema)) return schema;
  throw new Error(`rule '${id}' has an options schema that is not a list: the config schema cannot express it`);
}

/** What an alias takes: a level alone when it names one message or no rule, else what each rule it names takes. */
function aliasSchema(targets: RuleTarget[]): Schema {
  if (!targets.length || targets.some((t) => t.messageId)) return ref("level-only");
  const ids = [...new Set(targets.map((t) => t.id))];
  return ids.length === 1 ? ref(`rule:${ids[0]}`) : { allOf: ids.map((id) => ref(`rule:${id}`)) };
}

/** `DL3008` as `[Dd][Ll]3008`: a pattern that matches the name in any case (JSON schema patterns have no flags). */
function anyCase(name: string): string {
  return [...name].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"))).join("");
}
