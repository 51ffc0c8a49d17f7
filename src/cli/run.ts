// What the command does once its options are read: wires discovery, the lint session and a
// formatter, and turns the outcome into an exit code. main.ts loads it only for a run that lints
// or reads rules and config (not for --help or --version).
import path from "node:path";
import { DocklintError, EXIT, exitCodeFor } from "../engine/errors.js";
import { DEFAULT_THRESHOLD, reachesThreshold } from "../engine/rule.js";
import { isInternal, type FileResult } from "../engine/result.js";
import { isFormatName, loadFormatter } from "../format/load.js";
import { FORMAT_NAMES, type FormatName } from "../format/names.js";
import { LintSession } from "../lint-session.js";
import { discoverFiles } from "../discovery/discover.js";
import { formatContext } from "./format-context.js";
import type { CliOptions } from "./options.js";
import { listRules, explainRule, printConfig } from "./info.js";
import { sessionOptions } from "./session-options.js";
import { timingReport } from "./timing-report.js";
import { reportError } from "./report-error.js";
import { writeFixed } from "./write.js";
import { writeReport } from "./write-report.js";
import { isTerminal, writeOut } from "./standard-output.js";
import { lintBatch } from "../batch/lint-batch.js";
import { now } from "../source/clock.js";

/** Lints (or lists, explains, prints config) as the options say; the exit code. */
export async function runCommand(args: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const color = args.color ?? (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== "0" : !process.env.NO_COLOR && isTerminal());
  const emit = (text: string) => {
    if (args.output) writeReport(cwd, args.output, text);
    else if (text) writeOut(text);
  };
  const { options, environment } = sessionOptions(args, cwd);
  const session = new LintSession(options);
  const run = { ...(await session.runOptions()), ...environment.run };
  const outputs: CliOptions["formats"] = args.formats.length ? args.formats : (run.formats ?? ["stylish"]).map((name) => ({ name }));
  for (const { name } of outputs) {
    if (!isFormatName(name)) throw new DocklintError("config", `Unknown output format '${name}' in the config (docklint has ${FORMAT_NAMES.join(", ")}; hadolint's tty, json and gitlab_codeclimate work too).`);
  }
  const format = outputs[0].name;
  const threshold = args.failureThreshold ?? run.failureThreshold ?? DEFAULT_THRESHOLD;
  const noFail = args.noFail || run.noFail === true;
  if (args.listRules) {
    emit(listRules(session.registry, format));
    return EXIT.ok;
  }
  if (args.explain !== undefined) {
    emit(explainRule(session.registry, args.explain));
    return EXIT.ok;
  }
  if (args.printConfig !== undefined) {
    emit(await printConfig(session, args.printConfig));
    return EXIT.ok;
  }

  const paths = args.paths;
  const useStdin = args.stdin || paths.includes("-");
  const errors: DocklintError[] = [];
  const results: FileResult[] = [];
  const fix = args.fix && !useStdin;
  const dryRun = args.fixDryRun || (args.fix && useStdin);

  if (useStdin) {
    const name = args.stdinFilename ?? "<stdin>";
    try {
      results.push(await session.lint(session.readStdin(name), name, { fix: dryRun }));
    } catch (error) {
      if (error instanceof DocklintError) errors.push(error);
      else throw error;
    }
  }
  const { files, trees, errors: discoveryErrors, notices: discoveryNotices } = await discoverFiles(
    paths.filter((p) => p !== "-").length || useStdin ? paths.filter((p) => p !== "-") : ["."],
    cwd,
  );
  errors.push(...discoveryErrors);
  for (const notice of discoveryNotices) session.notices.add(notice);
  // the cache module is loaded only when asked for: it is no part of a plain run's start-up
  const cache = args.cache ? (await import("../batch/cache.js")).LintCache.open(args.cacheLocation, cwd) : undefined;
  const outcomes = await lintBatch(session, files, { fix: fix || dryRun, writesFixes: fix, jobs: args.jobs, cache });
  for (const [index, outcome] of outcomes.entries()) {
    const file = files[index];
    try {
      if ("error" in outcome) throw new DocklintError(outcome.error.kind, outcome.error.message);
      let { result } = outcome;
      for (const r of result.rejectedFixes) process.stderr.write(`docklint: ${file}: fix for ${r.ruleId} not applied: ${r.reason}.\n`);
      if (fix && result.output !== undefined) {
        try {
          // the fix loop only accepts passes that parse no worse (engine/fix.ts), so this text parses
          writeFixed(path.resolve(cwd, file), result.output, file, { read: outcome.read!, trees: [cwd, trees.get(file) ?? cwd] });
          delete result.output;
        } catch (error) {
          errors.push(error as DocklintError);
          // the file keeps its text, so the report shows its findings before fixing
          result = await session.lint(session.readDockerfile(file), file);
        }
      }
      results.push(result);
    } catch (error) {
      if (error instanceof DocklintError) errors.push(error);
      else throw error;
    }
  }
  const cacheProblem = cache?.save();

  const shown = args.quiet ? results.map((r) => onlyErrors(r)) : results;
  const context = formatContext(session.registry, { cwd, color, failureThreshold: threshold, formats: outputs.map((o) => o.name) });
  // each format to its own file when named (`-f sarif=out.sarif`), else to -o or standard output
  const formatStart = now();
  for (const output of outputs) {
    const formatter = await loadFormatter(output.name as FormatName);
    const text = formatter(shown, { ...context, color: color && !output.file && !args.output });
    if (output.file) writeReport(cwd, output.file, text);
    else emit(text);
  }
  if (args.timing) session.addTime("format", now() - formatStart);
  for (const warning of await session.configWarnings()) process.stderr.write(`docklint: ${warning}\n`);
  for (const notice of session.notices) process.stderr.write(`docklint: ${notice}\n`);
  if (cacheProblem) process.stderr.write(`docklint: ${cacheProblem}\n`);
  if (args.timing) process.stderr.write(timingReport(session));
  for (const error of errors) reportError(error.kind, error.message);

  for (const r of results) {
    for (const m of r.messages.filter(isInternal)) reportError("internal", `${r.filePath}:${m.line}:${m.column}: ${m.message}`);
  }
  const internal = results.some((r) => r.messages.some(isInternal));
  if (errors.length || internal) return Math.max(...errors.map((e) => exitCodeFor(e.kind)), internal ? EXIT.internal : 0);
  if (noFail) return EXIT.ok;
  const failing = shown.some((r) => r.messages.some((m) => reachesThreshold(m.level, threshold)));
  const warnings = shown.reduce((n, r) => n + r.messages.filter((m) => m.level === "warning").length, 0);
  const tooManyWarnings = args.maxWarnings !== undefined && args.maxWarnings >= 0 && warnings > args.maxWarnings;
  return failing || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

function onlyErrors(result: FileResult): FileResult {
  const messages = result.messages.filter((m) => m.level === "error");
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
