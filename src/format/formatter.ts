// What a formatter is: results in, text out. Formatters never see rules or parse anything.
import type { FileResult } from "../engine/result.js";
import type { Threshold } from "../engine/levels.js";

export interface FormatContext {
  /** Where the results' relative paths start; most reports name files relative to it. */
  cwd: string;
  color: boolean;
  /**
   * The directory the reports code hosts read (SARIF, GitLab, Code Climate, SonarQube, Codacy) name
   * files relative to. Default: the nearest directory at or above `cwd` holding `.git`, else `cwd`.
   */
  repositoryRoot?: string;
  /** The lowest level that fails the run (default "warning"); JUnit fails only the test cases that reach it. */
  failureThreshold?: Threshold;
  /** Rule id -> the code another tool knows it by (hadolint's DLxxxx), for formats that speak that tool. */
  ruleCodes?: Record<string, string>;
  /** Rule id -> metadata, for formats that describe the rules they report (SARIF's `tool.driver.rules`, SonarQube's `rules`). */
  rules?: Record<string, RuleDescription>;
}

export interface RuleDescription {
  description: string;
  helpUri?: string;
  level?: string;
  tags?: string[];
  help?: { text: string; markdown: string };
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
