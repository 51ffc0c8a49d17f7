// Finding levels and the failure threshold: what a finding's level means for the exit code and
// for the formats that map levels to their own severities. Knows nothing of rules.

export type Level = "error" | "warning" | "info" | "style";
export type Setting = Level | "off";
export const LEVELS: readonly Level[] = ["error", "warning", "info", "style"];

/** Higher is more severe. */
export function levelRank(level: Level): number {
  return 4 - LEVELS.indexOf(level);
}

/** The lowest level that fails a run (`--failure-threshold`); "none": nothing does. */
export type Threshold = Level | "none";
export const DEFAULT_THRESHOLD: Threshold = "warning";

/** Whether a finding of this level fails a run with this threshold. */
export function reachesThreshold(level: Level, threshold: Threshold): boolean {
  return threshold !== "none" && levelRank(level) >= levelRank(threshold);
}
