// ShellCheck is given only the declared names a script could mean (namesShellcheckCompares):
// over RUNs written by others, its comments are exactly those it gives with every name declared.
// (A name kept only because a word is near it, as for "did you mean", is the rule test's case:
// the corpus has no such RUN.)
import fs from "node:fs";
import { expect, it } from "vitest";
import { LintSession } from "../../src/lint-session.js";
import { shellcheckAvailable } from "../../src/shell/shellcheck.js";
import { ShellcheckRunner, type ShellcheckRequest } from "../../src/shell/shellcheck-runner.js";
import { corpusSample, needsCorpus } from "../corpus.js";

/** A runner that keeps the requests the shellcheck rule makes. */
class RecordingRunner extends ShellcheckRunner {
  readonly requests: ShellcheckRequest[] = [];
  override run(inputs: unknown[], budget: { remainingMs: number }) {
    this.requests.push(...(inputs as ShellcheckRequest[]));
    return super.run(inputs, budget);
  }
}

it.runIf(shellcheckAvailable())("the corpus sample's ShellCheck comments are the same as with every declared name", async (test) => {
  needsCorpus(test, 100);
  const recording = new RecordingRunner();
  const session = new LintSession({ noConfig: true, rules: { shellcheck: "warning" } });
  session.setRunner("shellcheck", recording);
  await session.lintMany(corpusSample(100).map((file) => ({ file, text: fs.readFileSync(file, "utf8") })));

  const runner = new ShellcheckRunner();
  const budget = { remainingMs: 60_000 };
  const compared = await Promise.all(
    recording.requests.map(async (request) => {
      const names = request.declared.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
      const [given, everyName] = await Promise.all([
        runner.check(request, budget),
        // the whole line of names, as before: taken off again as the runner takes off its own
        runner.check({ script: `export ${names.join(" ")}\n${request.script}`, dialect: request.dialect, declared: [] }, budget),
      ]);
      if (!Array.isArray(given) || !Array.isArray(everyName)) throw new Error(`shellcheck did not finish: ${String(given)} ${String(everyName)}`);
      const shifted = everyName.filter((c) => c.line > 1).map((c) => ({ ...c, line: c.line - 1, endLine: c.endLine - 1 }));
      return { given, shifted, names: names.length };
    }),
  );
  expect(recording.requests.length).toBeGreaterThan(200);
  expect(compared.filter((c) => c.names > 0).length).toBeGreaterThan(200);
  expect(compared.flatMap((c) => c.given).length).toBeGreaterThan(100);
  for (const { given, shifted } of compared) expect(given).toEqual(shifted);
}, 300_000);
