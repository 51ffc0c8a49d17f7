// docklint as a library: lint or fix text and files with the same engine and config as the CLI.
import path from "node:path";
import { allRules } from "../rules/index.js";
import { lintBatch } from "./batch/lint-batch.js";
import type { Jobs } from "./batch/thread-count.js";
import { discoverFiles } from "./discovery/discover.js";
import { DocklintError } from "./engine/errors.js";
import type { FileResult } from "./engine/result.js";
import { formatters } from "./format/index.js";
import { LintSession, type FixedResult, type SessionOptions } from "./lint-session.js";

export type { Finding, FileResult, TextEdit } from "./engine/result.js";
export type { Rule, RuleMeta, RuleContext, Level, Setting, Visitor } from "./engine/rule.js";
export type { Config, RuleEntry } from "./config/config.js";
export type { Formatter, FormatContext } from "./format/index.js";
export type { SessionOptions as LintOptions, FixedResult } from "./lint-session.js";
export { DocklintError } from "./engine/errors.js";
export { formatters };

/** Every rule, by id: `rules["pip-no-cache-dir"].meta.docs.description`. */
export const rules = Object.fromEntries(allRules.map(({ id, rule }) => [id, rule]));

export interface Linter {
  lintText(text: string, filePath?: string): Promise<FileResult>;
  /**
   * Lints several texts in one call, in order: cheaper than a lintText each for many small ones,
   * since one time-limit window (~0.1 ms to open) covers them. A text that cannot be linted (its
   * config is invalid) makes the call throw its DocklintError.
   */
  lintTexts(texts: { text: string; filePath: string }[]): Promise<FileResult[]>;
  fixText(text: string, filePath?: string): Promise<FixedResult>;
  /** Reads config files again from the next call on: for an editor, when one changed on disk. */
  forget(): void;
  /**
   * An editor's unsaved text of a file a lint reads besides the one it is given (a config file, a
   * .dockerignore, a Dockerfile a Compose file builds), read instead of the disk from the next call
   * on; null once it is saved or closed.
   */
  setUnsaved(file: string, text: string | null): void;
}

/** A linter that keeps its rules and config files between calls: for editors and many texts. */
export function createLinter(options: SessionOptions = {}): Linter {
  const session = new LintSession(options);
  return {
    async lintText(text, filePath = "<text>") {
      const { rejectedFixes: _, ...result } = await session.lint(text, filePath);
      return result;
    },
    async lintTexts(texts) {
      const outcomes = await session.lintMany(texts.map(({ text, filePath }) => ({ text, file: filePath })));
      return outcomes.map((outcome) => {
        if (outcome instanceof Error) throw outcome;
        for (const notice of outcome.notices) session.notices.add(notice);
        const { rejectedFixes: _, ...result } = outcome.result;
        return result;
      });
    },
    fixText: (text, filePath = "<text>") => session.lint(text, filePath, { fix: true }),
    forget: () => session.forget(),
    setUnsaved: (file, text) => session.setUnsaved(file, text),
  };
}

/** Lints Dockerfile text. `filePath` names it (config lookup, reports); it need not exist. */
export async function lintText(text: string, options: SessionOptions & { filePath?: string } = {}): Promise<FileResult> {
  const { rejectedFixes: _, ...result } = await new LintSession(options).lint(text, options.filePath ?? "<text>");
  return result;
}

/** Lints Dockerfile text and applies safe fixes; `output` holds the fixed text when it changed. */
export async function fixText(text: string, options: SessionOptions & { filePath?: string } = {}): Promise<FixedResult> {
  return new LintSession(options).lint(text, options.filePath ?? "<text>", { fix: true });
}

/**
 * Lints files, directories and globs as the CLI does, in worker threads when there are many
 * (`jobs`: a number of threads, or "auto", the default). Unreadable inputs throw a DocklintError.
 */
export async function lintFiles(patterns: string[], options: SessionOptions & { jobs?: Jobs } = {}): Promise<FileResult[]> {
  const { jobs, ...sessionOptions } = options;
  const session = new LintSession(sessionOptions);
  const { files, errors } = await discoverFiles(patterns, session.cwd);
  if (errors.length) throw errors[0];
  return (await lintBatch(session, files, { jobs })).map((outcome) => {
    if ("error" in outcome) throw new DocklintError(outcome.error.kind, outcome.error.message);
    const { rejectedFixes: _, ...result } = outcome.result;
    return result;
  });
}

export function isDocklintError(error: unknown): error is DocklintError {
  return error instanceof DocklintError;
}
