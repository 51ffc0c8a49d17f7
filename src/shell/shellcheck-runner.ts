// Runs ShellCheck for a whole run, many scripts per process and off the main thread: scripts of
// one dialect are written to a private temporary directory and checked by one `shellcheck`
// process (json1 reports each file's comments), with up to one process per spare core busy while
// the rules lint the next files, and one more while the caller waits for them (ShellCheck is
// slower than the rules, so that is most of a run). A script asked for again (same text, dialect
// and declared names) is checked once per run (of the last REMEMBERED scripts), and with --cache
// once per ShellCheck version. A batch that fails (out
// of memory, past its time, any error) is not lost: its scripts run again in eighths, then one
// per process, and only a script that fails alone gets a result that says so.
import os from "node:os";
import path from "node:path";
import { OUT_OF_TIME, type TimeBudget } from "../parse/limits.js";
import { EXCLUDED_CODES, SHELLCHECK_MEMORY_MB, type ShellcheckComment, type ShellcheckRequest, type ShellcheckStopped } from "./shellcheck.js";
import { now } from "../source/clock.js";

export type ShellcheckResult = ShellcheckComment[] | ShellcheckStopped;

/** Where results are kept between runs (--cache); what comes back is checked before it is used. */
export interface ResultStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface ShellcheckRunnerOptions {
  /** ShellCheck processes at once while the caller lints (default: one per spare core); at least one. */
  processes?: number;
  /** Most scripts per process (default SCRIPTS_PER_PROCESS; 1 runs each script alone). */
  scriptsPerProcess?: number;
  store?: ResultStore;
}

/**
 * Scripts per ShellCheck process. Over the corpus's 12,677 RUN bodies, checked alone they took
 * about 88 s of CPU and in batches of 400 about 26 s; most of the gain is there by 100 (see
 * docs/architecture.md for the measurements).
 */
export const SCRIPTS_PER_PROCESS = 400;
/** Seconds one ShellCheck process may take when the files' own time limits do not come first. */
const MAX_SECONDS = 20;
/**
 * Time a batch may take past its files' limit, per script: a loaded machine (load 6 on 2 cores)
 * took 13 s for 400 scripts, and a batch past its time is run again in parts.
 */
const MS_PER_SCRIPT = 50;
/**
 * Answers kept for scripts asked for again, the oldest forgotten first: more than the corpus's
 * 12,677 RUN bodies, so a large run checks each once, while a language server's session, which
 * lives through thousands of edits and asks for a new script at each, stays bounded.
 */
const REMEMBERED = 16_384;
/** A failed batch runs again in this many parts; parts of one script each once it is no larger. */
const RETRY_PARTS = 8;

interface Item {
  /** What ShellCheck reads: the declared names' line, then the script. */
  text: string;
  /** Lines of our own before the script. */
  shift: number;
  dialect: string;
  budget: TimeBudget;
  resolve(result: ShellcheckResult | typeof OUT_OF_TIME): void;
  reject(error: Error): void;
}

type BatchOutcome =
  | { comments: ShellcheckComment[][] }
  | { stopped: "time" | "memory" | "unknown-shell" }
  | { failed: string };

export class ShellcheckRunner {
  readonly processes: number;
  readonly scriptsPerProcess: number;
  private readonly store: ResultStore | undefined;
  /** Requests by dialect and text: each is checked once per run. */
  private readonly asked = new Map<string, Promise<ShellcheckResult | typeof OUT_OF_TIME>>();
  /** Those of them answered with comments (not stopped, not out of time). */
  private readonly answers = new Map<string, ShellcheckComment[]>();
  private readonly queues = new Map<string, Item[]>();
  /** Parts of failed batches, to run again; they go first. */
  private readonly retries: Item[][] = [];
  private running = 0;
  /** Whether the caller waits for results: then its core runs a process too. */
  private callerWaiting = false;
  /** Processes at once while the caller waits: one more, unless the caller's core already runs one (no spare core). */
  private readonly processesWhileCallerWaits: number;
  private pumpScheduled = false;
  private readonly waiters: { count: number; resolve(): void }[] = [];
  /** Dialects the installed ShellCheck does not know (`busybox` before 0.10): checked as sh. */
  private readonly unknownDialects = new Set<string>();
  private version: Promise<string> | null = null;
  /** Scripts asked for and run, processes and their time (the session's LaterCheckStats). */
  readonly stats = { asked: 0, ran: 0, processes: 0, processMs: 0 };

  constructor(options: ShellcheckRunnerOptions = {}) {
    const spareCores = options.processes ?? os.availableParallelism() - 1;
    this.processes = Math.max(1, spareCores);
    this.processesWhileCallerWaits = spareCores >= 1 ? this.processes + 1 : this.processes;
    this.scriptsPerProcess = Math.max(1, options.scriptsPerProcess ?? SCRIPTS_PER_PROCESS);
    this.store = options.store;
  }

  /** A full batch for each process: that many waiting keep every process busy when one ends. */
  get capacity(): number {
    return this.processes * this.scriptsPerProcess;
  }

  /** Scripts waiting for a process. */
  get waiting(): number {
    let count = 0;
    for (const part of this.retries) count += part.length;
    for (const queue of this.queues.values()) count += queue.length;
    return count;
  }

  whenWaitingUnder(count: number): Promise<void> {
    if (this.waiting < count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** One file's requests: a result each, or OUT_OF_TIME when the file's budget ran out first. */
  run(inputs: unknown[], budget: TimeBudget): Promise<ShellcheckResult | typeof OUT_OF_TIME>[] {
    return inputs.map((input) => this.check(input as ShellcheckRequest, budget));
  }

  check(request: ShellcheckRequest, budget: TimeBudget): Promise<ShellcheckResult | typeof OUT_OF_TIME> {
    const { text, shift } = request;
    const key = `${request.dialect}\0${text}`;
    this.stats.asked++;
    let result = this.asked.get(key);
    if (result) return result;
    const asked = (result = this.stored(request.dialect, text).then(
      (stored) => stored ?? new Promise((resolve, reject) => this.enqueue({ text, shift, dialect: request.dialect, budget, resolve, reject })),
    ));
    this.asked.set(key, asked);
    if (this.asked.size > REMEMBERED) {
      const oldest = this.asked.keys().next().value!;
      this.asked.delete(oldest);
      this.answers.delete(oldest);
    }
    // what depends on one file's time (or failed) is not another file's answer
    const forget = () => this.asked.delete(key);
    asked.then((r) => {
      if (r === OUT_OF_TIME || "stopped" in r) forget();
      else if (this.asked.get(key) === asked) this.answers.set(key, r);
    }, forget);
    return asked;
  }

  /** The comments of a script checked before in this run, while it is remembered: a rule takes them during its walk. */
  resultAtHand(input: unknown): ShellcheckComment[] | undefined {
    const request = input as ShellcheckRequest;
    const answer = this.answers.get(`${request.dialect}\0${request.text}`);
    if (answer) this.stats.asked++;
    return answer;
  }

  private enqueue(item: Item): void {
    let queue = this.queues.get(item.dialect);
    if (!queue) this.queues.set(item.dialect, (queue = []));
    queue.push(item);
    // a turn later, so that the scripts of the files linted meanwhile share the process
    if (!this.pumpScheduled) {
      this.pumpScheduled = true;
      setImmediate(() => {
        this.pumpScheduled = false;
        this.pump();
      });
    }
  }

  callerWaits(waits: boolean): void {
    this.callerWaiting = waits;
    if (waits) this.pump();
  }

  /** Starts processes while there are free ones and scripts waiting. */
  private pump(): void {
    while (this.running < (this.callerWaiting ? this.processesWhileCallerWaits : this.processes)) {
      const batch = this.retries.shift() ?? this.nextBatch();
      if (!batch) break;
      void this.runBatch(batch, batch[0].dialect);
    }
    const waiting = this.waiting;
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (waiting < this.waiters[i].count) this.waiters.splice(i, 1)[0].resolve();
    }
  }

  /** The longest queue's first scripts (up to a process's worth). */
  private nextBatch(): Item[] | null {
    let longest: Item[] | null = null;
    for (const queue of this.queues.values()) if (queue.length && (!longest || queue.length > longest.length)) longest = queue;
    return longest ? longest.splice(0, this.scriptsPerProcess) : null;
  }

  private async runBatch(items: Item[], dialect: string): Promise<void> {
    this.running++;
    try {
      const budgetMs = items.length === 1 ? items[0].budget.remainingMs : Math.max(...items.map((i) => i.budget.remainingMs));
      if (items.length === 1 && budgetMs <= 0) return items[0].resolve(OUT_OF_TIME);
      const timeoutMs = Math.max(1, Math.min(MAX_SECONDS * 1000, Math.floor(budgetMs)) + (items.length > 1 ? MS_PER_SCRIPT * items.length : 0));
      const start = now();
      const texts = items.map((i) => i.text);
      let outcome = await this.runProcess(texts, this.unknownDialects.has(dialect) ? "sh" : dialect, timeoutMs);
      // `busybox` needs ShellCheck 0.10; older ones (Debian 12 ships 0.9) check it as POSIX sh
      if ("stopped" in outcome && outcome.stopped === "unknown-shell" && dialect !== "sh" && !this.unknownDialects.has(dialect)) {
        this.unknownDialects.add(dialect);
        outcome = await this.runProcess(texts, "sh", timeoutMs);
      }
      // a script's own process counts against its file's limit; a shared one does not (docs/security.md)
      if (items.length === 1) items[0].budget.remainingMs -= now() - start;
      if ("comments" in outcome) {
        for (const [i, item] of items.entries()) {
          const comments = outcome.comments[i]
            .filter((c) => c.line > item.shift)
            .map((c) => ({ ...c, line: c.line - item.shift, endLine: c.endLine - item.shift }));
          item.resolve(comments);
          this.keep(dialect, item.text, comments);
        }
      } else if (items.length > 1) {
        const size = items.length > RETRY_PARTS ? Math.ceil(items.length / RETRY_PARTS) : 1;
        for (let i = 0; i < items.length; i += size) this.retries.push(items.slice(i, i + size));
      } else if ("stopped" in outcome && outcome.stopped === "time") {
        // the file's limit came first, or ShellCheck's own
        items[0].resolve(budgetMs <= MAX_SECONDS * 1000 ? OUT_OF_TIME : { stopped: "time" });
      } else if ("stopped" in outcome && outcome.stopped === "memory") {
        items[0].resolve({ stopped: "memory" });
      } else {
        items[0].reject(new Error("failed" in outcome ? outcome.failed : "shellcheck failed: Unknown shell"));
      }
    } catch (error) {
      for (const item of items) item.reject(error as Error);
    } finally {
      this.running--;
      this.pump();
    }
  }

  /** runProcess, counted in the stats. */
  private async runProcess(texts: string[], shell: string, timeoutMs: number): Promise<BatchOutcome> {
    const start = now();
    try {
      return await runProcess(texts, shell, timeoutMs);
    } finally {
      this.stats.ran += texts.length;
      this.stats.processes++;
      this.stats.processMs += now() - start;
    }
  }

  /** A result kept by an earlier run (--cache) for this ShellCheck. */
  private async stored(dialect: string, text: string): Promise<ShellcheckComment[] | null> {
    if (!this.store) return null;
    const value = this.store.get(await this.storeKey(dialect, text));
    return isComments(value) ? value : null;
  }

  private keep(dialect: string, text: string, comments: ShellcheckComment[]): void {
    if (!this.store) return;
    const store = this.store;
    void this.storeKey(dialect, text).then((key) => store.set(key, comments));
  }

  private async storeKey(dialect: string, text: string): Promise<string> {
    this.version ??= shellcheckVersion();
    const { createHash } = process.getBuiltinModule("node:crypto");
    return createHash("sha1").update(await this.version).update("\0").update(dialect).update("\0").update(text).digest("base64url");
  }
}

/** `shellcheck --version`'s version line ("" when it cannot say): part of a stored result's key. */
async function shellcheckVersion(): Promise<string> {
  const { execFile } = process.getBuiltinModule("node:child_process");
  return new Promise((resolve) => {
    execFile("shellcheck", ["--version"], { cwd: os.tmpdir(), timeout: MAX_SECONDS * 1000, encoding: "utf8" }, (error, stdout) => {
      resolve(error ? "" : (/^version: *(\S+)/m.exec(stdout)?.[1] ?? ""));
    });
  });
}

/**
 * One ShellCheck process over `texts` (each a file of its own in a private directory, removed
 * after): each text's comments, in ShellCheck's order, or why there are none.
 */
async function runProcess(texts: string[], shell: string, timeoutMs: number): Promise<BatchOutcome> {
  // loaded here, not at start-up: most runs never start ShellCheck, and it costs a one-file run 2 ms
  const fs = process.getBuiltinModule("node:fs/promises");
  // only the owner can list or read it (mkdtemp's mode, said again); each file is created afresh
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "docklint-shellcheck-"));
  try {
    await fs.chmod(dir, 0o700);
    const files = texts.map((_, i) => path.join(dir, String(i)));
    await Promise.all(texts.map((text, i) => fs.writeFile(files[i], text, { mode: 0o600, flag: "wx" })));
    // --norc, and a working directory outside the linted tree: a .shellcheckrc there could turn on
    // external-sources and make ShellCheck read any file a `# shellcheck source=` comment names.
    // The scripts' absolute names, in a directory of random name, are ones a script cannot source.
    const args = ["--norc", "--format=json1", `--shell=${shell}`, `--exclude=${EXCLUDED_CODES.join(",")}`, "--", ...files];
    const { execFile } = process.getBuiltinModule("node:child_process");
    const options = { cwd: os.tmpdir(), encoding: "utf8" as const, timeout: timeoutMs, killSignal: "SIGKILL" as const, maxBuffer: 16 * 1024 * 1024 * texts.length };
    const result = await new Promise<{ error: (Error & { code?: unknown; killed?: boolean }) | null; stdout: string; stderr: string }>((resolve) => {
      const done = (error: Error | null, stdout: string, stderr: string) => resolve({ error, stdout, stderr });
      const child =
        process.platform === "win32"
          ? execFile("shellcheck", args, options, done)
          : // a shell sets the memory limit and becomes ShellCheck; the scripts are files, never the shell's input
            execFile("/bin/sh", ["-c", `ulimit -v ${SHELLCHECK_MEMORY_MB * 1024} 2>/dev/null; exec shellcheck "$@"`, "sh", ...args], options, done);
      child.stdin?.end();
    });
    const { error, stdout, stderr } = result;
    const status = typeof error?.code === "number" ? error.code : error ? null : 0;
    if (error?.killed && status === null && error.code !== "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") return { stopped: "time" };
    if (error && status === null) return { failed: `shellcheck could not run: ${error.message}` };
    if (status !== 0 && status !== 1) {
      if (/out of memory|heap overflow/.test(stderr)) return { stopped: "memory" };
      if (/Unknown shell/.test(stderr)) return { stopped: "unknown-shell" };
      return { failed: `shellcheck failed: ${stderr.trim().split("\n")[0]}` };
    }
    const byFile = new Map(files.map((file, i) => [file, i]));
    const comments: ShellcheckComment[][] = texts.map(() => []);
    for (const c of (JSON.parse(stdout) as { comments: (ShellcheckComment & { file: string })[] }).comments) {
      const i = byFile.get(c.file);
      if (i === undefined) return { failed: `shellcheck reported a file it was not given: ${c.file}` };
      comments[i].push({ code: c.code, level: c.level, message: c.message, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn });
    }
    return { comments };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const LEVELS = new Set(["error", "warning", "info", "style"]);

/** A stored result's shape, checked before use: the cache file is written by whoever can write its directory. */
export function isComments(value: unknown): value is ShellcheckComment[] {
  return (
    Array.isArray(value) &&
    value.every((c: Record<string, unknown> | null) => {
      if (typeof c !== "object" || c === null || Array.isArray(c)) return false;
      return (
        Number.isSafeInteger(c.code) &&
        LEVELS.has(c.level as string) &&
        typeof c.message === "string" &&
        // printed on one line: no line break or other control character (a terminal escape)
        // eslint-disable-next-line no-control-regex
        !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(c.message) &&
        [c.line, c.column, c.endLine, c.endColumn].every((n) => Number.isSafeInteger(n) && (n as number) >= 1)
      );
    })
  );
}
