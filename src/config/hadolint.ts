// hadolint's .hadolint.yaml read as a docklint config, so a team switching keeps its file:
// `ignored` and `override` become rule levels, `trustedRegistries` and `label-schema` the
// options of the rules that check them, and the run-wide keys become run options.
import type { RuleRegistry } from "../engine/registry.js";
import type { Level } from "../engine/rule.js";
import { shown, type Config, type RuleEntry, type RunOptions } from "./config.js";

const LEVEL_KEYS: Level[] = ["error", "warning", "info", "style"];
const KEYS = new Set([
  "ignored",
  "override",
  "failure-threshold",
  "trustedRegistries",
  "label-schema",
  "strict-labels",
  "disable-ignore-pragma",
  "no-fail",
  "format",
  "no-color",
  "verbose",
]);
const BOOLEAN_KEYS = ["strict-labels", "disable-ignore-pragma", "no-fail", "no-color", "verbose"];
/** hadolint's format names that docklint has under another name (checkstyle, codacy, codeclimate, gnu, junit, sarif and sonarqube keep theirs). */
const FORMATS: Record<string, string> = { tty: "stylish", json: "hadolint-json", gitlab_codeclimate: "gitlab" };
const THRESHOLDS = ["error", "warning", "info", "style", "none"] as const;

/** docklint's name for a hadolint output format (`tty` is `stylish`); others keep their name. */
export function docklintFormat(hadolintName: string): string {
  return FORMATS[hadolintName] ?? hadolintName;
}

/** A hadolint failure threshold as docklint's (`ignore` is `none`), or null when it is none of them. */
export function docklintThreshold(value: unknown): RunOptions["failureThreshold"] | null {
  const threshold = value === "ignore" ? "none" : value;
  return THRESHOLDS.find((t) => t === threshold) ?? null;
}

export interface HadolintConfig {
  config: Config;
  run: RunOptions;
  /** Ids the file names that neither docklint nor hadolint has: reported, not fatal, as hadolint accepts them. */
  warnings: string[];
}

export function fromHadolintConfig(raw: unknown, file: string, registry: RuleRegistry, fail: (message: string) => never): HadolintConfig {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail("it must be a mapping");
  const h = raw as Record<string, unknown>;
  for (const key of Object.keys(h)) if (!KEYS.has(key)) fail(`unknown key '${key}' (hadolint's keys: ${[...KEYS].join(", ")})`);
  for (const key of BOOLEAN_KEYS) if (h[key] !== undefined && typeof h[key] !== "boolean") fail(`'${key}' must be true or false, not ${shown(h[key])}`);
  const rules: Record<string, RuleEntry> = {};
  const warnings: string[] = [];
  const names = (key: string, value: unknown): string[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) fail(`'${key}' must be a list of rule codes`);
    return (value as string[]).filter((name) => {
      // a code hadolint retired (DL3031) is kept: it sets nothing, as in hadolint
      if (registry.knows(name)) return true;
      warnings.push(`${file}: ${key} names '${name}', which neither docklint nor hadolint has; ignored.`);
      return false;
    });
  };

  // hadolint takes one registry or a list
  const registries = typeof h.trustedRegistries === "string" ? [h.trustedRegistries] : h.trustedRegistries;
  if (registries !== undefined) {
    if (!Array.isArray(registries) || !registries.every((r) => typeof r === "string")) fail("'trustedRegistries' must be a registry or a list of registries");
    if (registry.get("trusted-registries")) rules["trusted-registries"] = ["error", { registries }];
  }
  const labels = h["label-schema"];
  if (labels !== undefined) {
    if (typeof labels !== "object" || labels === null || Array.isArray(labels)) fail("'label-schema' must map label names to formats");
    if (registry.get("label-schema")) rules["label-schema"] = ["info", { labels, strict: h["strict-labels"] === true }];
  }
  for (const name of names("ignored", h.ignored)) rules[name] = "off";
  const override = h.override;
  if (override !== undefined) {
    if (typeof override !== "object" || override === null || Array.isArray(override)) fail("'override' must map levels to lists of rule codes");
    for (const key of Object.keys(override)) if (!LEVEL_KEYS.includes(key as Level)) fail(`unknown key 'override.${key}' (expected error, warning, info, style)`);
    for (const level of LEVEL_KEYS) for (const name of names(`override.${level}`, (override as Record<string, unknown>)[level])) rules[name] = level;
  }

  if (h.format !== undefined && typeof h.format !== "string") fail(`'format' must be a format name, not ${shown(h.format)}`);
  const run: RunOptions = {};
  const threshold = h["failure-threshold"];
  if (threshold !== undefined) {
    run.failureThreshold = docklintThreshold(threshold) ?? fail(`'failure-threshold' must be error, warning, info, style, ignore or none, not ${shown(threshold)}`);
  }
  if (h["no-fail"] === true) run.noFail = true;
  if (h["disable-ignore-pragma"] === true) run.hadolintPragmas = false;
  if (h.format !== undefined) {
    run.formats = [docklintFormat(h.format)];
  }
  return { config: { rules }, run, warnings };
}
