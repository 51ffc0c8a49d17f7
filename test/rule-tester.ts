// ESLint-style table tests for one rule: valid code has no finding of the rule; each invalid
// case lists every finding with its exact position, and `output` is the text after --fix. Each
// case runs under the real ESLint too (the plugin), which must report and fix exactly the same.
import { beforeAll, describe, expect, it } from "vitest";
import { applyFixes } from "../src/engine/fix.js";
import { lintText, type ActiveRule } from "../src/engine/linter.js";
import { ruleRegistry } from "../src/lint-session.js";
import type { Finding } from "../src/engine/result.js";
import { isComposeRule, type Level } from "../src/engine/rule.js";
import { loadShellParser } from "../src/shell/bash-parser.js";
import { loadComposeSupport } from "../src/compose/load.js";
import { comparable, fixWithEslint, lintWithEslint, runsUnderEslint } from "./eslint-parity.js";

export interface CaseOptions {
  code: string;
  options?: unknown[];
  settings?: Record<string, unknown>;
  filename?: string;
  name?: string;
  /** Files beside the linted one, by absolute path (a Compose file's override, `.env`, the Dockerfile it builds); no other file exists. */
  files?: Record<string, string>;
}

export interface ExpectedFinding {
  messageId?: string;
  message?: string | RegExp;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The finding's level, when a message has one of its own (docklint only: ESLint takes the rule's). */
  level?: Level;
  /** Suggestion outputs, in order: the text after applying each suggestion alone. */
  suggestions?: { messageId?: string; desc?: string; output: string }[];
}

export interface InvalidCase extends CaseOptions {
  errors: ExpectedFinding[];
  /** The text after --fix; null when the rule must not fix this case. */
  output: string | null;
}

export interface RuleTests {
  valid: (string | CaseOptions)[];
  invalid: InvalidCase[];
}

export const registry = ruleRegistry();

/** Lints `code` with only the rule `id` enabled. */
export function lintWithRule(id: string, c: CaseOptions): { findings: Finding[]; lint: (text: string) => ReturnType<typeof lintText> } {
  const rule = registry.get(id);
  if (!rule) throw new Error(`no rule '${id}'`);
  const active: ActiveRule = { id, rule, level: rule.meta.defaultLevel as Level, options: c.options ?? [] };
  const lint = (text: string) =>
    lintText(text, {
      filename: c.filename ?? (isComposeRule(rule) ? "/project/compose.yaml" : "/project/Dockerfile"),
      cwd: "/project",
      read: (file) => c.files?.[file] ?? null,
      rules: [active],
      registry,
      settings: c.settings,
    });
  return { findings: lint(c.code).findings, lint };
}

/** The keys an expected error may have: a misspelt one (`endcolumn`) would otherwise check nothing. */
const ERROR_KEYS = new Set(["messageId", "message", "line", "column", "endLine", "endColumn", "level", "suggestions"]);
const SUGGESTION_KEYS = new Set(["messageId", "desc", "output"]);
/** The prefix of a case that demonstrates one of the rule's documented `differences`. */
export const DIFFERENCE_PREFIX = "difference: ";

/**
 * As strict as ESLint 9's RuleTester: every expected error names its messageId (or message),
 * every suggestion the rule offers is listed with its output (and none that it does not), an
 * invalid case has errors and an `output` that differs from its code, no case is a duplicate,
 * and a rule that documents differences from other tools demonstrates each in a case named
 * `difference: ...`.
 */
export function testRule(id: string, tests: RuleTests): void {
  const rule = registry.get(id);
  if (!rule) throw new Error(`no rule '${id}'`);
  const messageIds = runsUnderEslint(id) ? new Set(Object.keys(rule.meta.messages ?? {})) : null;
  describe(id, () => {
    beforeAll(() => Promise.all([loadShellParser(), loadComposeSupport()]));
    if (rule.meta.docs.differences) {
      it(`demonstrates its documented differences in a case named "${DIFFERENCE_PREFIX}..."`, () => {
        const names = [...tests.valid, ...tests.invalid].map((c) => (typeof c === "string" ? "" : (c.name ?? "")));
        expect(
          names.some((name) => name.startsWith(DIFFERENCE_PREFIX)),
          `${id} documents differences (meta.docs.differences) but no valid or invalid case is named "${DIFFERENCE_PREFIX}..."`,
        ).toBe(true);
      });
    }
    it("has no duplicate cases", () => {
      const seen = new Map<string, string>();
      const duplicates: string[] = [];
      const check = (kind: string, index: number, c: unknown) => {
        const key = `${kind}:${JSON.stringify(typeof c === "string" ? { code: c } : c, (_, v) => (v instanceof RegExp ? String(v) : v))}`;
        const label = `${kind} #${index + 1}`;
        if (seen.has(key)) duplicates.push(`${label} repeats ${seen.get(key)}`);
        else seen.set(key, label);
      };
      tests.valid.forEach((c, index) => check("valid", index, c));
      tests.invalid.forEach((c, index) => check("invalid", index, c));
      expect(duplicates).toEqual([]);
    });
    tests.valid.forEach((v, index) => {
      const c = typeof v === "string" ? { code: v } : v;
      const label = caseLabel("valid", index, c);
      it(label, () => {
        for (const key of ["errors", "output"]) {
          if (key in c) throw new Error(`${id} ${label}: a valid case has no '${key}' (is it an invalid case?)`);
        }
        const { findings } = lintWithRule(id, c);
        expect(findings.map(describeFinding)).toEqual([]);
        if (runsUnderEslint(id)) expect(lintWithEslint(id, c), "under ESLint").toEqual([]);
      });
    });
    tests.invalid.forEach((c, index) => {
      const label = caseLabel("invalid", index, c);
      it(label, () => {
        checkInvalidCase(`${id} ${label}`, c, messageIds);
        const { findings, lint } = lintWithRule(id, c);
        expect(findings.map(describeFinding)).toEqual(c.errors.map((e) => expectedShape(e)));
        findings.forEach((f, i) => {
          const e = c.errors[i];
          const where = `error #${i + 1} (line ${e.line}, column ${e.column})`;
          if (e.messageId !== undefined) expect(f.messageId, `${where}: messageId`).toBe(e.messageId);
          if (e.endLine !== undefined) expect(f.endLine, `${where}: endLine`).toBe(e.endLine);
          if (e.endColumn !== undefined) expect(f.endColumn, `${where}: endColumn`).toBe(e.endColumn);
          if (e.level !== undefined) expect(f.level, `${where}: level`).toBe(e.level);
          if (typeof e.message === "string") expect(f.message, `${where}: message`).toBe(e.message);
          else if (e.message) expect(f.message, `${where}: message`).toMatch(e.message);
          checkSuggestions(`${id} ${label}, ${where}`, c.code, f, e);
        });
        const fixed = applyFixes(c.code, lint);
        if (c.output === null) expect(fixed.changed, "the rule fixed a case marked output: null").toBe(false);
        else expect(fixed.output).toBe(c.output);
        if (runsUnderEslint(id)) {
          expect(lintWithEslint(id, c), "under ESLint").toEqual(findings.map(comparable));
          expect(fixWithEslint(id, c), "eslint --fix").toBe(c.output ?? c.code);
        }
      });
    });
  });
}

function caseLabel(kind: "valid" | "invalid", index: number, c: CaseOptions): string {
  return `${kind} #${index + 1}${c.name ? `: ${c.name}` : ""}`;
}

/** What ESLint 9's RuleTester checks of an invalid case before running it. */
function checkInvalidCase(label: string, c: InvalidCase, messageIds: Set<string> | null): void {
  if (c.errors.length === 0) throw new Error(`${label}: an invalid case lists at least one error`);
  if (c.output === undefined) throw new Error(`${label}: give 'output' (the text after --fix, or null when the rule must not fix it)`);
  if (c.output === c.code) throw new Error(`${label}: 'output' equals 'code'; when the rule must not fix the case, write output: null`);
  c.errors.forEach((e, i) => {
    const where = `${label}, error #${i + 1} (line ${e.line}, column ${e.column})`;
    const unknown = Object.keys(e).filter((key) => !ERROR_KEYS.has(key));
    if (unknown.length > 0) throw new Error(`${where}: unknown key ${unknown.join(", ")} (an error has ${[...ERROR_KEYS].join(", ")})`);
    if (e.messageId === undefined && e.message === undefined) {
      throw new Error(`${where}: give the messageId (or message) the rule must report here, as ESLint 9's RuleTester requires`);
    }
    // ESLint requires it of a rule; a rule left out of the plugin may report messageIds of its own (ShellCheck's codes)
    if (e.messageId !== undefined && messageIds !== null && !messageIds.has(e.messageId)) {
      throw new Error(`${where}: messageId '${e.messageId}' is not in the rule's meta.messages (${[...(messageIds ?? [])].join(", ")})`);
    }
    for (const [j, s] of (e.suggestions ?? []).entries()) {
      const unknownInSuggestion = Object.keys(s).filter((key) => !SUGGESTION_KEYS.has(key));
      if (unknownInSuggestion.length > 0) throw new Error(`${where}, suggestion #${j + 1}: unknown key ${unknownInSuggestion.join(", ")}`);
      if (typeof s.output !== "string") throw new Error(`${where}, suggestion #${j + 1}: give its 'output'`);
      if (s.output === c.code) throw new Error(`${where}, suggestion #${j + 1}: its output equals the code; a suggestion changes something`);
    }
  });
}

/** ESLint 9: a finding's suggestions are listed exactly, each with the text it produces; none are left unlisted. */
function checkSuggestions(where: string, code: string, f: Finding, e: ExpectedFinding): void {
  const actual = f.suggestions ?? [];
  if (e.suggestions === undefined) {
    if (actual.length > 0) {
      throw new Error(
        `${where}: the rule suggests ${actual.length} fix(es) (${actual.map((s) => JSON.stringify(s.desc)).join(", ")}); ` +
          "list them in 'suggestions' with their output, as ESLint 9's RuleTester requires",
      );
    }
    return;
  }
  expect(
    actual.map((s, i) => ({ ...(e.suggestions?.[i]?.messageId !== undefined ? { messageId: s.messageId } : {}), output: applyEdit(code, s.fix) })),
    `${where}: suggestions`,
  ).toEqual(e.suggestions.map((s) => ({ ...(s.messageId !== undefined ? { messageId: s.messageId } : {}), output: s.output })));
  e.suggestions.forEach((s, i) => {
    if (s.desc !== undefined && actual[i]) expect(actual[i].desc, `${where}: suggestion #${i + 1} desc`).toBe(s.desc);
  });
}

function applyEdit(text: string, edit: { range: [number, number]; text: string }): string {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

function describeFinding(f: Finding) {
  return { ruleId: f.ruleId, line: f.line, column: f.column, ...(f.messageId === "internal" ? { message: f.message } : {}) };
}

function expectedShape(e: ExpectedFinding) {
  return { ruleId: expect.any(String), line: e.line, column: e.column };
}
