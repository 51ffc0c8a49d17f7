// ESLint-style table tests for one rule: valid code has no finding of the rule; each invalid
// case lists every finding with its exact position, and `output` is the text after --fix. Each
// case runs under the real ESLint too (the plugin), which must report and fix exactly the same.
import { beforeAll, describe, expect, it } from "vitest";
import { applyFixes } from "../src/engine/fix.js";
import { lintText, type ActiveRule } from "../src/engine/linter.js";
import { ruleRegistry } from "../src/lint-session.js";
import type { Finding } from "../src/engine/result.js";
import type { Level } from "../src/engine/rule.js";
import { loadShellParser } from "../src/shell/bash-parser.js";
import { comparable, fixWithEslint, lintWithEslint, runsUnderEslint } from "./eslint-parity.js";

export interface CaseOptions {
  code: string;
  options?: unknown[];
  settings?: Record<string, unknown>;
  filename?: string;
  name?: string;
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
  suggestions?: { messageId?: string; output: string }[];
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
      filename: c.filename ?? "/project/Dockerfile",
      cwd: "/project",
      rules: [active],
      registry,
      settings: c.settings,
    });
  return { findings: lint(c.code).findings, lint };
}

export function testRule(id: string, tests: RuleTests): void {
  describe(id, () => {
    beforeAll(() => loadShellParser());
    tests.valid.forEach((v, index) => {
      const c = typeof v === "string" ? { code: v } : v;
      it(`valid #${index + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        const { findings } = lintWithRule(id, c);
        expect(findings.map(describeFinding)).toEqual([]);
        if (runsUnderEslint(id)) expect(lintWithEslint(id, c), "under ESLint").toEqual([]);
      });
    });
    tests.invalid.forEach((c, index) => {
      it(`invalid #${index + 1}${c.name ? `: ${c.name}` : ""}`, () => {
        const { findings, lint } = lintWithRule(id, c);
        expect(findings.map(describeFinding)).toEqual(c.errors.map((e) => expectedShape(e)));
        findings.forEach((f, i) => {
          const e = c.errors[i];
          if (e.messageId) expect(f.messageId).toBe(e.messageId);
          if (e.endLine !== undefined) expect(f.endLine, "endLine").toBe(e.endLine);
          if (e.endColumn !== undefined) expect(f.endColumn, "endColumn").toBe(e.endColumn);
          if (e.level !== undefined) expect(f.level, "level").toBe(e.level);
          if (e.message) expect(f.message).toMatch(e.message);
          if (e.suggestions) {
            expect((f.suggestions ?? []).map((s) => applyEdit(c.code, s.fix))).toEqual(e.suggestions.map((s) => s.output));
          }
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

function applyEdit(text: string, edit: { range: [number, number]; text: string }): string {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

function describeFinding(f: Finding) {
  return { ruleId: f.ruleId, line: f.line, column: f.column, ...(f.messageId === "internal" ? { message: f.message } : {}) };
}

function expectedShape(e: ExpectedFinding) {
  return { ruleId: expect.any(String), line: e.line, column: e.column };
}
