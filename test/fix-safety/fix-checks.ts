// What the fix-safety tests check, over fixtures/ and over the corpus alike.
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { LintSession } from "../../src/lint-session.js";
import { checkFix, FIX_CHECK_CONFIG } from "../../scripts/fix-safety.js";
import { project, runCli } from "../cli/run-cli.js";

export const session = new LintSession({ config: FIX_CHECK_CONFIG });

/** The fix checker's problems with each file's --fix, by file; empty when every fix is safe. */
export async function fixProblems(files: string[]): Promise<Record<string, string[]>> {
  const problems: Record<string, string[]> = {};
  for (const file of files) {
    const check = await checkFix(session, fs.readFileSync(file, "utf8"), "Dockerfile");
    if (check.problems.length) problems[path.basename(file)] = check.problems;
  }
  return problems;
}

/** `docklint --fix` over copies of (at most 40 of) `files` writes exactly the fixes the checker passed, and a second run writes nothing. */
export async function expectCliWritesCheckedFixes(files: string[]): Promise<void> {
  const sample = files.slice(0, 40);
  const names = sample.map((_, i) => `${i}.Dockerfile`);
  const cwd = project({ ".docklintrc.json": JSON.stringify(FIX_CHECK_CONFIG), ...Object.fromEntries(sample.map((f, i) => [names[i], fs.readFileSync(f)])) });
  const expected = await Promise.all(sample.map(async (f) => (await checkFix(session, fs.readFileSync(f, "utf8"), "Dockerfile")).output ?? fs.readFileSync(f, "utf8")));
  expect(runCli(["--fix", "--no-fail", ...names], { cwd }).code).toBe(0);
  expect(names.map((n) => fs.readFileSync(path.join(cwd, n), "utf8"))).toEqual(expected);
  expect(expected.filter((text, i) => text !== fs.readFileSync(sample[i], "utf8")).length).toBeGreaterThan(0);
  const mtimes = names.map((n) => fs.statSync(path.join(cwd, n)).mtimeMs);
  runCli(["--fix", "--no-fail", ...names], { cwd });
  expect(names.map((n) => fs.statSync(path.join(cwd, n)).mtimeMs)).toEqual(mtimes);
}
