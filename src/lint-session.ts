// One linting run: the rule registry, config files found per directory, and the steps from a
// file's text to its result (with fixes when asked). The CLI and the library API both use it.
import path from "node:path";
import { allRules } from "../rules/index.js";
import { HADOLINT_CODES } from "./config/hadolint-codes.js";
import { findConfigFile, loadConfigFile, userHadolintConfig, resolveForFile, ruleEntryError, validateConfig, type Config, type ResolvedConfig, type RunOptions, type LoadedConfig, type RuleEntry } from "./config/config.js";
import { DocklintError, ioReason } from "./engine/errors.js";
import { applyFixes } from "./engine/fix.js";
import { lintText, type LintOutcome } from "./engine/linter.js";
import { parseDockerfile, type ParsedDockerfile } from "./parse/parse.js";
import { RuleRegistry } from "./engine/registry.js";
import { deadlineIn, LIMITS } from "./parse/limits.js";
import { summarize, type FileResult } from "./engine/result.js";
import { loadShellParser, ShellParserNotLoaded } from "./shell/bash-parser.js";
import { createSource, withBom } from "./source/source.js";
import { isWithin, outsideTree, treeOf } from "./source/tree.js";
import type { FileStamp } from "./source/file-stamp.js";
import { DEFAULT_MAX_FILE_SIZE, formatSize, readAtMost, readRegularFile, Refused, type FileRead } from "./source/read-file.js";

export { DEFAULT_MAX_FILE_SIZE, formatSize };

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
  /** Whether `# hadolint ignore=` pragmas count, whatever the config says (HADOLINT_DISABLE_IGNORE_PRAGMA). */
  hadolintPragmas?: boolean;
  /** `--context DIR` */
  context?: string;
  /** `--timing`: add up each rule's time in `timings`. */
  timing?: boolean;
  /** Files larger than this many bytes are refused, not read (default 10 MB). */
  maxFileSize?: number;
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
  /** With --fix and a fixed text: the file as it was read, which it must still be to be written. */
  read?: FileStamp;
}

const DEFAULT_CONFIG: LoadedConfig = { config: {}, file: null };

let registry: RuleRegistry | null = null;

/** Every rule, by id and alias, and every hadolint code (built once). */
export function ruleRegistry(): RuleRegistry {
  return (registry ??= new RuleRegistry(allRules, HADOLINT_CODES));
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
      // found, not named: a link out of its tree could show another file's text in errors. The
      // user's own hadolint config is the user's choice, like a named one (often a dotfiles link).
      const leaves = file && file !== userHadolintConfig() ? outsideTree(file, treeOf(file, this.cwd)) : null;
      const refusal =
        file && /\.m?js$/.test(file) && !inProject(file, this.cwd)
          ? `Not loading ${file}: a docklint.config.mjs is code, run only from the working directory, above or below it (name it with -c to run it).`
          : leaves && `Not reading ${file}: ${leaves} (name it with -c to use it).`;
      if (refusal) {
        loaded = Promise.reject(new DocklintError("config", refusal));
        loaded.catch(() => {}); // reported by whoever awaits it
      } else loaded = file ? loadConfigFile(file, this.registry) : Promise.resolve(DEFAULT_CONFIG);
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
      (await resolveForFile(path.resolve(this.cwd, filePath), loaded, {
        registry: this.registry,
        cliRules: this.options.rules,
        context: this.options.context,
      }));
    if (shared && !cached) this.resolvedConfigs.set(loaded, resolved);
    return { ...resolved, file: loaded.file, extends: loaded.config.extends ?? "recommended", hadolintPragmas: this.options.hadolintPragmas ?? loaded.run?.hadolintPragmas ?? true };
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
    let parsed: ParsedDockerfile | undefined;
    const start = performance.now();
    try {
      parsed = parseDockerfile(text);
    } catch {
      // too complex to parse: lintText reports it
    }
    if (this.options.timing) this.addTime("parse", performance.now() - start);
    // tree-sitter, the slowest thing to load, only once a script needs it (most are read without
    // it, see simple-script.ts); a fix may add shell code, so fixing loads it first
    if (fix || !parsed) await loadShellParser();
    const absolute = path.resolve(this.cwd, filePath);
    // one deadline for the file, fix passes included
    const deadline = deadlineIn(LIMITS.seconds);
    const notices = new Set<string>();
    const inputs = new Set<string>();
    const lint = (t: string): LintOutcome => {
      const outcome = lintText(t, {
        filename: absolute,
        cwd: this.cwd,
        rules: resolved.rules,
        registry: this.registry,
        settings: resolved.settings,
        hadolintPragmas: resolved.hadolintPragmas,
        timing: this.options.timing,
        deadline,
      }, t === text ? parsed : undefined);
      for (const notice of outcome.notices) notices.add(notice);
      for (const input of outcome.inputs) inputs.add(input);
      for (const [id, ms] of Object.entries(outcome.timings ?? {})) this.timings.set(id, (this.timings.get(id) ?? 0) + ms);
      for (const [phase, ms] of Object.entries(outcome.phases ?? {})) this.addTime(phase, ms);
      return outcome;
    };
    const details = (result: FixedResult): LintDetails => ({ result, notices: [...notices], inputs: [...inputs] });
    if (!fix) {
      let outcome: LintOutcome;
      try {
        outcome = lint(text);
      } catch (error) {
        if (!(error instanceof ShellParserNotLoaded)) throw error;
        await loadShellParser();
        outcome = lint(text);
      }
      return details({ ...summarize(filePath, outcome.findings), rejectedFixes: [] });
    }
    const source = createSource(text);
    const fixed = applyFixes(source.text, lint);
    const result: FixedResult = { ...summarize(filePath, fixed.findings), rejectedFixes: fixed.rejected };
    if (fixed.changed) result.output = withBom(source, fixed.output);
    return details(result);
  }

  /** Reads a file (relative to the session's cwd) as a Dockerfile, refusing what cannot be one. */
  readDockerfile(filePath: string): string {
    return this.readDockerfileFile(filePath).text;
  }

  /** readDockerfile, with the file as it was read (--fix checks it is unchanged before writing). */
  readDockerfileFile(filePath: string): { text: string; read: FileRead } {
    const maxBytes = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    let read: FileRead;
    try {
      read = readRegularFile(path.resolve(this.cwd, filePath), maxBytes);
    } catch (error) {
      if (error instanceof Refused && error.kind === "too-large") throw oversize(filePath, maxBytes);
      throw new DocklintError("io", `Cannot read ${filePath}: ${ioReason(error)}.`);
    }
    return { text: this.decodeDockerfile(read.bytes, filePath), read };
  }

  /** Standard input as a Dockerfile named `name`: read up to the size limit, with the same refusals as a file. */
  readStdin(name: string): string {
    const maxBytes = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    let bytes: Buffer;
    try {
      bytes = readAtMost(0, maxBytes);
    } catch (error) {
      if (error instanceof Refused) throw oversize(name, maxBytes);
      throw new DocklintError("io", `Cannot read ${name}: ${ioReason(error)}.`);
    }
    return this.decodeDockerfile(bytes, name);
  }

  /** Bytes read elsewhere as a Dockerfile: the same refusals as for a file. */
  decodeDockerfile(buffer: Buffer, name: string): string {
    const maxBytes = this.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (buffer.length > maxBytes) throw oversize(name, maxBytes);
    if (buffer.includes(0)) throw new DocklintError("io", `${name} is a binary file, not a Dockerfile.`);
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buffer);
    } catch {
      throw new DocklintError("io", `${name} is not valid UTF-8.`);
    }
  }
}

/**
 * The project a JavaScript config may come from: the working directory, what is below it, and
 * the directories above it (a monorepo's root). Linting a file elsewhere (`docklint
 * ~/Downloads/x/Dockerfile`) must not run code that came with it.
 */
function inProject(file: string, cwd: string): boolean {
  const dir = path.dirname(path.resolve(file));
  return isWithin(dir, cwd) || isWithin(cwd, dir);
}

function oversize(name: string, maxBytes: number): DocklintError {
  return new DocklintError("io", `${name} is larger than ${formatSize(maxBytes)}; not linted (--max-file-size sets the limit).`);
}
