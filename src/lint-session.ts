// One linting run: the rule registry, config files found per directory, and the steps from a
// file's text to its result (with fixes when asked). The CLI and the library API both use it.
import path from "node:path";
import { allRules } from "../rules/index.js";
import { HADOLINT_CODES } from "./config/hadolint-codes.js";
import { findConfigFile, hasConfigName, loadConfigFile, userHadolintConfig, resolveForFile, ruleEntryError, validateConfig, type Config, type ResolvedConfig, type RunOptions, type LoadedConfig, type RuleEntry } from "./config/config.js";
import { DocklintError, ioReason } from "./engine/errors.js";
import { fixSteps, type FixOutcome } from "./engine/fix.js";
import { LaterCheckFailed, type LaterCheckRunner, type LaterCheckStats } from "./engine/later-checks.js";
import { lintText, tooComplexOutcome, type LintOutcome, type PendingChecks } from "./engine/linter.js";
import { runWithin, TimeLimitPassed } from "./engine/time-limit.js";
import { parseDockerfile, type ParsedDockerfile } from "./parse/parse.js";
import { RuleRegistry } from "./engine/registry.js";
import { deadlineIn, LIMITS, seconds, TooComplex, type Deadline, type TimeBudget } from "./parse/limits.js";
import { summarize, type FileResult } from "./engine/result.js";
import { discardShellParser, loadShellParser, ShellParserNotLoaded } from "./shell/bash-parser.js";
import { ShellcheckRunner, type ResultStore } from "./shell/shellcheck-runner.js";
import { createSource, withBom } from "./source/source.js";
import { isWithin, outsideTree, treeOf } from "./source/tree.js";
import type { FileStamp } from "./source/file-stamp.js";
import { DEFAULT_MAX_FILE_SIZE, formatSize, readAtMost, readRegularFile, Refused, type FileRead } from "./source/read-file.js";
import { now } from "./source/clock.js";
import { UnsavedTexts } from "./source/unsaved-texts.js";
import { languageOf } from "./compose-names.js";
import { loadComposeSupport } from "./compose/load.js";
import type { BuildInputs } from "./facts/build-inputs.js";

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
  /** `--build-arg NAME=VALUE`: values for the Dockerfile's ARGs, as `docker build` takes them. */
  buildArgs?: Record<string, string>;
  /** `--target STAGE`: the stage built (default: the last); a file without that stage is a usage error. */
  target?: string;
  /** `--platform os/arch[/variant]`: sets TARGETPLATFORM, TARGETOS, TARGETARCH and TARGETVARIANT. */
  platform?: string;
  /** `--timing`: add up each rule's time in `timings`. */
  timing?: boolean;
  /** Files larger than this many bytes are refused, not read (default 10 MB). */
  maxFileSize?: number;
  /** Seconds one file may take, fixes included, before it stops with a too-complex finding (default 10; an editor may want less). */
  timeLimit?: number;
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

/** The runners of later checks (engine/later-checks.ts), by kind: made when a rule first asks. */
const LATER_CHECK_RUNNERS: Record<string, (options: { store?: ResultStore; processes?: number }) => LaterCheckRunner> = {
  shellcheck: (options) => new ShellcheckRunner(options),
};

/** A text whose walk is done and whose later checks are still to run. */
interface Deferred {
  deferred: true;
  later: PendingChecks;
  budget: TimeBudget;
  /** The file's details once the checks' outcome is in (with fixes, the rest of the fix loop). */
  finish(settled: LintOutcome): LintDetails | Promise<LintDetails>;
  /** Without fixes: the details of the walk alone, all but the later checks' findings. */
  walked?: () => LintDetails;
}

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
  private readonly runners = new Map<string, LaterCheckRunner>();
  /** A later check's result its runner already has: the rule takes it during the walk (LintOptions.resultAtHand). */
  private readonly resultAtHand = (check: { kind: string; input: unknown }): unknown => this.runners.get(check.kind)?.resultAtHand(check.input);
  private readonly workersLaterStats = new Map<string, LaterCheckStats>();
  private readonly unsaved = new UnsavedTexts();
  /** Where runners keep results between runs (--cache), by kind. */
  laterResults: ((kind: string) => ResultStore) | undefined;
  /** Processes each runner may start at once (default: one per spare core); worker threads share the cores. */
  laterProcesses: number | undefined;

  constructor(readonly options: SessionOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    for (const [name, entry] of Object.entries(options.rules ?? {})) {
      const error = ruleEntryError(name, entry, this.registry);
      if (error) throw new DocklintError("config", `Invalid --rule ${name}: ${error}.`);
    }
    if (options.config) this.explicit = Promise.resolve({ config: validateConfig(options.config, "(options)", this.registry), file: null });
    else if (options.configFile) this.explicit = loadConfigFile(path.resolve(this.cwd, options.configFile), this.registry);
  }

  /**
   * An editor's text of a file that is not saved yet (a config file, a .dockerignore, a Dockerfile
   * or Compose file a Compose file reads), read instead of the disk from the next lint on; null
   * when it was saved or closed. When it may be a config, the configs already read are forgotten.
   */
  setUnsaved(file: string, text: string | null): void {
    const resolved = path.resolve(this.cwd, file);
    this.unsaved.set(resolved, text);
    const configFile = this.options.configFile && path.resolve(this.cwd, this.options.configFile);
    if (hasConfigName(resolved) || resolved === configFile) this.forget();
  }

  /**
   * Forgets the config files read so far (found, or named with configFile): the next lint reads
   * them again. A long-lived process (an editor) calls it when one changed; a rule's other inputs
   * (`dependsOn`: a .dockerignore) are read on every lint and need no forgetting.
   */
  forget(): void {
    this.configs.clear();
    this.resolvedConfigs.clear();
    if (this.options.configFile && !this.options.config) this.explicit = loadConfigFile(path.resolve(this.cwd, this.options.configFile), this.registry, this.unsaved);
  }

  /** The config that applies to a file (found upward from its directory). */
  configFor(filePath: string): Promise<LoadedConfig> {
    if (this.explicit) return this.explicit;
    if (this.options.noConfig) return Promise.resolve(DEFAULT_CONFIG);
    const dir = path.dirname(path.resolve(this.cwd, filePath));
    let loaded = this.configs.get(dir);
    if (!loaded) {
      const file = findConfigFile(dir, this.cwd, process.env, this.unsaved);
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
      } else loaded = file ? loadConfigFile(file, this.registry, this.unsaved) : Promise.resolve(DEFAULT_CONFIG);
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
  async resolve(filePath: string): Promise<ResolvedConfig & { file: string | null; extends: string; hadolintPragmas: boolean; build?: BuildInputs }> {
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
    const hadolintPragmas = this.options.hadolintPragmas ?? loaded.run?.hadolintPragmas ?? true;
    return { ...resolved, file: loaded.file, extends: loaded.config.extends ?? "recommended", hadolintPragmas, build: this.buildInputs() };
  }

  /** The build inputs given to the session, with the file's build context; undefined when none is. */
  buildInputs(settings?: Record<string, unknown>): BuildInputs | undefined {
    const { buildArgs, target, platform } = this.options;
    const contextDir = typeof settings?.context === "string" ? settings.context : undefined;
    if (!buildArgs && !target && !platform && !contextDir) return undefined;
    return { buildArgs, target, platform, contextDir };
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
    const [outcome] = await this.lintMany([{ text, file: filePath }], { fix });
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /**
   * Lints several texts, each under its time limit. The checks between nodes stop a file at the
   * limit with a finding that says where; what they cannot interrupt (one regular expression,
   * one call into a parser) is stopped by a window of the limit and a second more, shared by the
   * texts in turn (engine/time-limit.ts): a file stopped there gets the same finding at its
   * start. A file that began late in a window that closed gets a window of its own.
   * Each outcome is the text's details, or the error that kept it from being linted.
   */
  async lintMany(jobs: { text: string; file: string }[], { fix = false } = {}): Promise<(LintDetails | Error)[]> {
    return (await this.startLint(jobs, { fix })).done;
  }

  /**
   * lintMany in two steps: it resolves once the texts' walks are done, with `done`, which
   * resolves once the checks they asked for (ShellCheck's) are in too. Meanwhile the caller may
   * lint the next texts, which is what keeps ShellCheck's processes and this thread both busy.
   */
  async startLint(jobs: { text: string; file: string }[], { fix = false } = {}): Promise<{ done: Promise<(LintDetails | Error)[]>; walked: (index: number) => LintDetails | undefined }> {
    const outcomes: (LintDetails | Deferred | Error | undefined)[] = new Array(jobs.length);
    const configs: ResolvedLint[] = [];
    for (const [index, job] of jobs.entries()) {
      try {
        configs[index] = await this.resolve(job.file);
      } catch (error) {
        outcomes[index] = asError(error);
      }
    }
    // a fix may add shell code, so fixing loads tree-sitter first; a lint loads it when a script needs it
    if (fix) await loadShellParser();
    if (jobs.some((job) => languageOf(job.file) === "compose")) await loadComposeSupport();
    const limitMs = (this.options.timeLimit ?? LIMITS.seconds) * 1000;
    let next = 0;
    while (next < jobs.length) {
      let started = 0;
      try {
        runWithin(limitMs + 1000, () => {
          for (; next < jobs.length; next++) {
            if (outcomes[next]) continue;
            started = now();
            try {
              outcomes[next] = this.lintResolved(jobs[next].text, jobs[next].file, configs[next], fix);
            } catch (error) {
              if (error instanceof ShellParserNotLoaded) throw error;
              outcomes[next] = asError(error);
            }
          }
        });
      } catch (error) {
        if (error instanceof ShellParserNotLoaded) await loadShellParser();
        else if (!(error instanceof TimeLimitPassed)) throw error;
        else {
          // it may have stopped inside tree-sitter, whose memory is then not to be trusted
          discardShellParser();
          if (next < jobs.length && now() - started >= limitMs) {
            outcomes[next] = this.stopped(jobs[next], limitMs);
            next++;
          }
        }
      }
    }
    const done = Promise.all(
      outcomes.map(async (outcome, index) => {
        if (!outcome || !("deferred" in outcome)) return outcome as LintDetails | Error;
        try {
          return await outcome.finish(await this.settle(outcome.later, outcome.budget));
        } catch (error) {
          if (!(error instanceof TimeLimitPassed)) return asError(error);
          discardShellParser();
          return this.stopped(jobs[index], limitMs);
        }
      }),
    );
    // a text that waits for later checks: its walk's details (without fixes), which an editor shows meanwhile
    const walked = (index: number) => {
      const outcome = outcomes[index];
      return outcome && "deferred" in outcome ? outcome.walked?.() : undefined;
    };
    return { done, walked };
  }

  /**
   * A text's lint in two steps, for an editor: `result` as soon as the walk is done, and when the
   * rules asked for later checks (ShellCheck's), which it then lacks the findings of, `complete`:
   * the whole result once they are in. The other findings never wait for ShellCheck. Checks
   * answered before (the scripts an edit did not change) are not later checks: their findings are
   * in `result`, so an editor does not show them vanish and come back at each edit.
   */
  async lintInSteps(text: string, filePath: string): Promise<{ result: FixedResult; complete?: Promise<FixedResult> }> {
    const { done, walked } = await this.startLint([{ text, file: filePath }]);
    const complete = done.then(([outcome]) => {
      if (outcome instanceof Error) throw outcome;
      for (const notice of outcome.notices) this.notices.add(notice);
      return outcome.result;
    });
    const first = walked(0);
    if (!first) return { result: await complete };
    for (const notice of first.notices) this.notices.add(notice);
    return { result: first.result, complete };
  }

  /** What the runners of later checks did, by kind: this thread's, and the workers' added (addLaterStats). */
  laterStats(): Map<string, LaterCheckStats> {
    const stats = new Map<string, LaterCheckStats>();
    for (const [kind, runner] of this.runners) stats.set(kind, { ...runner.stats });
    for (const [kind, other] of this.workersLaterStats) stats.set(kind, sumStats(stats.get(kind), other));
    return stats;
  }

  /** Adds a worker thread's later-check stats. */
  addLaterStats(kind: string, stats: LaterCheckStats): void {
    this.workersLaterStats.set(kind, sumStats(this.workersLaterStats.get(kind), stats));
  }

  /** Sets the runner of a kind of later check (tests: ShellCheck one script per process). */
  setRunner(kind: string, runner: LaterCheckRunner): void {
    this.runners.set(kind, runner);
  }

  /**
   * Resolves when the later checks asked for so far leave room for more files: fewer wait than
   * the runners take at once. The rules lint faster than ShellCheck checks, and each file
   * waiting holds its document. (At once, but for a turn of the event loop that lets finished
   * processes hand over and new ones start.)
   */
  async keepUp(): Promise<void> {
    if (!this.runners.size) return;
    await new Promise((resolve) => setImmediate(resolve));
    for (const runner of this.runners.values()) {
      if (runner.waiting < runner.capacity) continue;
      runner.callerWaits(true);
      try {
        await runner.whenWaitingUnder(runner.capacity);
      } finally {
        runner.callerWaits(false);
      }
    }
  }

  /** Resolves with `settling`, the run's last lints, which wait only for later checks now: their runners may use this thread's core. */
  async lastLints<T>(settling: Promise<T>): Promise<T> {
    for (const runner of this.runners.values()) runner.callerWaits(true);
    try {
      return await settling;
    } finally {
      for (const runner of this.runners.values()) runner.callerWaits(false);
    }
  }

  /** A text's outcome with its later checks' results reported. */
  private async settle(later: PendingChecks, budget: TimeBudget): Promise<LintOutcome> {
    const results = await Promise.allSettled(
      later.checks.map((check) => {
        let runner = this.runners.get(check.kind);
        if (!runner) {
          const make = LATER_CHECK_RUNNERS[check.kind];
          if (!make) return Promise.reject(new Error(`no runner for checks of kind '${check.kind}'`));
          this.runners.set(check.kind, (runner = make({ store: this.laterResults?.(check.kind), processes: this.laterProcesses })));
        }
        return runner.run([check.input], budget)[0];
      }),
    );
    return later.settle(results.map((r) => (r.status === "fulfilled" ? r.value : new LaterCheckFailed(r.reason))));
  }

  /** A further lint of a file being fixed, once its first lint asked for later checks: in a window of its own. */
  private async lintAgain(text: string, lint: (text: string) => LintOutcome, deadline: Deadline): Promise<LintOutcome> {
    for (;;) {
      try {
        const outcome = runWithin(deadline.at - now() + 1000, () => lint(text));
        return outcome.later ? await this.settle(outcome.later, { remainingMs: deadline.at - now() }) : outcome;
      } catch (error) {
        if (!(error instanceof ShellParserNotLoaded)) throw error;
        await loadShellParser();
      }
    }
  }

  /** The outcome of a text whose lint was stopped from outside at the time limit. */
  private stopped(job: { text: string; file: string }, limitMs: number): LintDetails {
    const outcome = tooComplexOutcome(job.text, new TooComplex(`linting it took more than ${seconds(limitMs / 1000)}; it was stopped`, 0));
    return { result: { ...summarize(job.file, outcome.findings), rejectedFixes: [] }, notices: [], inputs: [] };
  }

  /**
   * One text's lint with its config at hand: synchronous, so that a time limit can stop it. When
   * its rules asked for later checks, what is left to do once they are in.
   */
  private lintResolved(text: string, filePath: string, resolved: ResolvedLint, fix: boolean): LintDetails | Deferred {
    let parsed: ParsedDockerfile | undefined;
    const start = now();
    try {
      // a Compose file is parsed by its own lint (engine/linter.ts, lintCompose)
      if (languageOf(filePath) === "dockerfile") parsed = parseDockerfile(text);
    } catch {
      // too complex to parse: lintText reports it
    }
    if (this.options.timing) this.addTime("parse", now() - start);
    const absolute = path.resolve(this.cwd, filePath);
    // one deadline for the file, fix passes included
    const deadline = deadlineIn(this.options.timeLimit ?? LIMITS.seconds);
    const notices = new Set<string>();
    const inputs = new Set<string>();
    const lint = (t: string): LintOutcome => {
      const outcome = lintText(t, {
        filename: absolute,
        cwd: this.cwd,
        rules: resolved.rules,
        registry: this.registry,
        settings: resolved.settings,
        unsaved: this.unsaved,
        hadolintPragmas: resolved.hadolintPragmas,
        timing: this.options.timing,
        deadline,
        deferChecks: true,
        resultAtHand: this.resultAtHand,
        build: this.buildInputs(resolved.settings),
      }, t === text ? parsed : undefined);
      for (const notice of outcome.notices) notices.add(notice);
      for (const input of outcome.inputs) inputs.add(input);
      for (const [id, ms] of Object.entries(outcome.timings ?? {})) this.timings.set(id, (this.timings.get(id) ?? 0) + ms);
      for (const [phase, ms] of Object.entries(outcome.phases ?? {})) this.addTime(phase, ms);
      return outcome;
    };
    const details = (result: FixedResult, settled?: LintOutcome): LintDetails => {
      for (const notice of settled?.notices ?? []) notices.add(notice);
      return { result, notices: [...notices], inputs: [...inputs] };
    };
    const budget = (): TimeBudget => ({ remainingMs: deadline.at - now() });
    if (!fix) {
      const outcome = lint(text);
      const done = (settled: LintOutcome) => details({ ...summarize(filePath, settled.findings), rejectedFixes: [] }, settled);
      return outcome.later ? { deferred: true, later: outcome.later, budget: budget(), finish: done, walked: () => done(outcome) } : done(outcome);
    }
    const source = createSource(text);
    const fixedDetails = (fixed: FixOutcome) => {
      const result: FixedResult = { ...summarize(filePath, fixed.findings), rejectedFixes: fixed.rejected };
      if (fixed.changed) result.output = withBom(source, fixed.output);
      return details(result);
    };
    // the fix loop runs here while no lint asks for later checks; from the first that does, it
    // goes on once their results are in, each further lint in a time-limit window of its own
    const steps = fixSteps(source.text);
    let step = steps.next();
    while (!step.done) {
      const outcome = lint(step.value);
      if (outcome.later) {
        const finish = async (settled: LintOutcome) => {
          let next = steps.next(settled);
          while (!next.done) next = steps.next(await this.lintAgain(next.value, lint, deadline));
          return fixedDetails(next.value);
        };
        return { deferred: true, later: outcome.later, budget: budget(), finish };
      }
      step = steps.next(outcome);
    }
    return fixedDetails(step.value);
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

type ResolvedLint = Awaited<ReturnType<LintSession["resolve"]>>;

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function oversize(name: string, maxBytes: number): DocklintError {
  return new DocklintError("io", `${name} is larger than ${formatSize(maxBytes)}; not linted (--max-file-size sets the limit).`);
}

function sumStats(a: LaterCheckStats | undefined, b: LaterCheckStats): LaterCheckStats {
  if (!a) return { ...b };
  return { asked: a.asked + b.asked, ran: a.ran + b.ran, processes: a.processes + b.processes, processMs: a.processMs + b.processMs };
}
