// Applies safe fixes: non-overlapping edits together, then a re-lint, up to 10 passes. A pass
// whose result adds a parse problem or raises any rule's finding count is undone, and the rules
// responsible are tried one at a time, then the fixes of a rule that still does that one at a
// time: a fix that does it alone is refused, and only that fix, so a rule's other fixes in the
// file are still applied.
import type { Finding, TextEdit } from "./result.js";
import type { LintOutcome } from "./linter.js";

export interface FixOutcome {
  output: string;
  /** The findings left in `output`. */
  findings: Finding[];
  changed: boolean;
  /** Rules with a fix that was refused, and why (the first reason per rule). */
  rejected: { ruleId: string; reason: string }[];
}

const MAX_PASSES = 10;

/** A fix refused in the current text: its rule and edit (moved along as other fixes change the text). */
interface Refusal {
  ruleId: string;
  edit: TextEdit;
}

export function applyFixes(text: string, lint: (text: string) => LintOutcome): FixOutcome {
  const steps = fixSteps(text);
  let step = steps.next();
  while (!step.done) step = steps.next(lint(step.value));
  return step.value;
}

/**
 * The fix loop as steps: it yields each text to lint and takes its outcome, so that a caller
 * whose lint finishes later (checks run by other processes) can drive it too.
 */
export function* fixSteps(text: string): Generator<string, FixOutcome, LintOutcome> {
  let current = text;
  let before = yield current;
  let refusals: Refusal[] = [];
  const rejected = new Map<string, string>();
  const isRefused = (f: Finding) => refusals.some((r) => r.ruleId === f.ruleId && sameEdit(r.edit, f.fix!));
  const refuse = (f: Finding, reason: string) => {
    refusals.push({ ruleId: f.ruleId!, edit: f.fix! });
    if (!rejected.has(f.ruleId!)) rejected.set(f.ruleId!, reason);
  };
  const accept = (fixed: Applied, outcome: LintOutcome) => {
    refusals = refusals.flatMap((r) => moved(r, fixed.applied));
    current = fixed.text;
    before = outcome;
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = before.findings.filter((f) => f.fix && f.ruleId && !isRefused(f));
    if (!fixable.length) break;
    const together = applyEditsOf(current, fixable);
    if (together.text === current) break;
    const after = yield together.text;
    if (stopped(after)) break;
    if (!worse(before, after)) {
      accept(together, after);
      continue;
    }
    let progressed = false;
    let timedOut = false;
    for (const ruleId of new Set(fixable.map((f) => f.ruleId!))) {
      const own = fixable.filter((f) => f.ruleId === ruleId);
      const alone = applyEditsOf(current, own);
      if (alone.text === current) continue;
      const result = yield alone.text;
      if ((timedOut = stopped(result))) break;
      const problem = worse(before, result);
      if (!problem) {
        accept(alone, result);
        progressed = true;
        break;
      }
      // which of the rule's fixes does it: each alone, in order
      let firstGood: { fixed: Applied; outcome: LintOutcome } | null = null;
      let refusedSome = false;
      for (const finding of own) {
        const one = applyEditsOf(current, [finding]);
        if (one.text === current) continue;
        const outcome = yield one.text;
        if ((timedOut = stopped(outcome))) break;
        const reason = worse(before, outcome);
        if (reason) {
          refuse(finding, reason);
          refusedSome = true;
        } else firstGood ??= { fixed: one, outcome };
      }
      if (timedOut) break;
      // the others are tried together again in the next pass; when each is fine alone but not
      // together, one at a time
      if (refusedSome) progressed = true;
      else if (firstGood) {
        accept(firstGood.fixed, firstGood.outcome);
        progressed = true;
      }
      if (progressed) break;
    }
    if (!progressed || timedOut) break;
  }
  return {
    output: current,
    findings: before.findings,
    changed: current !== text,
    rejected: [...rejected].map(([ruleId, reason]) => ({ ruleId, reason })),
  };
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

/**
 * A refusal moved to where its text is once `applied` (sorted, non-overlapping) changed the text;
 * none when an edit touched that text: the fix is then another one, judged again.
 */
function moved(refusal: Refusal, applied: TextEdit[]): Refusal[] {
  const [start, end] = refusal.edit.range;
  let shift = 0;
  for (const { range: [from, to], text } of applied) {
    if (to < start || (to === start && from < to)) shift += text.length - (to - from);
    else if (from > end || (from === end && start < end)) break;
    else return [];
  }
  return [{ ruleId: refusal.ruleId, edit: { range: [start + shift, end + shift], text: refusal.edit.text } }];
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
  return applyEditsOf(text, findings).text;
}

interface Applied {
  text: string;
  /** The edits that were applied, in order. */
  applied: TextEdit[];
}

function applyEditsOf(text: string, findings: { fix?: TextEdit }[]): Applied {
  const edits = findings
    .map((f) => f.fix)
    .filter((e): e is TextEdit => e !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: TextEdit[] = [];
  let out = "";
  let at = 0;
  let lastEnd = -1;
  for (const edit of edits) {
    if (edit.range[0] <= lastEnd) continue;
    out += text.slice(at, edit.range[0]) + edit.text;
    at = lastEnd = edit.range[1];
    applied.push(edit);
  }
  return { text: out + text.slice(at), applied };
}
