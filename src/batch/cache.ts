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
import type { Finding } from "../engine/result.js";
import { summarize } from "../engine/result.js";
import type { ActiveRule } from "../engine/linter.js";
import type { LintDetails } from "../lint-session.js";
import { BUILD_ID } from "../version.js";

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
}

/** What decides a file's findings besides its text: its resolved config and the run's directory. */
export interface ConfigForKey {
  rules: ActiveRule[];
  settings: Record<string, unknown>;
  hadolintPragmas: boolean;
}

/** How old a file's last change must be before its size, inode and ctime stand for its text. */
const SETTLED_MS = 2000;

export type SettledStat = [size: number, ino: number, ctimeMs: number];

/** Files this large are compared by size and time rather than read (the shellcheck binary). */
const HASHED_UP_TO = 1024 * 1024;

export class LintCache {
  private readonly entries: Map<string, Entry>;
  private readonly visited = new Set<string>();
  private readonly fingerprints = new Map<string, string | null>();
  private readonly configKeys = new WeakMap<ActiveRule[], string>();
  private changed = false;

  private constructor(
    /** The cache file's absolute path. */
    readonly file: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** `location` is a file, or a directory (existing, or written with a trailing slash) to hold `.docklintcache`. */
  static open(location: string | undefined, cwd: string): LintCache {
    const target = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
    const file = (location !== undefined && /[\\/]$/.test(location)) || isDirectory(target) ? path.join(target, DEFAULT_CACHE_FILE) : target;
    return new LintCache(file, readEntries(file));
  }

  /** The part of the key that depends on the config: computed once per resolved config. */
  configKey(config: ConfigForKey, cwd: string): string {
    let key = this.configKeys.get(config.rules);
    if (key === undefined) {
      const rules = config.rules.map((r) => [r.id, r.level, r.options, r.messageLevels ?? null]);
      key = hash(JSON.stringify({ rules, settings: config.settings, hadolintPragmas: config.hadolintPragmas, cwd }));
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
    const inputs = Object.fromEntries(details.inputs.map((input) => [input, this.fingerprint(input)]));
    const entry: Entry = { hash: hash(configKey, text), configKey, inputs, messages: details.result.messages, notices: details.notices };
    if (stat) entry.stat = stat;
    this.entries.set(absolute, entry);
    this.changed = true;
  }

  /** Writes the cache file when something changed (atomically); a warning when it cannot. */
  save(): string | null {
    if (!this.changed) return null;
    const entries: Record<string, Entry> = {};
    for (const [file, entry] of this.entries) {
      // files this run did not see are kept while they exist
      if (this.visited.has(file) || fs.existsSync(file)) entries[file] = entry;
    }
    const content: CacheFile = { docklint: BUILD_ID, entries };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temp, JSON.stringify(content));
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
      else print = stat.size > HASHED_UP_TO ? `${stat.size}:${stat.mtimeMs}` : hash(fs.readFileSync(file));
    } catch {
      print = "";
    }
    this.fingerprints.set(file, print);
    return print;
  }
}

function readEntries(file: string): Record<string, Entry> {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<CacheFile> | null;
    // another version's or build's results may differ: start afresh
    if (parsed?.docklint !== BUILD_ID || typeof parsed.entries !== "object" || parsed.entries === null) return {};
    return parsed.entries;
  } catch {
    return {};
  }
}

/**
 * The shape a stored entry must have to be used (the file may have been edited by hand). Its
 * messages are not checked one by one: they are used only when the hash of the text matches.
 */
function isEntry(entry: Entry): boolean {
  return (
    typeof entry === "object" &&
    entry !== null &&
    typeof entry.hash === "string" &&
    typeof entry.configKey === "string" &&
    typeof entry.inputs === "object" &&
    entry.inputs !== null &&
    Array.isArray(entry.notices) &&
    Array.isArray(entry.messages)
  );
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
