// hadolint's environment variables (HADOLINT_IGNORE, HADOLINT_FAILURE_THRESHOLD, ...), read with
// the syntax hadolint's README gives them, as rule entries and run options. The command applies
// them over config files and under its flags. A value docklint cannot read is an error naming the
// variable, where hadolint would drop it without a word.
import { DocklintError } from "../engine/errors.js";
import type { RuleRegistry } from "../engine/registry.js";
import type { Setting } from "../engine/rule.js";
import { FORMAT_NAMES } from "../format/names.js";
import { ruleEntryError, type RuleEntry, type RunOptions } from "./config.js";
import { docklintFormat, docklintThreshold } from "./hadolint.js";

/** The variables that hold comma-separated rule codes, and the level each gives them. */
const LEVEL_LISTS: Record<string, Setting> = {
  HADOLINT_IGNORE: "off",
  HADOLINT_OVERRIDE_ERROR: "error",
  HADOLINT_OVERRIDE_WARNING: "warning",
  HADOLINT_OVERRIDE_INFO: "info",
  HADOLINT_OVERRIDE_STYLE: "style",
};

/** hadolint's truthy values; it takes anything else as false, docklint only these. */
const TRUE = ["1", "y", "yes", "on", "true"];
const FALSE = ["", "0", "n", "no", "off", "false"];

export interface HadolintEnvironment {
  /** Rule entries, in the order hadolint applies them: rule options, then levels. */
  rules: Record<string, RuleEntry>;
  /** Only what a variable sets. */
  run: RunOptions;
}

export function readHadolintEnvironment(env: Readonly<Record<string, string | undefined>>, registry: RuleRegistry): HadolintEnvironment {
  const fail = (variable: string, reason: string): never => {
    throw new DocklintError("usage", `${variable}: ${reason}.`);
  };
  const list = (variable: string): string[] =>
    (env[variable] ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);
  const boolean = (variable: string): boolean | undefined => {
    const value = env[variable];
    if (value === undefined) return undefined;
    const word = value.trim().toLowerCase();
    if (TRUE.includes(word)) return true;
    if (FALSE.includes(word)) return false;
    return fail(variable, `expected 1, true, yes, on or y (or 0, false, no, off, n), not '${value}'`);
  };
  const rules: Record<string, RuleEntry> = {};
  const setRule = (variable: string, name: string, entry: RuleEntry) => {
    const error = ruleEntryError(name, entry, registry);
    if (error) fail(variable, error);
    rules[name] = entry;
  };

  const registries = list("HADOLINT_TRUSTED_REGISTRIES");
  if (registries.length) setRule("HADOLINT_TRUSTED_REGISTRIES", "trusted-registries", ["error", { registries }]);
  const labels: Record<string, string> = {};
  for (const pair of list("HADOLINT_REQUIRE_LABELS")) {
    const colon = pair.indexOf(":");
    if (colon <= 0) fail("HADOLINT_REQUIRE_LABELS", `takes LABEL:FORMAT pairs separated by commas, not '${pair}'`);
    labels[pair.slice(0, colon).trim()] = pair.slice(colon + 1).trim();
  }
  const strict = boolean("HADOLINT_STRICT_LABELS");
  if (Object.keys(labels).length || strict) setRule("HADOLINT_REQUIRE_LABELS", "label-schema", ["info", { labels, strict: strict === true }]);
  for (const [variable, level] of Object.entries(LEVEL_LISTS)) {
    for (const code of list(variable)) {
      if (!registry.knows(code)) fail(variable, `'${code}' is no docklint rule or alias and no hadolint code`);
      rules[code] = level;
    }
  }

  const run: RunOptions = {};
  const noFail = boolean("HADOLINT_NOFAIL");
  if (noFail !== undefined) run.noFail = noFail;
  const disablePragmas = boolean("HADOLINT_DISABLE_IGNORE_PRAGMA");
  if (disablePragmas !== undefined) run.hadolintPragmas = !disablePragmas;
  const threshold = env.HADOLINT_FAILURE_THRESHOLD;
  if (threshold !== undefined) {
    run.failureThreshold = docklintThreshold(threshold.trim()) ?? fail("HADOLINT_FAILURE_THRESHOLD", `expected error, warning, info, style, ignore or none, not '${threshold}'`);
  }
  const formats = list("HADOLINT_FORMAT").map((name) => {
    const format = docklintFormat(name);
    return FORMAT_NAMES.some((known) => known === format) ? format : fail("HADOLINT_FORMAT", `docklint has no format '${name}': use tty, json, gitlab_codeclimate or one of docklint's (${FORMAT_NAMES.join(", ")})`);
  });
  if (formats.length) run.formats = formats;
  return { rules, run };
}
