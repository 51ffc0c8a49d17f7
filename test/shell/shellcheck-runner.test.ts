// How many ShellCheck processes the runner keeps at once: one per spare core while the caller
// lints, one more while the caller waits for results (its core is free then).
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ShellcheckRunner } from "../../src/shell/shellcheck-runner.js";
import { shellcheckRequest } from "../../src/shell/shellcheck.js";
import { project } from "../cli/run-cli.js";

// Each process marks itself running, notes how many are running (waiting up to 5 s for a second
// one when told to), and reports nothing for its scripts.
const fakeShellcheck = (waitForSecond: boolean) => {
  const bin = project({
    shellcheck: `#!/bin/sh
dir="$(dirname "$0")"
mkdir -p "$dir/running"; touch "$dir/running/$$"
i=0
while [ ${waitForSecond ? 50 : 0} -gt $i ] && [ "$(ls "$dir/running" | wc -l)" -lt 2 ]; do sleep 0.1; i=$((i+1)); done
ls "$dir/running" | wc -l >> "$dir/seen"
sleep 0.2
rm "$dir/running/$$"
printf '{"comments":[]}'
`,
  });
  fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
  return { bin, seen: () => fs.readFileSync(path.join(bin, "seen"), "utf8").trim().split("\n").map(Number) };
};

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

/** Four scripts' results, each script in a process of its own. */
const checkFour = (runner: ShellcheckRunner, word = "four") =>
  Promise.all([1, 2, 3, 4].map((n) => runner.check(shellcheckRequest(`echo ${word} ${n}`, "sh", []), { remainingMs: 30_000 })));

describe("ShellCheck processes at once", () => {
  it("one per spare core while the caller lints", async () => {
    const { bin, seen } = fakeShellcheck(false);
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
    const runner = new ShellcheckRunner({ processes: 1, scriptsPerProcess: 1 });
    expect(await checkFour(runner)).toEqual([[], [], [], []]);
    expect(seen()).toEqual([1, 1, 1, 1]);
  });

  it("one more while the caller waits for results, and back to one when it lints again", async () => {
    const { bin, seen } = fakeShellcheck(true);
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
    const runner = new ShellcheckRunner({ processes: 1, scriptsPerProcess: 1 });
    runner.callerWaits(true);
    expect(await checkFour(runner)).toEqual([[], [], [], []]);
    // two at a time: each saw the other
    expect(seen()).toEqual([2, 2, 2, 2]);
    const alone = fakeShellcheck(false);
    process.env.PATH = `${alone.bin}${path.delimiter}${savedPath}`;
    runner.callerWaits(false);
    expect(await checkFour(runner, "again")).toEqual([[], [], [], []]);
    expect(alone.seen()).toEqual([1, 1, 1, 1]);
  });

  it("none more when the caller's core is the only one", async () => {
    const { bin, seen } = fakeShellcheck(false);
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
    const runner = new ShellcheckRunner({ processes: 0, scriptsPerProcess: 1 });
    runner.callerWaits(true);
    expect(await checkFour(runner)).toEqual([[], [], [], []]);
    expect(seen()).toEqual([1, 1, 1, 1]);
  });
});

describe("answers kept for scripts asked for again", () => {
  it("are at hand once answered, for the same script, dialect and declared names only", async () => {
    const bin = project({ shellcheck: `#!/bin/sh\nprintf '{"comments":[]}'\n` });
    fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
    const runner = new ShellcheckRunner({ processes: 1 });
    const request = shellcheckRequest("echo $A", "sh", ["A"]);
    const answer = runner.check(request, { remainingMs: 30_000 });
    expect(runner.resultAtHand(request)).toBeUndefined();
    expect(await answer).toEqual([]);
    expect(runner.resultAtHand(request)).toEqual([]);
    expect(runner.resultAtHand(shellcheckRequest("echo $A", "sh", []))).toBeUndefined();
    expect(runner.resultAtHand(shellcheckRequest("echo $A", "bash", ["A"]))).toBeUndefined();
  });

  it("are the last 16,384 scripts': the oldest is checked again, a recent one is not", async () => {
    const bin = project({ shellcheck: `#!/bin/sh\nprintf '{"comments":[]}'\n` });
    fs.chmodSync(path.join(bin, "shellcheck"), 0o755);
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
    const runner = new ShellcheckRunner({ processes: 1 });
    const ask = (n: number) => runner.check(shellcheckRequest(`echo ${n}`, "sh", []), { remainingMs: 60_000 });
    await Promise.all(Array.from({ length: 16_385 }, (_, n) => ask(n)));
    expect(runner.stats.ran).toBe(16_385);
    await ask(16_384);
    expect(runner.stats.ran).toBe(16_385);
    await ask(0);
    expect(runner.stats.ran).toBe(16_386);
  }, 60_000);
});

