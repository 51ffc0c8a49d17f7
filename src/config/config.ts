// docklint's configuration: finding and loading config files, validating them, and resolving
// the rules, levels, options and settings that apply to one file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DocklintError, ioReason } from "../engine/errors.js";
import { DEFAULT_MAX_FILE_SIZE, readRegularFile } from "../source/read-file.js";
import type { UnsavedTexts } from "../source/unsaved-texts.js";
import type { ActiveRule } from "../engine/linter.js";
import type { RuleRegistry } from "../engine/registry.js";
import { isRecommended, LEVELS, type Level, type Setting, type Threshold } from "../engine/rule.js";
import { filesMatcher, globProblem } from "./file-globs.js";
import { fromHadolintConfig } from "./hadolint.js";
import { validateOptions } from "./schema.js";

export type RuleEntry = Setting | [Setting, ...unknown[]];
export type Preset = "recommended" | "all";

export interface Settings {
  /** The build context directory (default: the Dockerfile's directory). */
  context?: string;
  [key: string]: unknown;
}

export interface Config {
  $schema?: string;
  extends?: Preset;
  rules?: Record<string, RuleEntry>;
  settings?: Settings;
  overrides?: { files: string | string[]; rules?: Record<string, RuleEntry>; settings?: Settings }[];
}

/** Settings of a whole run rather than of a file; only hadolint's config file and variables carry them. */
export interface RunOptions {
  failureThreshold?: Threshold;
  noFail?: boolean;
  /** Output formats, by docklint's names. */
  formats?: string[];
  /** false: hadolint's `disable-ignore-pragma` */
  hadolintPragmas?: boolean;
}

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or null for the built-in default. */
  file: string | null;
  run?: RunOptions;
  /** Problems worth a line on stderr that do not stop the run. */
  warnings?: string[];
}

export const CONFIG_FILES = [".docklintrc.yaml", ".docklintrc.yml", ".docklintrc.json", "docklint.config.mjs"];
/** Read when no docklint config is found: teams coming from hadolint keep their file. */
export const HADOLINT_FILES = [".hadolint.yaml", ".hadolint.yml"];
/** hadolint's names for a config in a directory of configs (~/.config). */
const USER_FILES = ["hadolint.yaml", "hadolint.yml"];
/** hadolint's names for a config in a directory of its own (~/.hadolint). */
const USER_DIRECTORY_FILES = [...USER_FILES, "config.yaml", "config.yml"];
/** Whether docklint may read `file` as a config when it finds one: by its name, any of the names above. */
export function hasConfigName(file: string): boolean {
  const name = path.basename(file);
  return CONFIG_FILES.includes(name) || HADOLINT_FILES.includes(name) || USER_DIRECTORY_FILES.includes(name);
}
/** `$schema`: where an editor finds the JSON schema of the file (docs/docklintrc.schema.json). */
export const TOP_KEYS = ["$schema", "extends", "rules", "settings", "overrides"];
export const OVERRIDE_KEYS = ["files", "rules", "settings"];
export const PRESETS: readonly Preset[] = ["recommended", "all"];

/**
 * The nearest docklint config from `dir` upward; failing that the nearest .hadolint.yaml upward,
 * then one in the working directory (where hadolint itself looks first), then hadolint's own
 * config of the user; else null.
 */
export function findConfigFile(dir: string, cwd = process.cwd(), env: Readonly<Record<string, string | undefined>> = process.env, unsaved?: UnsavedTexts): string | null {
  return findUpward(dir, CONFIG_FILES, true, unsaved) ?? findUpward(dir, HADOLINT_FILES, true, unsaved) ?? findUpward(cwd, HADOLINT_FILES, false, unsaved) ?? userHadolintConfig(env);
}

/**
 * The first of hadolint's config files of the user, in hadolint's order (its README and its
 * Configfile.hs): $XDG_CONFIG_HOME (on Windows %LOCALAPPDATA%), ~/.config, ~/.hadolint, then home.
 */
export function userHadolintConfig(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const home = os.homedir();
  const configHome = process.platform === "win32" ? env.LOCALAPPDATA : env.XDG_CONFIG_HOME;
  const places: [string, string[]][] = [
    // the XDG spec has a relative XDG_CONFIG_HOME ignored
    ...(configHome && path.isAbsolute(configHome) ? [[configHome, USER_FILES] as [string, string[]]] : []),
    [path.join(home, ".config"), USER_FILES],
    [path.join(home, ".hadolint"), USER_DIRECTORY_FILES],
    [home, HADOLINT_FILES],
  ];
  for (const [dir, names] of places) {
    const found = names.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
    if (found) return found;
  }
  return null;
}

function findUpward(dir: string, names: string[], upward = true, unsaved?: UnsavedTexts): string | null {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of names) {
      const candidate = path.join(current, name);
      if (unsaved?.get(candidate) !== undefined || fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (!upward || parent === current) return null;
    current = parent;
  }
}

/**
 * A hadolint config: named for hadolint (`.hadolint.yaml`, `ci-hadolint.yml`), or
 * ~/.hadolint/config.yaml. Not one regex: one backtracked over names holding `hadolint` many times.
 */
function isHadolintFile(file: string): boolean {
  const name = path.basename(file).toLowerCase();
  const extension = /\.ya?ml$/.exec(name);
  if (extension === null) return false;
  return name.slice(0, extension.index).includes("hadolint") || (name.slice(0, extension.index) === "config" && path.basename(path.dirname(file)) === ".hadolint");
}

/** Given by the command's loader (src/cli/bin.ts): code V8 read from its cache has no import() of its own. */
declare const __docklintImport: ((url: string) => Promise<unknown>) | undefined;
const importModule = (url: string): Promise<unknown> => (typeof __docklintImport === "function" ? __docklintImport(url) : import(url));

/**
 * yaml is loaded only when a YAML config exists: it costs start-up time otherwise. Bundled, the
 * CommonJS package's functions sit on `default`; from source, on the namespace.
 */
async function loadYaml(): Promise<{ parse(text: string): unknown }> {
  const yaml = (await import("yaml")) as { parse?: (text: string) => unknown; default?: { parse(text: string): unknown } };
  return yaml.parse ? { parse: yaml.parse } : yaml.default!;
}

/** `unsaved`: an editor's texts, read before the disk (not for a JavaScript config, which is imported). */
export async function loadConfigFile(file: string, registry: RuleRegistry, unsaved?: UnsavedTexts): Promise<LoadedConfig> {
  let raw: unknown;
  let text = "";
  try {
    // a FIFO or a device would hang or flood the read (or the import)
    text = unsaved?.get(file) ?? readRegularFile(file, DEFAULT_MAX_FILE_SIZE).bytes.toString("utf8");
    if (file.endsWith(".mjs") || file.endsWith(".js")) {
      raw = ((await importModule(pathToFileURL(path.resolve(file)).href)) as { default?: unknown }).default;
    } else {
      raw = file.endsWith(".json") ? JSON.parse(text) : (await loadYaml()).parse(text);
    }
  } catch (error) {
    throw new DocklintError("config", `Cannot read config ${file}: ${whyUnreadable(error, text)}`);
  }
  if (isHadolintFile(file)) {
    const fail = (message: string): never => {
      throw new DocklintError("config", `Invalid hadolint config ${file}: ${message}`);
    };
    const { config, run, warnings } = fromHadolintConfig(raw ?? {}, file, registry, fail);
    return { config: validateConfig(config, file, registry), file, run, warnings };
  }
  return { config: validateConfig(raw ?? {}, file, registry), file };
}

/**
 * Why a config did not load, in one line. YAML's message ends its first line with a colon and
 * quotes the offending line below it: that line is kept, quoted, so the reason is complete.
 */
function whyUnreadable(error: unknown, text: string): string {
  if (!(error instanceof Error)) return String(error);
  // a file system error: its reason in words (the message repeats the path, which may hold line breaks)
  if ((error as NodeJS.ErrnoException).syscall) return ioReason(error);
  const [first] = error.message.split("\n");
  const at = (error as { linePos?: { line: number }[] }).linePos?.[0];
  if (!at) return first;
  const line = text.split(/\r\n|\r|\n/)[at.line - 1]?.trim() ?? "";
  const quoted = line.length > 80 ? `${line.slice(0, 80)}…` : line;
  return first.replace(/:$/, "") + (quoted ? `: ${JSON.stringify(quoted)}` : "");
}

export function validateConfig(raw: unknown, file: string, registry: RuleRegistry): Config {
  const fail = (message: string): never => {
    throw new DocklintError("config", `Invalid config ${file}: ${message}`);
  };
  if (!isMapping(raw)) return fail("it must be a mapping");
  const config = raw;
  for (const key of Object.keys(config)) if (!TOP_KEYS.includes(key)) fail(`unknown key '${key}' (expected ${TOP_KEYS.join(", ")})`);
  if (config.$schema !== undefined && typeof config.$schema !== "string") fail("'$schema' must be the URL or path of the JSON schema");
  if (config.extends !== undefined && !PRESETS.includes(config.extends as Preset)) fail(`'extends' must be ${PRESETS.join(" or ")}, not ${shown(config.extends)}`);
  if (config.settings !== undefined) validateSettings(config.settings, "settings", fail);
  if (config.rules !== undefined) validateRules(config.rules, "rules", registry, fail);
  if (config.overrides !== undefined) {
    if (!Array.isArray(config.overrides)) fail("'overrides' must be a list");
    (config.overrides as unknown[]).forEach((override, i) => {
      if (!isMapping(override)) return fail(`overrides[${i}] must be a mapping`);
      for (const key of Object.keys(override)) if (!OVERRIDE_KEYS.includes(key)) fail(`unknown key 'overrides[${i}].${key}'`);
      const files = override.files;
      if (typeof files !== "string" && !(Array.isArray(files) && files.every((f) => typeof f === "string"))) {
        fail(`overrides[${i}].files must be a glob or a list of globs`);
      } else {
        for (const glob of typeof files === "string" ? [files] : files) {
          const problem = globProblem(glob);
          if (problem) fail(`overrides[${i}].files: the glob ${JSON.stringify(glob.slice(0, 80))} ${problem}`);
        }
      }
      if (override.rules !== undefined) validateRules(override.rules, `overrides[${i}].rules`, registry, fail);
      if (override.settings !== undefined) validateSettings(override.settings, `overrides[${i}].settings`, fail);
    });
  }
  return config as Config;
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The settings docklint reads, and the type each must have; other keys are left to rules. */
const SETTING_TYPES: Record<string, { is: (value: unknown) => boolean; expected: string }> = {
  context: { is: (v) => typeof v === "string", expected: "a directory (a string)" },
  trustedRegistries: { is: (v) => Array.isArray(v) && v.every((r) => typeof r === "string"), expected: "a list of registries" },
};

function validateSettings(settings: unknown, where: string, fail: (m: string) => never): void {
  if (!isMapping(settings)) return fail(`'${where}' must be a mapping`);
  for (const [key, value] of Object.entries(settings)) {
    const type = SETTING_TYPES[key];
    if (type && !type.is(value)) fail(`'${where}.${key}' must be ${type.expected}`);
  }
}

/** A config value in a message: a string as written, anything else as JSON. */
export function shown(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : JSON.stringify(value);
}

function validateRules(rules: unknown, where: string, registry: RuleRegistry, fail: (m: string) => never): void {
  if (typeof rules !== "object" || rules === null || Array.isArray(rules)) fail(`'${where}' must be a mapping`);
  for (const [name, entry] of Object.entries(rules as Record<string, unknown>)) {
    const error = ruleEntryError(name, entry, registry);
    if (error) fail(`${where}.${name}: ${error}`);
  }
}

/** Why a `rules` entry is invalid, or null. Shared by config files and `--rule`. */
export function ruleEntryError(name: string, entry: unknown, registry: RuleRegistry): string | null {
  if (!registry.knows(name)) return `unknown rule '${name}'`;
  const targets = registry.targets(name);
  const ids = targets.map((t) => t.id);
  const [level, ...options] = Array.isArray(entry) ? entry : [entry];
  if (level !== "off" && !LEVELS.includes(level as Level)) return `level must be one of ${[...LEVELS, "off"].join(", ")}, not '${String(level)}'`;
  // a code hadolint retired (DL3031): the entry is valid and sets nothing
  if (!targets.length) return options.length ? `'${name}' stands for no docklint rule: it takes a level, not options` : null;
  if (targets.some((t) => t.messageId) && options.length) return `'${name}' names one check of ${ids[0]}: it takes a level, not options`;
  for (const id of ids) {
    const error = validateOptions(options, registry.get(id)!.meta.schema);
    if (error) return error;
  }
  return null;
}

export interface ResolveOptions {
  registry: RuleRegistry;
  /** `--rule ID=LEVEL`, applied last. */
  cliRules?: Record<string, RuleEntry>;
  /** `--context DIR` */
  context?: string;
}

export interface ResolvedConfig {
  rules: ActiveRule[];
  settings: Settings;
}

/** The rules and settings for one file under a loaded config. */
export async function resolveForFile(filePath: string, loaded: LoadedConfig, options: ResolveOptions): Promise<ResolvedConfig> {
  const { registry } = options;
  const { config, file } = loaded;
  const baseDir = file ? path.dirname(file) : process.cwd();
  const levels = new Map<string, { setting: Setting; options: unknown[] }>();
  for (const { id, rule } of registry.rules) {
    const on = config.extends === "all" || isRecommended(rule);
    levels.set(id, { setting: on ? rule.meta.defaultLevel : "off", options: [] });
  }
  const messageLevels = new Map<string, Record<string, Setting>>();
  const apply = (rules: Record<string, RuleEntry> | undefined) => {
    for (const [name, entry] of Object.entries(rules ?? {})) {
      const [setting, ...ruleOptions] = Array.isArray(entry) ? entry : [entry];
      for (const { id, messageId } of registry.targets(name)) {
        if (messageId) {
          messageLevels.set(id, { ...messageLevels.get(id), [messageId]: setting });
          continue;
        }
        const previous = levels.get(id)!;
        levels.set(id, { setting, options: ruleOptions.length ? ruleOptions : previous.options });
      }
    }
  };
  let settings: Settings = { ...config.settings };
  if (settings.context) settings.context = path.resolve(baseDir, settings.context);
  apply(config.rules);
  const relative = path.relative(baseDir, path.resolve(filePath)).split(path.sep).join("/");
  for (const override of config.overrides ?? []) {
    const globs = Array.isArray(override.files) ? override.files : [override.files];
    if (!filesMatcher(globs)(relative)) continue;
    apply(override.rules);
    if (override.settings) {
      settings = { ...settings, ...override.settings };
      if (override.settings.context) settings.context = path.resolve(baseDir, override.settings.context);
    }
  }
  apply(options.cliRules);
  if (options.context) settings.context = path.resolve(options.context);
  const rules: ActiveRule[] = [];
  for (const { id, rule } of registry.rules) {
    const { setting, options: ruleOptions } = levels.get(id)!;
    if (setting !== "off") rules.push({ id, rule, level: setting, options: ruleOptions, ...(messageLevels.has(id) ? { messageLevels: messageLevels.get(id) } : {}) });
  }
  return { rules, settings };
}
