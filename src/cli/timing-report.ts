// --timing: where a run's time went, per rule and per phase, and its peak memory.
import type { LintSession } from "../lint-session.js";

/** Phases in the order a file goes through them, with the names printed. */
const PHASES: [string, string][] = [
  ["read", "read"],
  ["cache", "cache"],
  ["parse", "parse"],
  ["shell", "shell parse"],
  ["rules", "rules"],
  // at the end, for the files whose ShellCheck results were still out
  ["later", "waiting for ShellCheck"],
  ["format", "format"],
];

/**
 * The ten slowest rules, as ESLint's TIMING=1 prints them, then the time per phase (summed over
 * threads when workers ran), what ShellCheck did beside them, and the peak memory.
 */
export function timingReport(session: LintSession): string {
  const phases = PHASES.filter(([key]) => session.phases.has(key)).map(([key, name]): [string, number] => [name, session.phases.get(key)!]);
  const peak = process.resourceUsage().maxRSS / 1024;
  const rules = [...session.timings].sort((a, b) => b[1] - a[1]);
  const shellcheck = session.laterStats().get("shellcheck");
  const beside = shellcheck
    ? `ShellCheck: ${shellcheck.asked} scripts asked, ${shellcheck.ran} run in ${shellcheck.processes} processes (the rest answered once per run or by --cache), ${(shellcheck.processMs / 1000).toFixed(1)} s in processes beside the phases above\n`
    : "";
  return `${timingTable("Rule", rules.slice(0, 10), sum(rules))}\n${timingTable("Phase", phases, sum(phases))}\n${beside}Peak RSS: ${peak.toFixed(0)} MB\n`;
}

const sum = (rows: [string, number][]) => rows.reduce((total, [, ms]) => total + ms, 0);

function timingTable(title: string, rows: [string, number][], total: number): string {
  const width = Math.max(title.length, ...rows.map(([id]) => id.length));
  const lines = rows.map(([id, ms]) => `${id.padEnd(width)} | ${ms.toFixed(3).padStart(10)} | ${((100 * ms) / (total || 1)).toFixed(1).padStart(5)}%`);
  return [`${title.padEnd(width)} | ${"Time (ms)".padStart(10)} | Relative`, `${"-".repeat(width)}-|-${"-".repeat(10)}-|---------`, ...lines, ""].join("\n");
}
