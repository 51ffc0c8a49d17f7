// --cache: a cached run reports exactly what an uncached one does; anything that could change a
// file's findings (its text, its config, docklint's version, a file a rule reads) re-lints it.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { VERSION } from "../../src/version.js";
import { describe, expect, it } from "vitest";
import { BROKEN, CLEAN, CLI, project, runCli } from "./run-cli.js";

const COPY_ALL = "FROM alpine:3.20\nUSER 1000\nCOPY . /app\n";

interface CacheFile {
  docklint: string;
  entries: Record<string, { messages: { message: string }[] }>;
}

const readCache = (file: string): CacheFile => JSON.parse(fs.readFileSync(file, "utf8")) as CacheFile;

/** Rewrites every cached message, so a run that uses the cache shows it. */
function tamper(file: string): void {
  const cache = readCache(file);
  for (const entry of Object.values(cache.entries)) for (const m of entry.messages) m.message = "FROM THE CACHE";
  fs.writeFileSync(file, JSON.stringify(cache));
}

const usedCache = (run: { stdout: string }) => run.stdout.includes("FROM THE CACHE");

function sample(): string {
  return project({
    "Dockerfile": BROKEN,
    "clean/Dockerfile": CLEAN,
    "context/Dockerfile": COPY_ALL,
    "binary/Dockerfile": Buffer.from([0x46, 0x00]),
    "sub/.hadolint.yaml": "ignored: [DL9999]\n",
    "sub/Dockerfile": BROKEN,
  });
}

describe("--cache", () => {
  it("a first and a second cached run print exactly what an uncached run prints, in every format", () => {
    const cwd = sample();
    for (const format of ["stylish", "json", "sarif"]) {
      const uncached = runCli(["-f", format, "."], { cwd });
      expect(uncached.code).toBe(2);
      expect(runCli(["-f", format, "--cache", "."], { cwd })).toEqual(uncached);
      expect(runCli(["-f", format, "--cache", "."], { cwd })).toEqual(uncached);
    }
  });

  it("is one JSON file, .docklintcache in the working directory, holding the results it reuses", () => {
    const cwd = sample();
    const before = fs.readdirSync(cwd).sort();
    runCli(["--cache", "."], { cwd });
    expect(fs.readdirSync(cwd).sort()).toEqual([...before, ".docklintcache"].sort());
    const cache = readCache(path.join(cwd, ".docklintcache"));
    expect(Object.keys(cache.entries).sort()).toEqual(
      ["Dockerfile", "clean/Dockerfile", "context/Dockerfile", "sub/Dockerfile"].map((f) => path.join(cwd, f)).sort(),
    );
    tamper(path.join(cwd, ".docklintcache"));
    const run = runCli(["--cache", "."], { cwd });
    expect(run.stdout).toContain("3:1  error  FROM THE CACHE  syntax");
  });

  it("re-lints a file whose text changed, and only that file", () => {
    const cwd = project({ "a/Dockerfile": BROKEN, "b/Dockerfile": BROKEN });
    runCli(["--cache", "."], { cwd });
    tamper(path.join(cwd, ".docklintcache"));
    fs.writeFileSync(path.join(cwd, "a/Dockerfile"), BROKEN + "USER 1000\n");
    const run = runCli(["-f", "json", "--cache", "."], { cwd });
    const [a, b] = JSON.parse(run.stdout) as { messages: { message: string }[] }[];
    expect(a.messages.map((m) => m.message)).toEqual(["MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead.", "Unknown instruction 'RUNN'."]);
    expect(b.messages.map((m) => m.message)).toEqual(["FROM THE CACHE", "FROM THE CACHE"]);
  });


  it("trusts a file's size, inode and ctime only once it has settled, and re-lints any write, even of the same size", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const file = path.join(cwd, "Dockerfile");
    const cacheFile = path.join(cwd, ".docklintcache");
    runCli(["--cache", "."], { cwd });
    // written a moment ago: a write within the same clock tick would keep the ctime, so no stat is kept
    const entry = () => Object.values(readCache(cacheFile).entries)[0] as { stat?: number[]; messages: { message: string }[] };
    expect(entry().stat).toBeUndefined();

    // as a settled file's entry would be: the file's stat as it is now
    const stat = fs.statSync(file);
    const cache = readCache(cacheFile);
    for (const e of Object.values(cache.entries) as { stat?: number[]; messages: { message: string }[] }[]) {
      e.stat = [stat.size, stat.ino, stat.ctimeMs];
      for (const m of e.messages) m.message = "FROM THE CACHE";
    }
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    expect(usedCache(runCli(["-f", "json", "--cache", "."], { cwd }))).toBe(true);

    // the same number of bytes, and the old modification time: the ctime still moves
    const same = BROKEN.replace("MAINTAINER Ada", "MAINTAINER Bob");
    fs.writeFileSync(file, same);
    fs.utimesSync(file, stat.atime, stat.mtime);
    expect(fs.statSync(file).size).toBe(stat.size);
    const run = runCli(["-f", "json", "--cache", "."], { cwd });
    expect(usedCache(run)).toBe(false);
    expect(run.stdout).toBe(runCli(["-f", "json", "."], { cwd }).stdout);
  });
  it("re-lints when the config changes: a config file, --rule, --context", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const fresh = (args: string[]) => {
      runCli(["--cache", ...args, "Dockerfile"], { cwd });
      tamper(path.join(cwd, ".docklintcache"));
      expect(usedCache(runCli(["--cache", ...args, "Dockerfile"], { cwd }))).toBe(true);
    };
    fresh([]);
    fs.writeFileSync(path.join(cwd, ".docklintrc.json"), '{"rules": {"no-maintainer": "warning"}}');
    const changedConfig = runCli(["--cache", "Dockerfile"], { cwd });
    expect(usedCache(changedConfig)).toBe(false);
    expect(changedConfig.stdout).toContain("2:1  warning  MAINTAINER is deprecated");
    fresh([]);
    expect(usedCache(runCli(["--cache", "--rule", "syntax=warning", "Dockerfile"], { cwd }))).toBe(false);
    fresh([]);
    expect(usedCache(runCli(["--cache", "--context", "..", "Dockerfile"], { cwd }))).toBe(false);
  });

  it("re-lints when docklint's version differs from the one that wrote the cache", () => {
    const cwd = project({ Dockerfile: BROKEN });
    runCli(["--cache", "Dockerfile"], { cwd });
    const file = path.join(cwd, ".docklintcache");
    tamper(file);
    expect(usedCache(runCli(["--cache", "Dockerfile"], { cwd }))).toBe(true);
    fs.writeFileSync(file, JSON.stringify({ ...readCache(file), docklint: "0.0.1" }));
    expect(usedCache(runCli(["--cache", "Dockerfile"], { cwd }))).toBe(false);
  });

  it("re-lints when the build differs: a changed rule under the same version number", () => {
    const cwd = project({ Dockerfile: BROKEN });
    runCli(["--cache", "Dockerfile"], { cwd });
    const file = path.join(cwd, ".docklintcache");
    const written = readCache(file).docklint;
    // the built CLI records the version and a hash of the sources it was built from
    expect(written).toMatch(new RegExp(`^${VERSION.replace(/\./g, "\\.")}\\+[0-9a-f]{12}$`));
    tamper(file);
    fs.writeFileSync(file, JSON.stringify({ ...readCache(file), docklint: `${VERSION}+000000000000` }));
    expect(usedCache(runCli(["--cache", "Dockerfile"], { cwd }))).toBe(false);
  });

  it("re-lints when a .dockerignore the dockerignore rule looks for appears, changes or goes", () => {
    const cwd = project({ Dockerfile: COPY_ALL, "data.Dockerfile": "FROM alpine:3.20\nUSER 1000\nCOPY data /data\n" });
    const plain = (args: string[]) => runCli(["--rule", "shellcheck=off", ...args, "."], { cwd });
    const check = () => {
      const cached = plain(["--cache"]);
      expect(cached).toEqual(plain([]));
      return cached.stdout;
    };
    expect(check()).toContain("COPY .` sends the whole build context");
    fs.writeFileSync(path.join(cwd, ".dockerignore"), ".git\n");
    expect(check()).toBe("");
    fs.writeFileSync(path.join(cwd, ".dockerignore"), ".git\ndata\n");
    expect(check()).toContain("`data` is excluded by .dockerignore (line 2)");
    fs.writeFileSync(path.join(cwd, "data.Dockerfile.dockerignore"), ".git\n");
    expect(check()).toBe("");
    fs.rmSync(path.join(cwd, "data.Dockerfile.dockerignore"));
    fs.rmSync(path.join(cwd, ".dockerignore"));
    expect(check()).toContain("COPY .` sends the whole build context");
  });

  it("ignores a corrupt or unreadable cache file and writes a good one", () => {
    const cwd = sample();
    const uncached = runCli(["-f", "json", "."], { cwd });
    const file = path.join(cwd, ".docklintcache");
    for (const garbage of ["{not json", "[]", "null", '{"docklint": "0.1.0", "entries": {"x": 1}}', JSON.stringify({ entries: [] })]) {
      fs.writeFileSync(file, garbage);
      expect(runCli(["-f", "json", "--cache", "."], { cwd })).toEqual(uncached);
      expect(Object.keys(readCache(file).entries).length).toBe(4);
    }
    // a good file whose entries were cut short
    const cache = readCache(file);
    for (const entry of Object.values(cache.entries)) (entry as { messages?: unknown }).messages = "?";
    fs.writeFileSync(file, JSON.stringify(cache));
    expect(runCli(["-f", "json", "--cache", "."], { cwd })).toEqual(uncached);
  });

  it("--cache-location names the file, or a directory to hold .docklintcache", () => {
    const cwd = project({ Dockerfile: BROKEN, "cache-dir/.keep": "" });
    runCli(["--cache", "--cache-location", "my-cache.json", "Dockerfile"], { cwd });
    expect(Object.keys(readCache(path.join(cwd, "my-cache.json")).entries)).toEqual([path.join(cwd, "Dockerfile")]);
    runCli(["--cache", "--cache-location", "cache-dir", "Dockerfile"], { cwd });
    expect(fs.existsSync(path.join(cwd, "cache-dir", ".docklintcache"))).toBe(true);
    runCli(["--cache", "--cache-location", "new-dir/", "Dockerfile"], { cwd });
    expect(fs.existsSync(path.join(cwd, "new-dir", ".docklintcache"))).toBe(true);
    expect(fs.existsSync(path.join(cwd, ".docklintcache"))).toBe(false);
  });

  it("a cache it cannot write is a warning: the report and exit code are as without it", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const uncached = runCli(["Dockerfile"], { cwd });
    const run = runCli(["--cache", "--cache-location", "Dockerfile/cache", "Dockerfile"], { cwd });
    expect(run.code).toBe(uncached.code);
    expect(run.stdout).toBe(uncached.stdout);
    expect(run.stderr).toMatch(/^docklint: Cannot write the cache .*Dockerfile\/cache: .+\.\n$/);
  });

  it("--fix applies fixes even when the file's findings are cached, and caches the fixed text", () => {
    const cwd = project({ Dockerfile: BROKEN, "clean/Dockerfile": CLEAN });
    const reference = project({ Dockerfile: BROKEN, "clean/Dockerfile": CLEAN });
    runCli(["--cache", "."], { cwd });
    const fixed = runCli(["-f", "json", "--fix", "--cache", "."], { cwd });
    const expected = runCli(["-f", "json", "--fix", "."], { cwd: reference });
    expect(fixed.stdout.replaceAll(cwd, "<dir>")).toBe(expected.stdout.replaceAll(reference, "<dir>"));
    expect(fs.readFileSync(path.join(cwd, "Dockerfile"), "utf8")).toBe(fs.readFileSync(path.join(reference, "Dockerfile"), "utf8"));
    expect(fs.readFileSync(path.join(cwd, "Dockerfile"), "utf8")).not.toBe(BROKEN);
    // the fixed file's findings were kept: the next run takes them from the cache
    tamper(path.join(cwd, ".docklintcache"));
    expect(runCli(["--cache", "Dockerfile"], { cwd }).stdout).toContain("FROM THE CACHE");
  });

  it("--fix-dry-run with a cache reports the fixed text, and keeps nothing for the unfixed file", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const uncached = runCli(["-f", "json", "--fix-dry-run", "Dockerfile"], { cwd });
    expect(runCli(["-f", "json", "--fix-dry-run", "--cache", "Dockerfile"], { cwd })).toEqual(uncached);
    expect(runCli(["-f", "json", "--fix-dry-run", "--cache", "Dockerfile"], { cwd })).toEqual(uncached);
    expect(fs.readFileSync(path.join(cwd, "Dockerfile"), "utf8")).toBe(BROKEN);
  });

  it("keeps a rule's notice with the file it came from", () => {
    const cwd = project({ Dockerfile: "FROM alpine:3.20\nUSER 1000\nRUN echo $x\n" });
    const env = { PATH: path.join(cwd, "no-bin") };
    const args = ["--rule", "shellcheck=warning", "--cache", "Dockerfile"];
    const first = runCli(args, { cwd, env });
    expect(first.stderr).toBe("docklint: shellcheck is not on PATH: the shellcheck rule was skipped (install Debian's shellcheck package).\n");
    expect(runCli(args, { cwd, env })).toEqual(first);
  });

  it("with worker threads, cold and warm, reports what one thread without a cache does", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) files[`d${String(i).padStart(2, "0")}/Dockerfile`] = i % 3 ? BROKEN : COPY_ALL;
    const cwd = project(files);
    const uncached = runCli(["-f", "json", "--jobs", "1", "."], { cwd });
    expect(runCli(["-f", "json", "--jobs", "2", "--cache", "."], { cwd })).toEqual(uncached);
    fs.writeFileSync(path.join(cwd, "d05", "Dockerfile"), CLEAN);
    const changed = runCli(["-f", "json", "--jobs", "1", "."], { cwd });
    expect(changed).not.toEqual(uncached);
    expect(runCli(["-f", "json", "--jobs", "2", "--cache", "."], { cwd })).toEqual(changed);
  });

  it("uses no entry whose shape is not a result's: the file is linted again (an entry of [null] crashed the run)", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const file = path.join(cwd, ".docklintcache");
    const uncached = runCli(["-f", "json", "Dockerfile"], { cwd });
    runCli(["--cache", "Dockerfile"], { cwd });
    const good = readCache(file);
    const entry = () => Object.values(good.entries)[0] as unknown as Record<string, unknown> & { messages: Record<string, unknown>[] };
    const [first] = entry().messages;
    const broken: [string, (e: ReturnType<typeof entry>) => void][] = [
      ["a null message", (e) => (e.messages = [null as never])],
      ["a line that is a string", (e) => (e.messages = [{ ...first, line: "2" }])],
      ["a level that is none of the levels", (e) => (e.messages = [{ ...first, level: "fatal" }])],
      ["a severity of 3", (e) => (e.messages = [{ ...first, severity: 3 }])],
      ["a fix without a range", (e) => (e.messages = [{ ...first, fix: { text: "x" } }])],
      ["a message with a line break", (e) => (e.messages = [{ ...first, message: "two\nlines" }])],
      ["a notice that is a number", (e) => (e.notices = [1])],
      ["an input that is not a fingerprint", (e) => (e.inputs = { "/x": 1 })],
      ["a stat that is not three numbers", (e) => (e.stat = ["a", 1, 2])],
    ];
    for (const [what, breakIt] of broken) {
      const cache = readCache(file);
      Object.assign(cache, { entries: JSON.parse(JSON.stringify(good.entries)) });
      const e = Object.values(cache.entries)[0] as unknown as ReturnType<typeof entry>;
      breakIt(e);
      for (const m of e.messages ?? []) if (m && typeof m === "object" && m.message === first.message) m.message = "FROM THE CACHE";
      fs.writeFileSync(file, JSON.stringify(cache));
      const run = runCli(["-f", "json", "--cache", "Dockerfile"], { cwd });
      expect({ what, ...run }).toEqual({ what, ...uncached });
    }
  });

  it("never keeps a result cut short by a limit: whether the time limit is reached depends on the machine", () => {
    const cwd = project({ "huge/Dockerfile": `FROM alpine:3.20\n${"RUN true\n".repeat(10_000)}`, Dockerfile: BROKEN });
    const run = runCli(["-f", "json", "--cache", "."], { cwd });
    expect(JSON.parse(run.stdout)[1].messages.map((m: { messageId: string }) => m.messageId)).toEqual(["too-complex"]);
    expect(Object.keys(readCache(path.join(cwd, ".docklintcache")).entries)).toEqual([path.join(cwd, "Dockerfile")]);
  });

  it.each([
    ["a FIFO", (file: string) => execFileSync("mkfifo", [file]), "a FIFO"],
    ["a link to a file", (file: string) => fs.symlinkSync("Dockerfile", file), "a symbolic link"],
  ])("a cache location that is %s is neither read nor written: one warning, the report as without it", (_, make, kind) => {
    const cwd = project({ Dockerfile: BROKEN });
    const uncached = runCli(["-f", "json", "Dockerfile"], { cwd });
    make(path.join(cwd, "cache"));
    const run = runCli(["-f", "json", "--cache", "--cache-location", "cache", "Dockerfile"], { cwd, hangGuardMs: 60_000 });
    expect(run).toEqual({ ...uncached, stderr: `docklint: Not using the cache ${path.join(cwd, "cache")}: it is ${kind}, not a regular file.\n` });
    expect(fs.readFileSync(path.join(cwd, "Dockerfile"), "utf8")).toBe(BROKEN);
    expect(fs.readdirSync(cwd).sort()).toEqual(["Dockerfile", "cache"]);
  });

  it("writes its temporary file afresh, never through a file or link already at that name", () => {
    const cwd = project({ Dockerfile: BROKEN, "victim.txt": "keep me\n" });
    // the temporary file's name holds the process id: the shell makes the link, then becomes docklint
    const script = `ln -s victim.txt .docklintcache.$$.tmp && exec "${process.execPath}" "${CLI}" --cache Dockerfile`;
    const run = spawnSync("sh", ["-c", script], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.status).toBe(1);
    expect(fs.readFileSync(path.join(cwd, "victim.txt"), "utf8")).toBe("keep me\n");
    expect(Object.keys(readCache(path.join(cwd, ".docklintcache")).entries)).toEqual([path.join(cwd, "Dockerfile")]);
  });
});
