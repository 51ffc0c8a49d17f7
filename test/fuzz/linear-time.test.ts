// Linting time grows linearly with the length of a line, in every rule (issue 12). A regular
// expression that backtracks cannot be interrupted by the 10-second deadline; neither can a
// quadratic scan. Each shape of test/fuzz/long-lines.ts is linted at about 10 KB and 100 KB with
// every rule of rules/index.ts on (ShellCheck off: a separate program), and:
// - the whole lint and each rule's share of it may take at most GROWTH times longer at 100 KB
//   (ten times is linear, a hundred quadratic). Times under FLOOR_MS count as FLOOR_MS: there
//   a garbage collection or a compile is most of what is measured.
// - a 100 KB line lints in under LARGE_MS. It takes well under a second: the slowest shape,
//   `${` repeated in a RUN (tree-sitter recovering from broken shell), 0.5 to 1 s on a loaded
//   2-core machine; the bound leaves room for a slower one.
// A shape that fails is measured again, up to TRIES times, keeping the fastest time of each size:
// a pause fails one try, a quadratic every one. DOCKLINT_LONG_LINES=all takes every piece in
// every place (about 40 s) instead of the default selection (about 20 s).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRules } from "../../rules/index.js";
import { LintSession } from "../../src/lint-session.js";
import { HOSTILE_DOCKERIGNORE, longLines } from "./long-lines.js";

const SMALL = 10_000;
const LARGE = 100_000;
const GROWTH = 30;
const FLOOR_MS = 20;
const LARGE_MS = 2_000;
const TRIES = 3;

// a build context whose .dockerignore holds patterns a RegExp backtracked on
const context = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-linear-"));
fs.writeFileSync(path.join(context, ".dockerignore"), HOSTILE_DOCKERIGNORE);
afterAll(() => fs.rmSync(context, { recursive: true, force: true }));

const session = new LintSession({
  cwd: context,
  noConfig: true,
  rules: Object.fromEntries(allRules.map(({ id, rule }) => [id, id === "shellcheck" ? "off" : rule.meta.defaultLevel])),
  timing: true,
});

beforeAll(() => session.lint("FROM alpine:3.20\nRUN echo hi && apt-get install -y curl\n", "Dockerfile"));

interface Times {
  total: number;
  /** Milliseconds per rule id. */
  rules: Map<string, number>;
}

async function measure(text: string): Promise<Times> {
  session.timings.clear();
  const start = performance.now();
  const result = await session.lint(text, "Dockerfile");
  const total = performance.now() - start;
  // a crash or the deadline would hide the time the lint would have taken
  expect(result.messages.filter((m) => m.messageId === "internal" || m.messageId === "too-complex")).toEqual([]);
  return { total, rules: new Map(session.timings) };
}

function fastest(a: Times, b: Times): Times {
  const rules = new Map(a.rules);
  for (const [id, ms] of b.rules) rules.set(id, Math.min(ms, rules.get(id) ?? ms));
  return { total: Math.min(a.total, b.total), rules };
}

/** What grew faster than linearly, or took too long. */
function problems(small: Times, large: Times): string[] {
  const out: string[] = [];
  const grew = (before: number, after: number) => after > GROWTH * Math.max(before, FLOOR_MS);
  if (large.total > LARGE_MS) out.push(`${LARGE / 1000} KB took ${Math.round(large.total)} ms`);
  if (grew(small.total, large.total)) out.push(`the lint: ${Math.round(small.total)} -> ${Math.round(large.total)} ms`);
  for (const [id, ms] of large.rules) {
    const before = small.rules.get(id) ?? 0;
    if (grew(before, ms)) out.push(`${id}: ${Math.round(before)} -> ${Math.round(ms)} ms`);
  }
  return out;
}

const shapes = longLines({ every: process.env.DOCKLINT_LONG_LINES === "all" });

describe(`linting time grows linearly with a line's length (${shapes.length} shapes, every rule)`, () => {
  it.each(shapes.map((s) => [s.name, s] as const))("%s", async (_, shape) => {
    let small = await measure(shape.text(SMALL));
    let large = await measure(shape.text(LARGE));
    for (let tries = 1; tries < TRIES && problems(small, large).length; tries++) {
      small = fastest(small, await measure(shape.text(SMALL)));
      large = fastest(large, await measure(shape.text(LARGE)));
    }
    expect(problems(small, large)).toEqual([]);
  });
});
