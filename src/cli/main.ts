#!/usr/bin/env node
// The command line: parses options, wires discovery, the lint session and a formatter, and
// turns the outcome into an exit code. Every error is one sentence on stderr.
import fs from "node:fs";
import path from "node:path";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { DocklintError, EXIT, exitCodeFor } from "../engine/errors.js";
import { levelRank, LEVELS, type Level } from "../engine/rule.js";
import type { FileResult } from "../engine/result.js";
import { formatters } from "../format/index.js";
import { LintSession, parseProblemCount } from "../lint-session.js";
import { discoverFiles } from "./discover.js";
import { listRules, explainRule, printConfig } from "./info.js";
import { parseRuleFlags } from "./rule-flags.js";
import { writeAtomically } from "./write.js";
import { VERSION } from "../version.js";

const THRESHOLDS = [...LEVELS, "none"] as const;

async function main(argv: string[]): Promise<number> {
  const parser = yargs(argv)
    .scriptName("docklint")
    .usage("$0 [paths..]\n\nLint Dockerfiles: files, directories (searched for Dockerfiles) or globs. No path: the current directory.")
    .option("format", { alias: "f", type: "string", default: "stylish", choices: Object.keys(formatters), describe: "Output format" })
    .option("output", { alias: "o", type: "string", describe: "Write the report to a file" })
    .option("config", { alias: "c", type: "string", describe: "Use this config file (--no-config: ignore config files)" })
    .option("rule", { type: "string", describe: "Set a rule's level: ID=LEVEL (repeatable; aliases such as DL3008 work)" })
    .option("failure-threshold", { alias: "t", type: "string", choices: THRESHOLDS, default: "warning", describe: "Lowest level that fails the run" })
    .option("max-warnings", { type: "number", describe: "Fail when there are more warnings than this" })
    .option("quiet", { type: "boolean", describe: "Report errors only" })
    .option("fix", { type: "boolean", describe: "Apply safe fixes to the files" })
    .option("fix-dry-run", { type: "boolean", describe: "Compute fixes without writing (JSON: `output`)" })
    .option("color", { type: "boolean", describe: "Force color (--no-color: none)" })
    .option("stdin", { type: "boolean", describe: "Lint standard input" })
    .option("stdin-filename", { type: "string", describe: "Name for standard input (config lookup, reports)" })
    .option("context", { type: "string", describe: "Build context directory (default: the Dockerfile's directory)" })
    .option("list-rules", { type: "boolean", describe: "List the rules" })
    .option("explain", { type: "string", describe: "Print a rule's documentation" })
    .option("print-config", { type: "string", describe: "Print the config that applies to a file" })
    .version(VERSION)
    .alias("version", "v")
    .help()
    .alias("help", "h")
    .strictOptions()
    .parserConfiguration({ "boolean-negation": true })
    .fail((message, error) => {
      if (error instanceof DocklintError) throw error;
      const text = (message ?? error?.message ?? "invalid usage").replace(/^Unknown arguments?: (.*)$/, (_, names: string) =>
        `Unknown option ${names.split(", ").map((n) => (n.length === 1 ? "-" : "--") + n).join(", ")}`,
      );
      throw new DocklintError("usage", `${text} (see docklint --help).`);
    })
    .wrap(Math.min(100, process.stdout.columns || 100));
  const args = await parser.parseAsync();
  const cwd = process.cwd();
  const format = args.format as string;
  const color = args.color ?? (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== "0" : !process.env.NO_COLOR && Boolean(process.stdout.isTTY));
  const emit = (text: string) => {
    if (args.output) fs.writeFileSync(path.resolve(cwd, args.output), text);
    else if (text) process.stdout.write(text);
  };

  const session = new LintSession({
    cwd,
    configFile: typeof args.config === "string" ? args.config : undefined,
    noConfig: (args.config as unknown) === false,
    rules: parseRuleFlags(([] as string[]).concat(args.rule ?? [])),
    context: args.context,
  });
  if (args["list-rules"]) {
    emit(listRules(session.registry, format));
    return EXIT.ok;
  }
  if (args.explain !== undefined) {
    emit(explainRule(session.registry, args.explain));
    return EXIT.ok;
  }
  if (args["print-config"] !== undefined) {
    emit(await printConfig(session, args["print-config"]));
    return EXIT.ok;
  }

  const paths = (args._ as (string | number)[]).map(String);
  const useStdin = args.stdin || paths.includes("-");
  const errors: DocklintError[] = [];
  const results: FileResult[] = [];
  const fix = Boolean(args.fix) && !useStdin;
  const dryRun = Boolean(args["fix-dry-run"]) || (Boolean(args.fix) && useStdin);

  if (useStdin) {
    const name = args["stdin-filename"] ?? "<stdin>";
    const text = fs.readFileSync(0, "utf8");
    results.push(await session.lint(text, name, { fix: dryRun }));
  }
  const { files, errors: discoveryErrors } = discoverFiles(
    paths.filter((p) => p !== "-").length || useStdin ? paths.filter((p) => p !== "-") : ["."],
    cwd,
  );
  errors.push(...discoveryErrors);
  for (const file of files) {
    try {
      const text = session.readDockerfile(file);
      const result = await session.lint(text, file, { fix: fix || dryRun });
      if (fix && result.output !== undefined) {
        if (parseProblemCount(result.output) > parseProblemCount(text)) {
          errors.push(new DocklintError("internal", `Not writing ${file}: the fixed text does not parse.`));
        } else writeAtomically(path.resolve(cwd, file), result.output);
        delete result.output;
      }
      for (const r of result.rejectedFixes) process.stderr.write(`docklint: ${file}: fix for ${r.ruleId} not applied: ${r.reason}.\n`);
      results.push(result);
    } catch (error) {
      if (error instanceof DocklintError) errors.push(error);
      else throw error;
    }
  }

  const shown = args.quiet ? results.map((r) => onlyErrors(r)) : results;
  emit(formatters[format](shown, { cwd, color }));
  for (const error of errors) process.stderr.write(`docklint: ${error.message}\n`);

  if (errors.length) return Math.max(...errors.map((e) => exitCodeFor(e.kind)));
  const threshold = args["failure-threshold"] as Level | "none";
  const failing = threshold !== "none" && shown.some((r) => r.messages.some((m) => levelRank(m.level) >= levelRank(threshold)));
  const warnings = shown.reduce((n, r) => n + r.messages.filter((m) => m.level === "warning").length, 0);
  const tooManyWarnings = args["max-warnings"] !== undefined && args["max-warnings"] >= 0 && warnings > args["max-warnings"];
  return failing || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

function onlyErrors(result: FileResult): FileResult {
  const messages = result.messages.filter((m) => m.level === "error");
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

main(hideBin(process.argv)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof DocklintError) {
      process.stderr.write(`docklint: ${error.message}\n`);
      process.exitCode = exitCodeFor(error.kind);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      process.stderr.write(`docklint: internal error: ${detail}. Please report it (DEBUG=docklint shows the stack).\n`);
      if (process.env.DEBUG?.includes("docklint") && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = EXIT.internal;
    }
  },
);
