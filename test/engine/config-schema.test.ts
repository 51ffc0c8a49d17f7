// The config's JSON schema (docs/docklintrc.schema.json) is the one npm run docs generates, and an
// editor checking a file with it accepts and rejects what docklint's validator does.
import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { validateConfig } from "../../src/config/config.js";
import { configSchemaText } from "../../src/config/json-schema.js";
import { DocklintError } from "../../src/engine/errors.js";
import { ruleRegistry } from "../../src/lint-session.js";

const registry = ruleRegistry();
const committed = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "docs", "docklintrc.schema.json"), "utf8");
// the schema lists each alias by name (for completion) and by an any-case pattern, and gives
// tuples of [level, ...options] without a fixed length: both fine for JSON schema, not for ajv's strict mode
const validate = new Ajv({ allowMatchingProperties: true, strictTuples: false }).compile(JSON.parse(committed));

function docklintAccepts(config: unknown): boolean {
  try {
    validateConfig(config, "/p/.docklintrc.json", registry);
    return true;
  } catch (error) {
    if (error instanceof DocklintError) return false;
    throw error;
  }
}

const VALID: unknown[] = [
  {},
  { $schema: "./node_modules/docklint/docs/docklintrc.schema.json", extends: "all" },
  { extends: "recommended" },
  { rules: { "apt-pin-versions": "off", DL3059: "error", dl3015: "style", JSONArgsRecommended: "info", ckv_docker_9: "warning" } },
  { rules: { "pip-no-cache-dir": ["error"], DL3008: ["off"] } },
  { rules: { "trusted-registries": ["error", { registries: ["docker.io", "*.corp.example.com"] }] } },
  { rules: { DL3026: ["warning", { registries: [] }] } },
  { rules: { "label-schema": ["info", { labels: { version: "semver", owner: "text" }, strict: true }] } },
  { rules: { SC2086: "off", sc1000: ["info"], DL3052: "error" } },
  { rules: { DL3031: "off", dl3005: ["error"] } },
  { rules: { MultipleInstructionsDisallowed: ["error"], CKV_DOCKER_7: "off" } },
  { settings: { context: "..", something: { a: 1 } } },
  { overrides: [{ files: "ci/**", rules: { dockerignore: "off" } }, { files: ["a/**", "b/Dockerfile"], settings: { context: "b" } }, { files: [] }] },
];

const INVALID: unknown[] = [
  [],
  "rules: {}",
  { rule: {} },
  { $schema: 3 },
  { extends: "strict" },
  { rules: [] },
  { rules: { "no-such-rule": "off" } },
  { rules: { DL3999: "off" } },
  { rules: { SC: "off" } },
  { rules: { "Apt-Pin-Versions": "off" } },
  { rules: { "apt-pin-versions": "loud" } },
  { rules: { "apt-pin-versions": 2 } },
  { rules: { "apt-pin-versions": null } },
  { rules: { "apt-pin-versions": [] } },
  { rules: { "apt-pin-versions": ["error", {}] } },
  { rules: { "trusted-registries": ["error", { registries: "docker.io" }] } },
  { rules: { "trusted-registries": ["error", { registry: ["docker.io"] }] } },
  { rules: { "trusted-registries": ["error", {}, {}] } },
  { rules: { DL3026: ["error", { registries: [1] }] } },
  { rules: { "label-schema": ["info", { labels: { version: "semverish" } }] } },
  { rules: { "label-schema": ["info", { strict: "yes" }] } },
  { rules: { SC2086: ["error", {}] } },
  { rules: { DL3031: ["off", 1] } },
  { settings: [] },
  { settings: "context" },
  { settings: { context: 3 } },
  { overrides: {} },
  { overrides: [[]] },
  { overrides: [{ rules: {} }] },
  { overrides: [{ files: 3 }] },
  { overrides: [{ files: ["a", 1] }] },
  { overrides: [{ files: "x", rulez: {} }] },
  { overrides: [{ files: "x", rules: { nope: "off" } }] },
  { overrides: [{ files: "x", settings: { context: false } }] },
];

describe("docs/docklintrc.schema.json", () => {
  it("is current (npm run docs)", () => {
    expect(committed).toBe(configSchemaText(registry));
  });

  it("names every rule, alias and hadolint code as a key, for completion", () => {
    const keys = Object.keys(JSON.parse(committed).definitions.rules.properties);
    expect(keys).toEqual(expect.arrayContaining([...registry.ids(), "DL3008", "JSONArgsRecommended", "CKV_DOCKER_9", "DL3031"]));
  });

  it.each(VALID.map((config) => [JSON.stringify(config), config]))("accepts what docklint accepts: %s", (_, config) => {
    expect(docklintAccepts(config)).toBe(true);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(INVALID.map((config) => [JSON.stringify(config), config]))("rejects what docklint rejects: %s", (_, config) => {
    expect(docklintAccepts(config)).toBe(false);
    expect(validate(config)).toBe(false);
  });
});
