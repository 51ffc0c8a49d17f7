// Checks whose results arrive after the walk (RuleContext.checkLater): what their rule reports
// then is treated as a report during the walk.
import { describe, expect, it } from "vitest";
import { LaterCheckFailed } from "../../src/engine/later-checks.js";
import { lintText, type ActiveRule, type LintOptions } from "../../src/engine/linter.js";
import { RuleRegistry } from "../../src/engine/registry.js";
import type { Rule } from "../../src/engine/rule.js";
import { OUT_OF_TIME } from "../../src/parse/limits.js";
import { active, fakeRules } from "./fake-rules.js";

/** Asks for a check of each RUN's text; reports its result as the code XL<result> (at once when it cannot ask). */
const checksLater: Rule = {
  meta: {
    type: "problem",
    docs: { description: "A test rule.", rationale: "For tests.", examples: { valid: [], invalid: [] }, recommended: true },
    aliases: ["XL*"],
    messageAliases: { "XL*": "*" },
    defaultLevel: "warning",
    messages: { now: "Checked at once." },
    schema: [],
  },
  create: (context) => ({
    Run(node) {
      const report = (result: unknown) => context.report({ node, messageId: `XL${String(result)}`, message: `Result ${String(result)}.` } as never);
      if (context.checkLater) context.checkLater({ kind: "echo", input: node.shellText, offset: node.range[0] }, report);
      else context.report({ node, messageId: "now" });
    },
  }),
};

const registry = new RuleRegistry([...fakeRules, { id: "checks-later", rule: checksLater }]);
const rules = (messageLevels?: ActiveRule["messageLevels"]): ActiveRule[] => [
  { id: "checks-later", rule: checksLater, level: "warning", options: [], messageLevels },
  ...active(["flag-user"]),
];
const options = (over: Partial<LintOptions> = {}): LintOptions => ({ filename: "/p/Dockerfile", cwd: "/p", rules: rules(), registry, deferChecks: true, ...over });
const TEXT = "FROM a:1\nUSER root\n# hadolint ignore=XL2\nRUN two\nRUN one\n";
const shown = (findings: { ruleId: string | null; messageId?: string; level: string; line: number; column: number }[]) =>
  findings.map((f) => [f.ruleId, f.messageId, f.level, f.line, f.column]);

describe("later checks", () => {
  it("are asked for in order, and their reports get pragmas, levels and sorting as any report", () => {
    const outcome = lintText(TEXT, options({ rules: rules({ XL1: "error" }) }));
    expect(outcome.later?.checks).toEqual([
      { kind: "echo", input: "two", offset: 41 },
      { kind: "echo", input: "one", offset: 49 },
    ]);
    expect(shown(outcome.later!.settle(["2", "1"]).findings)).toEqual([
      ["flag-user", "found", "warning", 2, 1],
      ["checks-later", "XL1", "error", 5, 1],
    ]);
  });

  it("a check whose result is at hand is not deferred: its rule reports it during the walk", () => {
    const outcome = lintText(TEXT, options({ resultAtHand: ({ input }) => (input === "one" ? "1" : undefined) }));
    expect(outcome.later?.checks).toEqual([{ kind: "echo", input: "two", offset: 41 }]);
    expect(shown(outcome.findings)).toEqual([
      ["flag-user", "found", "warning", 2, 1],
      ["checks-later", "XL1", "warning", 5, 1],
    ]);
    expect(shown(outcome.later!.settle(["3"]).findings)).toEqual([
      ["flag-user", "found", "warning", 2, 1],
      ["checks-later", "XL3", "warning", 4, 1],
      ["checks-later", "XL1", "warning", 5, 1],
    ]);
    const allAtHand = lintText(TEXT, options({ resultAtHand: () => "1" }));
    expect(allAtHand.later).toBeUndefined();
  });

  it("are not offered without deferChecks (the rule checks at once), nor is there anything to settle", () => {
    const outcome = lintText(TEXT, options({ deferChecks: false }));
    expect(outcome.later).toBeUndefined();
    expect(shown(outcome.findings)).toEqual([
      ["flag-user", "found", "warning", 2, 1],
      ["checks-later", "now", "warning", 4, 1],
      ["checks-later", "now", "warning", 5, 1],
    ]);
  });

  it("a result that came past the file's time limit makes the file too complex at its check", () => {
    const { findings } = lintText(TEXT, options()).later!.settle(["2", OUT_OF_TIME]);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.message])).toEqual([
      [null, "too-complex", 5, 1, "Too complex to lint: linting it took more than 10 seconds (docklint's limit for one file); no rule was run."],
    ]);
  });

  it("a check that failed is an internal finding of its rule, at the node it visited; the other rules' findings stay", () => {
    const { findings } = lintText(TEXT, options()).later!.settle([new LaterCheckFailed(new Error("no such tool")), "1"]);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.line, f.column, f.message])).toEqual([
      ["flag-user", "found", 2, 1, "Found root."],
      ["checks-later", "internal", 4, 1, "Internal error in rule 'checks-later': no such tool. Please report it; the other rules still ran."],
    ]);
  });
});
