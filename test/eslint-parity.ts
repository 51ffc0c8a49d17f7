// Runs one rule under the real ESLint (its Linter, flat config, the plugin's language) so a rule
// test can check that ESLint reports exactly what docklint does: positions, messages, fixes.
import path from "node:path";
import { Linter } from "eslint";
import plugin, { rulesLeftOut } from "../src/eslint-plugin/index.js";
import type { Finding } from "../src/engine/result.js";

export interface EslintCase {
  code: string;
  options?: unknown[];
  settings?: Record<string, unknown>;
  filename?: string;
}

/** What both tools report for a finding (severity comes from the config in ESLint, so it is left out). */
export type ComparableFinding = Pick<Finding, "ruleId" | "line" | "column" | "endLine" | "endColumn" | "message" | "fix"> & {
  suggestions?: { desc: string; fix: Finding["fix"] }[];
};

export function runsUnderEslint(id: string): boolean {
  // Compose rules are not in the plugin at all (its language reads Dockerfiles)
  return !(id in rulesLeftOut) && id in plugin.rules;
}

function configFor(id: string, c: EslintCase): Linter.Config[] {
  return [
    {
      // a universal pattern (`**/*`) alone does not make ESLint lint a file
      files: [`**/${path.basename(where(c).filename)}`],
      plugins: { docklint: plugin as never },
      language: "docklint/dockerfile",
      settings: c.settings ?? {},
      rules: { [`docklint/${id}`]: ["warn", ...(c.options ?? [])] as Linter.RuleEntry },
    },
  ];
}

function where(c: EslintCase): { cwd: string; filename: string } {
  const filename = c.filename ?? "/project/Dockerfile";
  return { cwd: path.dirname(filename), filename };
}

/** The rule's findings on `c.code` as ESLint reports them, ruleIds without the plugin prefix. */
export function lintWithEslint(id: string, c: EslintCase): ComparableFinding[] {
  const { cwd, filename } = where(c);
  const messages = new Linter({ cwd }).verify(c.code, configFor(id, c), { filename });
  return messages.map((m) => ({
    ruleId: m.ruleId?.replace(/^docklint\//, "") ?? null,
    line: m.line,
    column: m.column,
    endLine: m.endLine ?? m.line,
    endColumn: m.endColumn ?? m.column,
    message: m.message,
    ...(m.fix ? { fix: { range: m.fix.range, text: m.fix.text } } : {}),
    ...(m.suggestions?.length ? { suggestions: m.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.fix.range, text: s.fix.text } })) } : {}),
  }));
}

/** `eslint --fix` on `c.code` with only this rule: the text after ESLint's fix passes. */
export function fixWithEslint(id: string, c: EslintCase): string {
  const { cwd, filename } = where(c);
  return new Linter({ cwd }).verifyAndFix(c.code, configFor(id, c), { filename }).output;
}

export function comparable(f: Finding): ComparableFinding {
  return {
    ruleId: f.ruleId,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.suggestions?.length ? { suggestions: f.suggestions.map((s) => ({ desc: s.desc, fix: s.fix })) } : {}),
  };
}
