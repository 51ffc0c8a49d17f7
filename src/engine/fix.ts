// Applies safe fixes: non-overlapping edits together, then a re-lint, up to 10 passes. A pass
// whose result adds a parse problem or raises any rule's finding count is undone, and the
// rules responsible are tried one at a time; a rule whose fix still does that is rejected.
import type { Finding, TextEdit } from "./result.js";
import type { LintOutcome } from "./linter.js";

export interface FixOutcome {
  output: string;
  /** The findings left in `output`. */
  findings: Finding[];
  changed: boolean;
  rejected: { ruleId: string; reason: string }[];
}

const MAX_PASSES = 10;

export function applyFixes(text: string, lint: (text: string) => LintOutcome): FixOutcome {
  let current = text;
  let before = lint(current);
  const rejected = new Map<string, string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = before.findings.filter((f) => f.fix && f.ruleId && !rejected.has(f.ruleId));
    if (!fixable.length) break;
    const together = applyEdits(current, fixable);
    if (together === current) break;
    const after = lint(together);
    if (stopped(after)) break;
    if (!worse(before, after)) {
      current = together;
      before = after;
      continue;
    }
    let progressed = false;
    for (const ruleId of new Set(fixable.map((f) => f.ruleId!))) {
      const alone = applyEdits(current, fixable.filter((f) => f.ruleId === ruleId));
      if (alone === current) continue;
      const result = lint(alone);
      if (stopped(result)) break;
      const problem = worse(before, result);
      if (problem) rejected.set(ruleId, problem);
      else {
        current = alone;
        before = result;
        progressed = true;
        break;
      }
    }
    if (!progressed) break;
  }
  return {
    output: current,
    findings: before.findings,
    changed: current !== text,
    rejected: [...rejected].map(([ruleId, reason]) => ({ ruleId, reason })),
  };
}

/** The file ran out of time or past a limit (linter.ts): keep what is fixed so far. */
function stopped(outcome: LintOutcome): boolean {
  return !Number.isFinite(outcome.parseProblems);
}

/** Why `after` is worse than `before`, or null when it is not. */
function worse(before: LintOutcome, after: LintOutcome): string | null {
  if (after.parseProblems > before.parseProblems) return "the fixed text does not parse";
  const counts = countByRule(before.findings);
  for (const [ruleId, n] of countByRule(after.findings)) {
    if (n > (counts.get(ruleId) ?? 0)) return `the fix adds ${ruleId ?? "pragma"} findings`;
  }
  return null;
}

function countByRule(findings: Finding[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

/**
 * Applies the edits that neither overlap nor touch an earlier one; the others wait for the next
 * pass. ESLint's rule, so that `eslint --fix` with the plugin writes the same text: two
 * insertions at one offset would otherwise come out in a different order.
 */
export function applyEdits(text: string, findings: { fix?: TextEdit }[]): string {
  const edits = findings
    .map((f) => f.fix)
    .filter((e): e is TextEdit => e !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let at = 0;
  let lastEnd = -1;
  for (const edit of edits) {
    if (edit.range[0] <= lastEnd) continue;
    out += text.slice(at, edit.range[0]) + edit.text;
    at = lastEnd = edit.range[1];
  }
  return out + text.slice(at);
}
