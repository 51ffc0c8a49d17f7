// Worker threads (--jobs) change how fast, never what: every output, message and written file
// is the same as with one thread.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORES_PER_THREAD, MAX_THREADS_PER_CORE, threadCount, MIN_FILES_FOR_WORKERS } from "../../src/batch/thread-count.js";
import { fixtureFiles } from "../corpus.js";
import { copyProject, mixedProjectOf, tree } from "./mixed-project.js";
import { BROKEN, project, runCli } from "./run-cli.js";

/** 200 Dockerfiles made of fixtures/ (the corpus: parallel.corpus.test.ts), and the files that must merge in order. */
const mixedProject = () => mixedProjectOf(Array.from({ length: 200 }, (_, i) => fixtureFiles()[i % fixtureFiles().length]));

const OFF = ["--rule", "shellcheck=off"];

describe("--jobs", () => {
  it("two threads report exactly what one does: results in input order, errors, config warnings, exit code", () => {
    const cwd = mixedProject();
    const one = runCli([...OFF, "-f", "json", "--jobs", "1", "."], { cwd });
    const two = runCli([...OFF, "-f", "json", "--jobs", "2", "."], { cwd });
    expect(two).toEqual(one);
    expect(one.code).toBe(2);
    const results = JSON.parse(one.stdout) as { filePath: string }[];
    expect(results.length).toBe(204);
    expect(results.map((r) => r.filePath)).toEqual([...results.map((r) => r.filePath)].sort((a, b) => a.localeCompare(b)));
    expect(one.stderr.split("\n")).toEqual([
      expect.stringMatching(/warn-a.\.hadolint\.yaml: ignored names 'DL9998'/),
      expect.stringMatching(/warn-b.\.hadolint\.yaml: ignored names 'DL9999'/),
      expect.stringMatching(/^docklint: Invalid config .*bad-config.\.docklintrc\.json: rules\.no-such-rule: unknown rule 'no-such-rule'$/),
      `docklint: ${path.join("binary", "Dockerfile")} is a binary file, not a Dockerfile.`,
      "",
    ]);
  });

  it("with stylish output and --quiet too", () => {
    const cwd = mixedProject();
    const args = [...OFF, "--quiet", "warn-a", "warn-b", "corpus", "fixture"];
    expect(runCli([...args, "-j", "2"], { cwd })).toEqual(runCli([...args, "-j", "1"], { cwd }));
  });

  it("--fix in two threads writes the same files and reports the same as in one", () => {
    const base = mixedProject();
    const [a, b] = [copyProject(base), copyProject(base)];
    const one = runCli([...OFF, "-f", "json", "--fix", "--jobs", "1", "."], { cwd: a });
    const two = runCli([...OFF, "-f", "json", "--fix", "--jobs", "2", "."], { cwd: b });
    const inA = (run: typeof one, dir: string) => ({ ...run, stdout: run.stdout.replaceAll(dir, "<dir>"), stderr: run.stderr.replaceAll(dir, "<dir>") });
    expect(inA(two, b)).toEqual(inA(one, a));
    expect(tree(b)).toEqual(tree(a));
    expect(tree(a)).not.toEqual(tree(base));
  });

  it("--fix-dry-run in two threads gives the same fixed texts", () => {
    const cwd = mixedProject();
    const args = [...OFF, "-f", "json", "--fix-dry-run", "corpus", "fixture"];
    const one = runCli([...args, "--jobs", "1"], { cwd });
    expect(runCli([...args, "--jobs", "2"], { cwd })).toEqual(one);
    expect(one.stdout).toContain('"output":');
  });

  it("a rule's notice is printed once, whatever thread met it", () => {
    const cwd = project({ "a/Dockerfile": "FROM alpine:3.20\nRUN echo $x\n", "b/Dockerfile": "FROM alpine:3.20\nRUN echo $y\n" });
    const env = { PATH: path.join(cwd, "no-bin") };
    const one = runCli(["--rule", "shellcheck=warning", "--jobs", "1", "."], { cwd, env });
    expect(runCli(["--rule", "shellcheck=warning", "--jobs", "2", "."], { cwd, env })).toEqual(one);
    expect(one.stderr).toBe("docklint: shellcheck is not on PATH: the shellcheck rule was skipped (install Debian's shellcheck package).\n");
  });

  it("--timing adds the workers' rule and phase times", () => {
    const cwd = mixedProject();
    const run = runCli([...OFF, "--timing", "--jobs", "2", "-o", "report.txt", "corpus"], { cwd });
    const phases = run.stderr.split("\n\n")[1].split("\n");
    expect(phases[0]).toMatch(/^Phase +\| +Time \(ms\) \| Relative$/);
    expect(phases.slice(2).map((row) => row.split(" |")[0].trim())).toEqual(["read", "parse", "shell parse", "rules", "format"]);
  });

  it("takes a number of threads or auto", () => {
    const cwd = project({ Dockerfile: BROKEN });
    for (const value of ["0", "two", "1.5"]) {
      expect(runCli(["--jobs", value, "Dockerfile"], { cwd })).toEqual({
        code: 2,
        stdout: "",
        stderr: `docklint: --jobs takes a number of threads or auto, not '${value}' (see docklint --help).\n`,
      });
    }
    expect(runCli(["--jobs", "auto", "-f", "json", "Dockerfile"], { cwd }).code).toBe(1);
  });
});

describe("how many threads", () => {
  it("auto: this thread alone below the threshold, then more, never more than files", () => {
    expect(threadCount("auto", 1)).toBe(1);
    expect(threadCount("auto", MIN_FILES_FOR_WORKERS - 1)).toBe(1);
    expect(threadCount("auto", 10_000, 8)).toBe(5);
    expect(threadCount("auto", 10_000, 4)).toBe(2);
    // on 2 cores one thread already keeps both busy (V8's compiler and collector use the other)
    expect(threadCount("auto", 10_000, 2)).toBe(1);
    expect(threadCount("auto", 10_000, 1)).toBe(1);
    expect(threadCount(4, 3)).toBe(3);
    expect(threadCount(4, 1)).toBe(1);
    expect(threadCount(1, 1000)).toBe(1);
  });

  it(`-j N: at most ${MAX_THREADS_PER_CORE} per core, whatever N (-j 200 on 2 cores made 45 files too-complex)`, () => {
    expect(threadCount(200, 45, 2)).toBe(2 * MAX_THREADS_PER_CORE);
    expect(threadCount(200, 1000, 16)).toBe(16 * MAX_THREADS_PER_CORE);
    expect(threadCount(3, 1000, 2)).toBe(3);
    expect(threadCount(200, 3, 2)).toBe(3);
  });

  it("--help and the README say what auto does", () => {
    const help = runCli(["--help"], { cwd: project({}) }).stdout.split("\n");
    expect(help.find((line) => line.includes("--jobs"))).toContain(`(at most ${MAX_THREADS_PER_CORE} per core); auto (default): one per ${CORES_PER_THREAD} cores from ${MIN_FILES_FOR_WORKERS} files on, so none on 2 cores`);
    const readme = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "README.md"), "utf8").split("\n");
    const row = readme.find((line) => line.startsWith("| `-j, --jobs N`"));
    expect(row).toContain(`one per ${CORES_PER_THREAD} cores when there are ${MIN_FILES_FOR_WORKERS} files or more to lint (none on 2 cores)`);
    expect(row).toContain(MAX_THREADS_PER_CORE === 2 ? "at most two per core" : `at most ${MAX_THREADS_PER_CORE} per core`);
    expect(threadCount("auto", 10_000, 2)).toBe(1);
  });
});

describe("lintFiles (the built library)", () => {
  it("gives the same results with two threads as with one", async () => {
    const cwd = mixedProject();
    const { lintFiles } = (await import(path.join(import.meta.dirname, "..", "..", "dist", "index.js"))) as typeof import("../../src/index.js");
    const options = { cwd, rules: { shellcheck: "off" as const } };
    const one = await lintFiles(["corpus", "fixture"], { ...options, jobs: 1 });
    expect(await lintFiles(["corpus", "fixture"], { ...options, jobs: 2 })).toEqual(one);
    expect(one.length).toBe(201);
  });

  it("lints on its own thread when the options cannot be sent to a worker (a config holding a function)", async () => {
    const cwd = mixedProject();
    const { lintFiles } = (await import(path.join(import.meta.dirname, "..", "..", "dist", "index.js"))) as typeof import("../../src/index.js");
    const rules = { shellcheck: "off" as const };
    const config = { rules, settings: { callback: () => "not cloneable" } };
    expect(await lintFiles(["corpus"], { cwd, config, jobs: 2 })).toEqual(await lintFiles(["corpus"], { cwd, rules, jobs: 1 }));
  });
});
