// ShellCheck is given only the declared names a script could mean (namesShellcheckCompares):
// over RUNs written by others, its comments are exactly those it gives with every name declared.
// (A name kept only because a word is near it, as for "did you mean", is the rule test's case:
// the corpus has no such RUN.)
import fs from "node:fs";
import { expect, it, vi } from "vitest";
import { LintSession } from "../../src/lint-session.js";
import { shellcheckAvailable, shellcheckRequest } from "../../src/shell/shellcheck.js";
import { ShellcheckRunner } from "../../src/shell/shellcheck-runner.js";
import { corpusSample, needsCorpus } from "../corpus.js";

/** What the shellcheck rule asks for: each script with its dialect and every name its stage declares. */
const asked = vi.hoisted(() => [] as { script: string; dialect: string; declared: string[] }[]);
vi.mock("../../src/shell/shellcheck.js", async (original) => {
  const actual = await original<typeof import("../../src/shell/shellcheck.js")>();
  return {
    ...actual,
    shellcheckRequest: (script: string, dialect: string, declared: string[]) => {
      asked.push({ script, dialect, declared });
      return actual.shellcheckRequest(script, dialect, declared);
    },
  };
});

it.runIf(shellcheckAvailable())("the corpus sample's ShellCheck comments are the same as with every declared name", async (test) => {
  needsCorpus(test, 100);
  const session = new LintSession({ noConfig: true, rules: { shellcheck: "warning" } });
  await session.lintMany(corpusSample(100).map((file) => ({ file, text: fs.readFileSync(file, "utf8") })));
  const requests = asked.splice(0);

  const runner = new ShellcheckRunner();
  const budget = { remainingMs: 60_000 };
  const compared = await Promise.all(
    requests.map(async ({ script, dialect, declared }) => {
      const names = declared.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
      const [given, everyName] = await Promise.all([
        runner.check(shellcheckRequest(script, dialect, declared), budget),
        // the whole line of names, as before, taken off again here
        runner.check({ dialect, text: `export ${names.join(" ")}\n${script}`, shift: 0 }, budget),
      ]);
      if (!Array.isArray(given) || !Array.isArray(everyName)) throw new Error(`shellcheck did not finish: ${String(given)} ${String(everyName)}`);
      const shifted = everyName.filter((c) => c.line > 1).map((c) => ({ ...c, line: c.line - 1, endLine: c.endLine - 1 }));
      return { given, shifted, names: names.length };
    }),
  );
  expect(requests.length).toBeGreaterThan(200);
  expect(compared.filter((c) => c.names > 0).length).toBeGreaterThan(200);
  expect(compared.flatMap((c) => c.given).length).toBeGreaterThan(100);
  for (const { given, shifted } of compared) expect(given).toEqual(shifted);
}, 300_000);
