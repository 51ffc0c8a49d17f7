// Worker threads over 200 Dockerfiles written by others: the same report and the same fixed files
// as one thread (parallel.test.ts checks the same over fixtures/).
import { describe, expect, it } from "vitest";
import { corpusSample, needsCorpus } from "../corpus.js";
import { copyProject, mixedProjectOf, tree } from "./mixed-project.js";
import { runCli } from "./run-cli.js";

const OFF = ["--rule", "shellcheck=off"];

describe("--jobs over the corpus", () => {
  it("two threads report and fix exactly what one does", (test) => {
    needsCorpus(test, 200);
    const base = mixedProjectOf(corpusSample(200));
    const [a, b] = [copyProject(base), copyProject(base)];
    const one = runCli([...OFF, "-f", "json", "--fix", "--jobs", "1", "."], { cwd: a });
    const two = runCli([...OFF, "-f", "json", "--fix", "--jobs", "2", "."], { cwd: b });
    const inA = (run: typeof one, dir: string) => ({ ...run, stdout: run.stdout.replaceAll(dir, "<dir>"), stderr: run.stderr.replaceAll(dir, "<dir>") });
    expect(inA(two, b)).toEqual(inA(one, a));
    expect(JSON.parse(one.stdout)).toHaveLength(204);
    expect(tree(b)).toEqual(tree(a));
    expect(tree(a)).not.toEqual(tree(base));
  }, 120_000);
});
