// The per-file budget: limits and the deadline stop a file with one finding; engine failures
// become one internal finding; the shell parser recovers from a cancelled parse.
import { beforeAll, describe, expect, it } from "vitest";
import { lintText } from "../../src/engine/linter.js";
import { RuleRegistry } from "../../src/engine/registry.js";
import { allRules } from "../../rules/index.js";
import { LIMITS } from "../../src/parse/limits.js";
import { MAX_FINDINGS_PER_RULE } from "../../src/engine/finding-cap.js";
import { loadShellParser, parseBash } from "../../src/shell/bash-parser.js";
import { active, fakeRules, flagUser } from "./fake-rules.js";

const registry = new RuleRegistry(fakeRules);
const options = { filename: "/p/Dockerfile", cwd: "/p", rules: active(["flag-user", "breaking-fix"]), registry };

beforeAll(() => loadShellParser());

describe("limits", () => {
  it.each([
    ["lines", `FROM a:1\n${"# a comment\n".repeat(LIMITS.lines)}`, `more than ${LIMITS.lines} lines`, LIMITS.lines + 1],
    ["instructions", `FROM a:1\n${"USER x\n".repeat(LIMITS.instructions)}`, `more than ${LIMITS.instructions} instructions`, LIMITS.instructions + 1],
    ["stages", "FROM a:1\n".repeat(LIMITS.stages + 1), `more than ${LIMITS.stages} stages`, LIMITS.stages + 1],
    ["words, in one instruction", `FROM a:1\nRUN pip install${" a".repeat(LIMITS.words)}\n`, `more than ${LIMITS.words} words`, 2],
    ["words, over the file", `FROM a:1\n${`RUN echo${" a".repeat(LIMITS.words / 2)}\n`.repeat(2)}`, `more than ${LIMITS.words} words`, 3],
    // shell code the Dockerfile's words do not show: a heredoc body, one `sh -c` argument
    ["words, in a heredoc", `FROM a:1\nUSER x\nRUN <<EOF\npip install${" a".repeat(LIMITS.words)}\nEOF\n`, `more than ${LIMITS.words} words`, 3],
    ["words, in sh -c", `FROM a:1\nUSER x\nRUN sh -c 'pip install${" a".repeat(LIMITS.words)}'\n`, `more than ${LIMITS.words} words`, 3],
    ["shell tokens", `FROM a:1\nUSER x\nRUN echo ${"$a".repeat(LIMITS.shellTokens / 2)}\n`, `more than ${LIMITS.shellTokens} shell tokens`, 3],
    ["words, in heredocs over the file", `FROM a:1\nUSER x\n${`RUN <<EOF\necho${" a".repeat(LIMITS.words / 2)}\nEOF\n`.repeat(2)}`, `more than ${LIMITS.words} words`, 6],
    ["shell nesting", `FROM a:1\nRUN ${"sudo ".repeat(LIMITS.shellNesting + 1)}curl x\n`, `shells and wrappers nested more than ${LIMITS.shellNesting} deep`, 2],
    ["shell depth", `FROM a:1\nUSER x\nRUN ${"(".repeat(LIMITS.shellDepth + 1)}curl${")".repeat(LIMITS.shellDepth + 1)}\n`, `shell code nested more than ${LIMITS.shellDepth} levels deep`, 3],
    // deep code the simple reader leaves to tree-sitter rather than recurse into
    ["shell depth in $(...)", `FROM a:1\nUSER x\nRUN echo ${"$(".repeat(LIMITS.shellDepth + 1)}x${")".repeat(LIMITS.shellDepth + 1)}\n`, `shell code nested more than ${LIMITS.shellDepth} levels deep`, 3],
    ["shell depth in if", `FROM a:1\nUSER x\nRUN ${"if a; then ".repeat(LIMITS.shellDepth)}b${"; fi".repeat(LIMITS.shellDepth)}\n`, `shell code nested more than ${LIMITS.shellDepth} levels deep`, 3],
  ])("past the %s limit: one too-complex finding where it was passed", (_, text, reason, line) => {
    const outcome = lintText(text, options);
    expect(outcome.findings).toEqual([
      {
        ruleId: null,
        level: "error",
        severity: 2,
        messageId: "too-complex",
        message: `Too complex to lint: ${reason} (docklint's limit for one file); no rule was run.`,
        line,
        column: expect.any(Number),
        endLine: line,
        endColumn: expect.any(Number),
      },
    ]);
    expect(outcome.parseProblems).toBe(Number.POSITIVE_INFINITY);
  });

  it("a long && chain is long, not deep: 10,000 commands lint", () => {
    const text = `FROM a:1\nRUN ${Array.from({ length: 10_000 }, () => "curl x").join(" && ")}\n`;
    const findings = lintText(text, options).findings;
    expect(findings.filter((f) => f.messageId === "found")).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(findings.at(-1)).toMatchObject({ ruleId: "breaking-fix", messageId: "left-out", message: expect.stringMatching(/^9000 more /) });
  });

  it("at the limits a file still lints", () => {
    expect(lintText(`FROM a:1\nRUN ${"sudo ".repeat(LIMITS.shellNesting - 1)}curl x\n`, options).findings.map((f) => f.ruleId)).toEqual(["breaking-fix"]);
  });
});

describe("findings per rule", () => {
  it(`a rule's first ${MAX_FINDINGS_PER_RULE} findings in a file are kept; the rest are one finding of that rule, where the first left out is`, () => {
    const text = `FROM a:1\n${"USER x\n".repeat(MAX_FINDINGS_PER_RULE + 1500)}RUN curl x\n`;
    const findings = lintText(text, options).findings;
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE + 2);
    expect(findings.slice(0, MAX_FINDINGS_PER_RULE).every((f) => f.ruleId === "flag-user" && f.messageId === "found")).toBe(true);
    expect(findings[MAX_FINDINGS_PER_RULE - 1].line).toBe(MAX_FINDINGS_PER_RULE + 1);
    const line = MAX_FINDINGS_PER_RULE + 2;
    expect(findings.slice(MAX_FINDINGS_PER_RULE)).toEqual([
      {
        ruleId: "flag-user",
        level: "warning",
        severity: 1,
        messageId: "left-out",
        message: `1500 more findings of flag-user from here on are left out: docklint reports at most ${MAX_FINDINGS_PER_RULE} of one rule in a file.`,
        line,
        column: 1,
        endLine: line,
        endColumn: 7,
      },
      // other rules keep their own count
      expect.objectContaining({ ruleId: "breaking-fix", messageId: "found", line: line + 1500 }),
    ]);
  });

  it("the summary takes the most severe level among the findings left out", () => {
    // two findings per RUN: a warning, then one set to error through its message's alias
    const runs = MAX_FINDINGS_PER_RULE / 2 + 1;
    const text = `FROM a:1\n${"RUN true\n".repeat(runs)}`;
    const rules = [{ ...active(["with-codes"])[0], messageLevels: { XC1234: "error" as const } }];
    const findings = lintText(text, { ...options, rules }).findings;
    expect(findings.filter((f) => f.messageId === "left-out")).toMatchObject([{ ruleId: "with-codes", level: "error", severity: 2, line: runs + 1, message: expect.stringMatching(/^2 more /) }]);
  });

  it("unknown names in pragmas are findings of pragma-known-rule, capped like any rule's", () => {
    const pragmaRule = allRules.filter((r) => r.id === "pragma-known-rule");
    const withPragmaRule = new RuleRegistry([...fakeRules, ...pragmaRule]);
    const text = `FROM a:1\n${"# docklint-disable-next-line nope\nUSER x\n".repeat(MAX_FINDINGS_PER_RULE + 5)}`;
    const rules = [...options.rules, ...pragmaRule.map((r) => ({ ...r, level: r.rule.meta.defaultLevel, options: [] }))];
    const unknown = lintText(text, { ...options, registry: withPragmaRule, rules }).findings.filter((f) => f.ruleId === "pragma-known-rule");
    expect(unknown).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    expect(unknown.at(-1)).toMatchObject({ messageId: "left-out", message: `5 more findings of pragma-known-rule from here on are left out: docklint reports at most ${MAX_FINDINGS_PER_RULE} of one rule in a file.` });
  });

  it("the registry refuses a rule that defines the summary's messageId", () => {
    const rule = flagUser;
    const impostor = { ...rule, meta: { ...rule.meta, messages: { ...rule.meta.messages, "left-out": "x" } } };
    expect(() => new RuleRegistry([{ id: "impostor", rule: impostor }])).toThrow("rule 'impostor' defines the message 'left-out', which only the engine reports");
  });
});

describe("the deadline", () => {
  it("once passed, the file stops with one finding saying so", () => {
    const outcome = lintText("FROM a:1\nUSER x\n", { ...options, deadline: { at: 0, seconds: 10 } });
    expect(outcome.findings.map((f) => [f.ruleId, f.messageId, f.message])).toEqual([
      [null, "too-complex", "Too complex to lint: linting it took more than 10 seconds (docklint's limit for one file); no rule was run."],
    ]);
  });

  it("a shell parse stopped by it returns no tree, and the parser then parses the next script from scratch", () => {
    expect(parseBash("echo ".repeat(20_000), 0)).toBeNull();
    const tree = parseBash("echo hi")!;
    expect(tree.rootNode.toString()).toBe("(program (command name: (command_name (word)) argument: (word)))");
    tree.delete();
  });
});

describe("engine failures", () => {
  it("a failure outside any rule is one internal finding without a rule id", () => {
    const broken = { targets: () => { throw new Error("lookup\nfailed"); } } as unknown as RuleRegistry;
    const outcome = lintText("FROM a:1\n# docklint-disable-next-line flag-user\nUSER x\n", { ...options, registry: broken });
    expect(outcome.findings).toMatchObject([{ ruleId: null, messageId: "internal", line: 1, column: 1, message: "Internal error: lookup failed. Please report it; this file was not linted." }]);
  });

  it("the registry refuses a rule that defines an engine messageId", () => {
    const rule = flagUser;
    const impostor = { ...rule, meta: { ...rule.meta, messages: { ...rule.meta.messages, "too-complex": "x" } } };
    expect(() => new RuleRegistry([{ id: "impostor", rule: impostor }])).toThrow("rule 'impostor' defines the message 'too-complex', which only the engine reports");
  });
});
