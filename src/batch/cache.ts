// --cache: one JSON file of lint results by file. A result is reused while the file's text, the
// config that applies to it, docklint's version and every file its rules looked at
// (RuleContext.dependsOn) are unchanged, so a cached run reports exactly what an uncached one
// would. A missing, unreadable or corrupt cache file is an empty cache; deleting it is safe.
// A file whose size, inode and change time are those recorded is not even read: its change time
// (ctime) moves with every write and cannot be set back; an entry is recorded with them only
// when the file had not changed for two seconds, so no write can share the recorded time.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { summarize, TOO_COMPLEX, type Finding } from "../engine/result.js";
import { LEVELS, type Level } from "../engine/rule.js";
import { kindOf, readRegularFile } from "../source/read-file.js";
import { today } from "../source/clock.js";
import type { ActiveRule } from "../engine/linter.js";
import type { LintDetails } from "../lint-session.js";
import { BUILD_ID } from "../version.js";
import type { BuildInputs } from "../facts/build-inputs.js";

export const DEFAULT_CACHE_FILE = ".docklintcache";

interface Entry {
  /** Hash of the config key and the text. */
  hash: string;
  configKey: string;
  /** The file's size, inode and ctime (ms) before it was read, when they can vouch for its text. */
  stat?: SettledStat;
  /** Each file the rules looked at, with its fingerprint (null: it did not exist). */
  inputs: Record<string, string | null>;
  messages: Finding[];
  notices: string[];
}

interface CacheFile {
  docklint: string;
  entries: Record<string, Entry>;
  /**
   * Results of later checks (a ShellCheck run on one script), by kind and the runner's key. Their
   * runner checks each one's shape before using it.
   */
  later?: Record<string, unknown>;
}

/** Later checks' results kept: the corpus's 4,447 files ask for 12,677 ShellCheck runs. */
const MAX_LATER_RESULTS = 50_000;

/** What decides a file's findings besides its text: its resolved config and the run's directory. */
export interface ConfigForKey {
  rules: ActiveRule[];
  settings: Record<string, unknown>;
  hadolintPragmas: boolean;
  /** `--build-arg`, `--target`, `--platform`: the findings depend on them. */
  build?: BuildInputs;
}

/** How old a file's last change must be before its size, inode and ctime stand for its text. */
const SETTLED_MS = 2000;

export type SettledStat = [size: number, ino: number, ctimeMs: number];

/** Files this large are compared by size and time rather than read (the shellcheck binary). */
const HASHED_UP_TO = 1024 * 1024;

/**
 * A larger cache file is not read (everything is linted, and it is written anew): a cache of the
 * 4,447 corpus files is 18 MB, and parsing JSON takes several times its size in memory.
 */
const MAX_CACHE_BYTES = 128 * 1024 * 1024;

export class LintCache {
  private readonly entries: Map<string, Entry>;
  private readonly visited = new Set<string>();
  private readonly fingerprints = new Map<string, string | null>();
  private readonly configKeys = new WeakMap<ActiveRule[], string>();
  private readonly later: Map<string, unknown>;
  /** Later results this run used or made: kept first when there are too many. */
  private readonly laterUsed = new Set<string>();
  private changed = false;

  private constructor(
    /** The cache file's absolute path. */
    readonly file: string,
    { entries, later }: Pick<CacheFile, "entries" | "later">,
    /** Why the file is neither read nor written (it is not a regular file), or null. */
    private readonly unusable: string | null = null,
  ) {
    this.entries = new Map(Object.entries(entries));
    this.later = new Map(Object.entries(later ?? {}));
  }

  /**
   * `location` is a file, or a directory (existing, or written with a trailing slash) to hold
   * `.docklintcache`. Only a regular file (or none yet) is used: not a device, a FIFO, or a link
   * (a committed `.docklintcache -> ~/.bashrc` would have the cache written over its target).
   */
  static open(location: string | undefined, cwd: string): LintCache {
    const target = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
    const file = (location !== undefined && /[\\/]$/.test(location)) || isDirectory(target) ? path.join(target, DEFAULT_CACHE_FILE) : target;
    const problem = notRegular(file);
    if (problem) return new LintCache(file, { entries: {} }, `Not using the cache ${file}: it is ${problem}, not a regular file.`);
    return new LintCache(file, readCacheFile(file));
  }

  /** The part of the key that depends on the config: computed once per resolved config. */
  configKey(config: ConfigForKey, cwd: string): string {
    let key = this.configKeys.get(config.rules);
    if (key === undefined) {
      const rules = config.rules.map((r) => [r.id, r.level, r.options, r.messageLevels ?? null]);
      // the day too: a finding can depend on the date (base-image-eol compares with it), so results are kept for one day
      const day = today();
      // build inputs only when given, so a cache written without them stays valid
      const build = config.build ? { build: config.build } : {};
      key = hash(JSON.stringify({ rules, settings: config.settings, hadolintPragmas: config.hadolintPragmas, cwd, day, ...build }));
      this.configKeys.set(config.rules, key);
    }
    return key;
  }

  /**
   * The stored outcome for `absolute` when nothing it depends on changed: the file's `stat` is the
   * recorded one (then its text is not needed), or its text hashes as recorded. With `fix`, a
   * result with fixable findings is not used: the fix loop would change the file.
   */
  lookup(absolute: string, filePath: string, file: { stat: fs.Stats } | { text: string }, configKey: string, fix: boolean): LintDetails | null {
    this.visited.add(absolute);
    const entry = this.entries.get(absolute);
    if (!entry || !isEntry(entry) || entry.configKey !== configKey) return null;
    if ("stat" in file) {
      const { stat } = file;
      if (!Array.isArray(entry.stat) || entry.stat[0] !== stat.size || entry.stat[1] !== stat.ino || entry.stat[2] !== stat.ctimeMs) return null;
    } else if (entry.hash !== hash(configKey, file.text)) return null;
    for (const [input, print] of Object.entries(entry.inputs)) if (this.fingerprint(input) !== print) return null;
    if (fix && entry.messages.some((m) => m.fix)) return null;
    return { result: { ...summarize(filePath, entry.messages), rejectedFixes: [] }, notices: entry.notices, inputs: Object.keys(entry.inputs) };
  }

  /** The stat fields that say a file is unchanged; null when the file changed too recently to tell. */
  settledStat(stat: fs.Stats, now = Date.now()): SettledStat | null {
    return now - stat.ctimeMs > SETTLED_MS ? [stat.size, stat.ino, stat.ctimeMs] : null;
  }

  /**
   * Keeps the outcome of linting `text` (the file's text once any fixes are written); `stat` is
   * the file's, taken before it was read (settledStat), when it may vouch for the text.
   */
  store(absolute: string, text: string, configKey: string, details: LintDetails, stat: SettledStat | null = null): void {
    this.visited.add(absolute);
    // a file past a limit, the time limit above all, may lint on another run or machine
    if (details.result.messages.some((m) => m.messageId === TOO_COMPLEX)) return;
    const inputs = Object.fromEntries(details.inputs.map((input) => [input, this.fingerprint(input)]));
    const entry: Entry = { hash: hash(configKey, text), configKey, inputs, messages: details.result.messages, notices: details.notices };
    if (stat) entry.stat = stat;
    this.entries.set(absolute, entry);
    this.changed = true;
  }

  /** The results kept for later checks of one kind (what `get` gives is unchecked: the runner checks it). */
  laterResults(kind: string): { get(key: string): unknown; set(key: string, value: unknown): void } {
    return {
      get: (key) => {
        const value = this.later.get(`${kind}:${key}`);
        if (value !== undefined) this.laterUsed.add(`${kind}:${key}`);
        return value;
      },
      set: (key, value) => {
        this.later.set(`${kind}:${key}`, value);
        this.laterUsed.add(`${kind}:${key}`);
        this.changed = true;
      },
    };
  }

  /** Writes the cache file when something changed (atomically); a warning when it cannot. */
  save(): string | null {
    if (this.unusable) return this.unusable;
    if (!this.changed) return null;
    const entries: Record<string, Entry> = {};
    for (const [file, entry] of this.entries) {
      // files this run did not see are kept while they exist
      if (this.visited.has(file) || fs.existsSync(file)) entries[file] = entry;
    }
    // this run's later results first, then earlier ones, up to the most kept
    const later: Record<string, unknown> = {};
    let kept = 0;
    for (const key of [...this.laterUsed, ...this.later.keys()]) {
      if (kept >= MAX_LATER_RESULTS) break;
      if (key in later) continue;
      later[key] = this.later.get(key);
      kept++;
    }
    const content: CacheFile = { docklint: BUILD_ID, entries, later };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      // "wx": created afresh, never through a file or link someone left at that name
      fs.rmSync(temp, { force: true });
      fs.writeFileSync(temp, JSON.stringify(content), { flag: "wx" });
      // what appeared meanwhile at the cache's name is not replaced unless it is a regular file
      const problem = notRegular(this.file);
      if (problem) {
        fs.rmSync(temp, { force: true });
        return `Not using the cache ${this.file}: it is ${problem}, not a regular file.`;
      }
      fs.renameSync(temp, this.file);
      return null;
    } catch (error) {
      try {
        fs.rmSync(temp, { force: true });
      } catch {
        // there was nowhere to write it
      }
      return `Cannot write the cache ${this.file}: ${(error as Error).message}.`;
    }
  }

  /** A file's content hash (size and time when large), "" when unreadable, null when absent. */
  private fingerprint(file: string): string | null {
    let print = this.fingerprints.get(file);
    if (print !== undefined) return print;
    try {
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat) print = null;
      else if (!stat.isFile()) print = "not a file";
      else print = stat.size > HASHED_UP_TO ? `${stat.size}:${stat.mtimeMs}` : hash(readRegularFile(file, HASHED_UP_TO).bytes);
    } catch {
      print = "";
    }
    this.fingerprints.set(file, print);
    return print;
  }
}

function readCacheFile(file: string): Pick<CacheFile, "entries" | "later"> {
  try {
    const parsed = JSON.parse(readRegularFile(file, MAX_CACHE_BYTES).bytes.toString("utf8")) as Partial<CacheFile> | null;
    // another version's or build's results may differ: start afresh
    if (parsed?.docklint !== BUILD_ID || !isObject(parsed.entries)) return { entries: {} };
    return { entries: parsed.entries as Record<string, Entry>, later: isObject(parsed.later) ? parsed.later : {} };
  } catch {
    return { entries: {} };
  }
}

/**
 * The shape a stored entry must have to be used: the file is written by whoever can write the
 * directory, so every part is checked, down to each finding. A bad entry is not used (the file is
 * linted again), so what is printed is always what a fresh lint could print.
 */
function isEntry(entry: unknown): entry is Entry {
  if (!isObject(entry)) return false;
  const { hash, configKey, stat, inputs, messages, notices } = entry;
  return (
    typeof hash === "string" &&
    typeof configKey === "string" &&
    (stat === undefined || (Array.isArray(stat) && stat.length === 3 && stat.every((n) => typeof n === "number"))) &&
    isObject(inputs) &&
    Object.values(inputs).every((print) => print === null || typeof print === "string") &&
    Array.isArray(notices) &&
    notices.every(isLine) &&
    Array.isArray(messages) &&
    messages.every(isFinding)
  );
}

function isFinding(value: unknown): value is Finding {
  if (!isObject(value)) return false;
  const f = value;
  return (
    (f.ruleId === null || typeof f.ruleId === "string") &&
    LEVELS.includes(f.level as Level) &&
    (f.severity === 1 || f.severity === 2) &&
    isLine(f.message) &&
    [f.line, f.column, f.endLine, f.endColumn].every((n) => Number.isSafeInteger(n) && (n as number) >= 1) &&
    (f.messageId === undefined || typeof f.messageId === "string") &&
    (f.docsUrl === undefined || isLine(f.docsUrl)) &&
    (f.fix === undefined || isEdit(f.fix)) &&
    (f.suggestions === undefined ||
      (Array.isArray(f.suggestions) && f.suggestions.every((s) => isObject(s) && isLine(s.desc) && (s.messageId === undefined || typeof s.messageId === "string") && isEdit(s.fix))))
  );
}

function isEdit(value: unknown): boolean {
  if (!isObject(value) || typeof value.text !== "string" || !Array.isArray(value.range) || value.range.length !== 2) return false;
  const [start, end] = value.range as unknown[];
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && (start as number) >= 0 && (start as number) <= (end as number);
}

/** Text printed on a line of its own: no line break or other control character (a terminal escape). */
function isLine(value: unknown): value is string {
  // eslint-disable-next-line no-control-regex
  return typeof value === "string" && !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What a path is when it is there but not a regular file ("a FIFO", "a symbolic link"); null otherwise. */
function notRegular(file: string): string | null {
  try {
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!stat || stat.isFile()) return null;
    return stat.isSymbolicLink() ? "a symbolic link" : kindOf(stat);
  } catch {
    return null; // not ours to look at: reading and writing will say why
  }
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false; // under a file, or not ours to look at: writing will say why
  }
}

/** A short hash of the parts (each followed by a NUL, so ("ab", "c") and ("a", "bc") differ). */
function hash(...parts: (string | Buffer)[]): string {
  const h = createHash("sha1");
  for (const part of parts) h.update(part).update("\0");
  return h.digest("base64url");
}
