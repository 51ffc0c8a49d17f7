// A file whose lint runs past the time limit where no check between nodes can see it (a rule stuck
// in a loop or a regular expression) is stopped and reported, and the files linted with it in the
// same window are not affected. Two test rules stand in for such code: real rules have none left
// that we know of (regex-safety.test.ts, fuzz/linear-time.test.ts), which is why the limit exists.
import { describe, expect, it, vi } from "vitest";
import type { NamedRule, Rule } from "../../src/engine/rule.js";
import { isShellParserLoaded, loadShellParser } from "../../src/shell/bash-parser.js";

const meta: Rule["meta"] = {
  type: "problem",
  docs: { description: "A test rule.", rationale: "For tests.", examples: { valid: [], invalid: [] }, recommended: true },
  aliases: [],
  defaultLevel: "warning",
  messages: { found: "Found." },
  schema: [],
};

/** `LABEL spin=forever` never returns; `LABEL slow=<ms>` busy-waits that long. */
const spin: Rule = {
  meta,
  create: () => ({
    Label(label) {
      const text = label.args.map((a) => a.value).join(" ");
      if (text.includes("spin=forever")) for (;;);
      const slow = /slow=(\d+)/.exec(text);
      if (slow) {
        const until = performance.now() + Number(slow[1]);
        while (performance.now() < until);
      }
    },
  }),
};

/** `LABEL regex=<text>` runs an exponentially backtracking pattern on the text. */
const backtrack: Rule = {
  meta,
  create: (context) => ({
    Label(label) {
      const value = label.args.map((a) => a.value).join(" ");
      if (value.startsWith("regex=") && new RegExp("^(a|a)*b$").test(value.slice(6))) context.report({ node: label, messageId: "found" });
    },
  }),
};

vi.mock("../../rules/index.js", async (original) => {
  const { allRules } = await original<{ allRules: NamedRule[] }>();
  return { allRules: [...allRules, { id: "test-spin", rule: spin }, { id: "test-backtrack", rule: backtrack }] };
});

const { LintSession } = await import("../../src/lint-session.js");

const session = (timeLimit: number) =>
  // without ShellCheck, whose process alone can take 0.3 s on a loaded machine: the limit here is the rules'
  new LintSession({ noConfig: true, timeLimit, rules: { "test-spin": "warning", "test-backtrack": "warning", shellcheck: "off" } });

const STOPPED = (seconds: number) =>
  `Too complex to lint: linting it took more than ${seconds} seconds; it was stopped (docklint's limit for one file); no rule was run.`;

function summary(outcome: unknown) {
  if (outcome instanceof Error) return outcome.message;
  const { result } = outcome as { result: { messages: { ruleId: string | null; line: number; column: number; message: string }[] } };
  return result.messages.map((m) => [m.ruleId, m.line, m.column, m.ruleId === null ? m.message : ""]);
}

describe("the time limit stops what the checks between nodes cannot", () => {
  it("a rule that never returns: that file gets one too-complex finding, the files around it their own", async () => {
    const outcomes = await session(0.3).lintMany([
      { file: "before/Dockerfile", text: "FROM alpine:3.20\nMAINTAINER Ada\n" },
      { file: "stuck/Dockerfile", text: "FROM alpine:3.20\nMAINTAINER Ada\nLABEL spin=forever\n" },
      { file: "after/Dockerfile", text: "FROM alpine:3.20\nMAINTAINER Ada\n" },
    ]);
    expect(outcomes.map(summary)).toEqual([
      [["no-maintainer", 2, 1, ""]],
      [[null, 1, 1, STOPPED(0.3)]],
      [["no-maintainer", 2, 1, ""]],
    ]);
  });

  it("a regular expression backtracking exponentially", async () => {
    const outcomes = await session(0.3).lintMany([{ file: "Dockerfile", text: `FROM alpine:3.20\nLABEL regex=${"a".repeat(40)}\n` }]);
    expect(outcomes.map(summary)).toEqual([[[null, 1, 1, STOPPED(0.3)]]]);
  });

  it("with --fix too: the stopped file gets no output", async () => {
    const [outcome] = await session(0.3).lintMany([{ file: "Dockerfile", text: "FROM alpine:3.20\nMAINTAINER Ada\nLABEL spin=forever\n" }], { fix: true });
    expect(summary(outcome)).toEqual([[null, 1, 1, STOPPED(0.3)]]);
    expect((outcome as { result: { output?: string } }).result.output).toBeUndefined();
  });

  it("files that together outlast one window are each given their whole limit", async () => {
    // the window is the limit and a second more: the fifth file starts 1.2 s into it and is still
    // running when it closes, though it is within its own limit; it is linted again in a window of its own
    const slow = (i: number) => ({ file: `${i}/Dockerfile`, text: "FROM alpine:3.20\nLABEL slow=300\nMAINTAINER Ada\n" });
    const outcomes = await session(0.5).lintMany([1, 2, 3, 4, 5, 6].map(slow));
    expect(outcomes.map(summary)).toEqual(Array(6).fill([["no-maintainer", 3, 1, ""]]));
  });

  it("a file that needs tree-sitter after a stop is read by a new parser instance", async () => {
    await loadShellParser();
    const outcomes = await session(0.3).lintMany([
      { file: "stuck/Dockerfile", text: "FROM alpine:3.20\nLABEL spin=forever\n" },
      // a shell function: the simple reader leaves it to tree-sitter
      { file: "shell/Dockerfile", text: "FROM debian:12\nRUN f() { apt-get install curl; }; f\n" },
    ]);
    expect(isShellParserLoaded()).toBe(true);
    expect(summary(outcomes[1])).toEqual(expect.arrayContaining([["apt-yes", 2, 19, ""]]));
  });
});
