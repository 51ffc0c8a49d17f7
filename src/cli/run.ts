// What the command does once its options are read: wires discovery, the lint session and a
// formatter, and turns the outcome into an exit code. main.ts loads it only for a run that lints
// or reads rules and config (not for --help or --version).
import path from "node:path";
import { DocklintError, EXIT, exitCodeFor } from "../engine/errors.js";
import { levelRank } from "../engine/rule.js";
import type { RuleRegistry } from "../engine/registry.js";
import { isInternal, type FileResult } from "../engine/result.js";
import { isFormatName, loadFormatter } from "../format/load.js";
import { FORMAT_NAMES, type FormatName } from "../format/names.js";
import type { RuleDescription } from "../format/formatter.js";
import { renderRuleDoc } from "../docs/rule-doc.js";
import { LintSession, ruleRegistry } from "../lint-session.js";
import { discoverFiles } from "./discover.js";
import type { CliOptions } from "./options.js";
import { listRules, explainRule, printConfig } from "./info.js";
import { hadolintFlagRules, parseRuleFlags } from "./rule-flags.js";
import { timingReport } from "./timing-report.js";
import { writeFixed } from "./write.js";
import { writeReport } from "./write-report.js";
import { lintBatch } from "../batch/lint-batch.js";

/** Lints (or lists, explains, prints config) as the options say; the exit code. */
export async function runCommand(args: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const color = args.color ?? (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== "0" : !process.env.NO_COLOR && Boolean(process.stdout.isTTY));
  const emit = (text: string) => {
    if (args.output) writeReport(cwd, args.output, text);
    else if (text) process.stdout.write(text);
  };
  const session = new LintSession({
    cwd,
    configFile: args.config,
    noConfig: args.noConfig,
    rules: { ...hadolintFlagRules(args, ruleRegistry()), ...parseRuleFlags(args.rules) },
    context: args.context,
    timing: args.timing,
    maxFileSize: args.maxFileSize,
  });
  // a .hadolint.yaml may set these; the command line wins
  const run = await session.runOptions();
  const outputs = args.formats.length ? args.formats : [{ name: run.format ?? "stylish" }];
  for (const { name } of outputs) {
    if (!isFormatName(name)) throw new DocklintError("config", `Unknown output format '${name}' in the config (docklint has ${FORMAT_NAMES.join(", ")}).`);
  }
  const format = outputs[0].name;
  const threshold = args.failureThreshold ?? run.failureThreshold ?? "warning";
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
  const context = {
    cwd,
    color,
    ruleCodes: hadolintCodes(session.registry),
    // SARIF consumers (GitHub code scanning) want each rule's description and help
    ...(outputs.some((o) => o.name === "sarif") ? { rules: ruleDescriptions(session.registry) } : {}),
  };
  // each format to its own file when named (`-f sarif=out.sarif`), else to -o or standard output
  const formatStart = performance.now();
  for (const output of outputs) {
    const formatter = await loadFormatter(output.name as FormatName);
    const text = formatter(shown, { ...context, color: color && !output.file && !args.output });
    if (output.file) writeReport(cwd, output.file, text);
    else emit(text);
  }
  if (args.timing) session.addTime("format", performance.now() - formatStart);
  for (const warning of await session.configWarnings()) process.stderr.write(`docklint: ${warning}\n`);
  for (const notice of session.notices) process.stderr.write(`docklint: ${notice}\n`);
  if (cacheProblem) process.stderr.write(`docklint: ${cacheProblem}\n`);
  if (args.timing) process.stderr.write(timingReport(session));
  for (const error of errors) process.stderr.write(`docklint: ${error.message}\n`);

  for (const r of results) {
    for (const m of r.messages.filter(isInternal)) process.stderr.write(`docklint: ${r.filePath}:${m.line}:${m.column}: ${m.message}\n`);
  }
  const internal = results.some((r) => r.messages.some(isInternal));
  if (errors.length || internal) return Math.max(...errors.map((e) => exitCodeFor(e.kind)), internal ? EXIT.internal : 0);
  if (noFail) return EXIT.ok;
  const failing = threshold !== "none" && shown.some((r) => r.messages.some((m) => levelRank(m.level) >= levelRank(threshold)));
  const warnings = shown.reduce((n, r) => n + r.messages.filter((m) => m.level === "warning").length, 0);
  const tooManyWarnings = args.maxWarnings !== undefined && args.maxWarnings >= 0 && warnings > args.maxWarnings;
  return failing || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

/** What reports that carry rule metadata (SARIF) say about each rule. */
function ruleDescriptions(registry: RuleRegistry): Record<string, RuleDescription> {
  const rules: Record<string, RuleDescription> = {};
  for (const { id, rule } of registry.rules) {
    const docs = rule.meta.docs;
    rules[id] = {
      description: docs.description,
      helpUri: docs.url,
      level: rule.meta.defaultLevel,
      tags: [rule.meta.type ?? "problem", "dockerfile"],
      help: { text: `${docs.description} ${docs.rationale}`, markdown: renderRuleDoc(id, rule) },
    };
  }
  return rules;
}

/** Each rule's hadolint code (its DL alias), for formats that speak hadolint. */
function hadolintCodes(registry: RuleRegistry): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const { id, rule } of registry.rules) {
    const code = rule.meta.aliases.find((a) => /^DL\d{4}$/.test(a));
    if (code) codes[id] = code;
  }
  return codes;
}

function onlyErrors(result: FileResult): FileResult {
  const messages = result.messages.filter((m) => m.level === "error");
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
