// One linting run: the rule registry, config files found per directory, and the steps from a
// file's text to its result (with fixes when asked). The CLI and the library API both use it.
import fs from "node:fs";
import path from "node:path";
import { allRules } from "../rules/index.js";
import { findConfigFile, loadConfigFile, resolveForFile, ruleEntryError, validateConfig, type Config, type ResolvedConfig, type RunOptions, type LoadedConfig, type RuleEntry } from "./config/config.js";
import { DocklintError } from "./engine/errors.js";
import { applyFixes } from "./engine/fix.js";
import { lintText as lintWithRules, type LintOutcome } from "./engine/linter.js";
import { RuleRegistry } from "./engine/registry.js";
import { summarize, type FileResult } from "./engine/result.js";
import { loadShellParser } from "./shell/bash-parser.js";
import { createSource, withBom } from "./source/source.js";

export interface SessionOptions {
  cwd?: string;
  /** An explicit config file (`--config`). */
  configFile?: string;
  /** A config object, used instead of any file. */
  config?: Config;
  /** `--no-config`: built-in defaults only. */
  noConfig?: boolean;
  /** `--rule` entries, applied after the config. */
  rules?: Record<string, RuleEntry>;
  /** `--context DIR` */
  context?: string;
  /** `--timing`: add up each rule's time in `timings`. */
  timing?: boolean;
}

export interface FixedResult extends FileResult {
  /** Rules whose fixes were refused because the result got worse. */
  rejectedFixes: { ruleId: string; reason: string }[];
}

/** A result with what else the lint of one text produced. */
export interface LintDetails {
  result: FixedResult;
  /** The rules' notices for this text (each once). */
  notices: string[];
  /** Files the findings depend on besides the text (`RuleContext.dependsOn`). */
  inputs: string[];
}

const DEFAULT_CONFIG: LoadedConfig = { config: {}, file: null };

let registry: RuleRegistry | null = null;

/** Every rule, by id and alias (built once). */
export function ruleRegistry(): RuleRegistry {
  return (registry ??= new RuleRegistry(allRules));
}

export class LintSession {
  readonly registry = ruleRegistry();
  readonly cwd: string;
  private readonly configs = new Map<string, Promise<LoadedConfig>>();
  private explicit: Promise<LoadedConfig> | null = null;
  private readonly resolvedConfigs = new Map<LoadedConfig, ResolvedConfig>();
  /** With the timing option: milliseconds per rule over the run. */
  readonly timings = new Map<string, number>();
  /** With the timing option: milliseconds per phase (parse, shell, rules; callers add read, format, ...). */
  readonly phases = new Map<string, number>();
  /** Rules' notices, each once per run. */
  readonly notices = new Set<string>();

  constructor(readonly options: SessionOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    for (const [name, entry] of Object.entries(options.rules ?? {})) {
      const error = ruleEntryError(name, entry, this.registry);
      if (error) throw new DocklintError("config", `Invalid --rule ${name}: ${error}.`);
    }
    if (options.config) this.explicit = Promise.resolve({ config: validateConfig(options.config, "(options)", this.registry), file: null });
    else if (options.configFile) this.explicit = loadConfigFile(path.resolve(this.cwd, options.configFile), this.registry);
  }

  /** The config that applies to a file (found upward from its directory). */
  configFor(filePath: string): Promise<LoadedConfig> {
    if (this.explicit) return this.explicit;
    if (this.options.noConfig) return Promise.resolve(DEFAULT_CONFIG);
    const dir = path.dirname(path.resolve(this.cwd, filePath));
    let loaded = this.configs.get(dir);
    if (!loaded) {
      const file = findConfigFile(dir, this.cwd);
      loaded = file ? loadConfigFile(file, this.registry) : Promise.resolve(DEFAULT_CONFIG);
      this.configs.set(dir, loaded);
    }
    return loaded;
  }

  /** Run-wide options (failure threshold, format, ...) from the config that applies to the working directory. */
  async runOptions(): Promise<RunOptions> {
    return (await this.configFor(path.join(this.cwd, "Dockerfile"))).run ?? {};
  }

  /** Warnings of every config read so far, each once. */
  async configWarnings(): Promise<string[]> {
    // a config that failed to load was reported with the files it applies to
    const settled = await Promise.allSettled([...this.configs.values(), ...(this.explicit ? [this.explicit] : [])]);
    const loaded = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    return [...new Set(loaded.flatMap((l) => l.warnings ?? []))];
  }

  /** The rules, levels, options and settings for one file, with the session's overrides. */
  async resolve(filePath: string): Promise<ResolvedConfig & { file: string | null; extends: string; hadolintPragmas: boolean }> {
    const loaded = await this.configFor(filePath);
    // without overrides a config resolves the same for every file: once per config
    const shared = !loaded.config.overrides?.length;
    const cached = shared ? this.resolvedConfigs.get(loaded) : undefined;
    const resolved =
      cached ??
      resolveForFile(path.resolve(this.cwd, filePath), loaded, {
        registry: this.registry,
        cliRules: this.options.rules,
        context: this.options.context,
      });
    if (shared && !cached) this.resolvedConfigs.set(loaded, resolved);
    return { ...resolved, file: loaded.file, extends: loaded.config.extends ?? "recommended", hadolintPragmas: loaded.run?.hadolintPragmas ?? true };
  }

  async lint(text: string, filePath: string, options: { fix?: boolean } = {}): Promise<FixedResult> {
    const { result, notices } = await this.lintWithDetails(text, filePath, options);
    for (const notice of notices) this.notices.add(notice);
    return result;
  }

  /** Adds milliseconds to a phase's total (with the timing option). */
  addTime(phase: string, ms: number): void {
    this.phases.set(phase, (this.phases.get(phase) ?? 0) + ms);
  }

  async lintWithDetails(text: string, filePath: string, { fix = false } = {}): Promise<LintDetails> {
    const resolved = await this.resolve(filePath);
    await loadShellParser();
    const absolute = path.resolve(this.cwd, filePath);
    const notices = new Set<string>();
    const inputs = new Set<string>();
    const lint = (t: string): LintOutcome => {
      const outcome = lintWithRules(t, {
        filename: absolute,
        cwd: this.cwd,
        rules: resolved.rules,
        registry: this.registry,
        settings: resolved.settings,
        hadolintPragmas: resolved.hadolintPragmas,
        timing: this.options.timing,
      });
      for (const notice of outcome.notices) notices.add(notice);
      for (const input of outcome.inputs) inputs.add(input);
      for (const [id, ms] of Object.entries(outcome.timings ?? {})) this.timings.set(id, (this.timings.get(id) ?? 0) + ms);
      for (const [phase, ms] of Object.entries(outcome.phases ?? {})) this.addTime(phase, ms);
      return outcome;
    };
    const details = (result: FixedResult): LintDetails => ({ result, notices: [...notices], inputs: [...inputs] });
    if (!fix) return details({ ...summarize(filePath, lint(text).findings), rejectedFixes: [] });
    const source = createSource(text);
    const fixed = applyFixes(source.text, lint);
    const result: FixedResult = { ...summarize(filePath, fixed.findings), rejectedFixes: fixed.rejected };
    if (fixed.changed) result.output = withBom(source, fixed.output);
    return details(result);
  }

  /** Reads a file (relative to the session's cwd) as a Dockerfile, refusing what cannot be one. */
  readDockerfile(filePath: string, maxBytes = 10 * 1024 * 1024): string {
    const absolute = path.resolve(this.cwd, filePath);
    let buffer: Buffer;
    try {
      const stat = fs.statSync(absolute);
      if (stat.isDirectory()) throw new DocklintError("io", `${filePath} is a directory.`);
      if (stat.size > maxBytes) throw new DocklintError("io", `${filePath} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; not linted.`);
      buffer = fs.readFileSync(absolute);
    } catch (error) {
      if (error instanceof DocklintError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
      throw new DocklintError("io", `Cannot read ${filePath}: ${reason}.`);
    }
    if (buffer.includes(0)) throw new DocklintError("io", `${filePath} is a binary file, not a Dockerfile.`);
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buffer);
    } catch {
      throw new DocklintError("io", `${filePath} is not valid UTF-8.`);
    }
  }
}
