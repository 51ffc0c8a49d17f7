// How many findings of one rule a file may report: past the cap a rule's findings are counted,
// not kept, and become one finding of that rule where the first was left out. A file of 9 MB can
// hold millions of findings of one rule (`RUN pip install a a a ...`), which no one reads and
// which would fill the memory; the count keeps the run bounded and still says how many there are.
import { levelRank } from "./rule.js";
import { LEFT_OUT, type Finding } from "./result.js";

/** Ten times the most findings of one rule in one file of the corpus (102, shellcheck's, in 00250). */
export const MAX_FINDINGS_PER_RULE = 1000;

interface Overflow {
  /** The first finding left out: the summary takes its position. */
  first: Finding;
  count: number;
  /** The most severe finding left out: the summary takes its level, so the exit code is the same. */
  worst: Finding;
}

export class FindingCap {
  private readonly kept = new Map<string | null, number>();
  private readonly overflows = new Map<string | null, Overflow>();

  /** True when the finding is to be kept; false when it is past its rule's cap (it is counted). */
  admit(finding: Finding): boolean {
    const kept = this.kept.get(finding.ruleId) ?? 0;
    if (kept < MAX_FINDINGS_PER_RULE) {
      this.kept.set(finding.ruleId, kept + 1);
      return true;
    }
    const overflow = this.overflows.get(finding.ruleId);
    if (!overflow) this.overflows.set(finding.ruleId, { first: finding, count: 1, worst: finding });
    else {
      overflow.count++;
      if (levelRank(finding.level) > levelRank(overflow.worst.level)) overflow.worst = finding;
    }
    return false;
  }

  /** One finding per rule that went past the cap, saying how many of its findings were left out. */
  summaries(): Finding[] {
    return [...this.overflows].map(([ruleId, { first, count, worst }]) => {
      const what = ruleId === null ? "findings without a rule" : `findings of ${ruleId}`;
      const summary: Finding = {
        ruleId,
        level: worst.level,
        severity: worst.severity,
        message: `${count} more ${what} from here on are left out: docklint reports at most ${MAX_FINDINGS_PER_RULE} of one rule in a file.`,
        messageId: LEFT_OUT,
        line: first.line,
        column: first.column,
        endLine: first.endLine,
        endColumn: first.endColumn,
      };
      if (first.docsUrl) summary.docsUrl = first.docsUrl;
      return summary;
    });
  }
}
