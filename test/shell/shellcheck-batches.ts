// Lints Dockerfiles twice with the shellcheck rule on: with ShellCheck's scripts in batches (as
// every run does), and with each script in a process of its own (as before batches, and as a
// script of a failed batch is retried). The findings must be the same, in the same order.
import fs from "node:fs";
import { LintSession } from "../../src/lint-session.js";
import { ShellcheckRunner } from "../../src/shell/shellcheck-runner.js";
import type { Finding } from "../../src/engine/result.js";

export async function batchedAndAlone(files: string[]): Promise<{ batched: Finding[][]; alone: Finding[][] }> {
  const jobs = files.map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
  const lint = async (scriptsPerProcess?: number) => {
    const session = new LintSession({ noConfig: true, rules: { shellcheck: "warning" } });
    if (scriptsPerProcess) session.setRunner("shellcheck", new ShellcheckRunner({ scriptsPerProcess }));
    return (await session.lintMany(jobs)).map((outcome) => {
      if (outcome instanceof Error) throw outcome;
      return outcome.result.messages;
    });
  };
  const [batched, alone] = [await lint(), await lint(1)];
  return { batched, alone };
}

/** How many findings are ShellCheck's: a comparison of nothing proves nothing. */
export function shellcheckFindings(results: Finding[][]): number {
  return results.flat().filter((f) => f.ruleId === "shellcheck").length;
}
