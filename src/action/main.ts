// The GitHub Action (action.yml): reads the step's inputs, runs the bundled CLI with them, and
// reports every run the way a workflow reads it, whatever its outcome (clean, findings, bad input
// or config, internal error): the `exit-code` output and the counts it knows, an `::error::`
// annotation saying what went wrong when the run failed for another reason than findings, the job
// summary, and, when asked, a SARIF file for code scanning. The CLI decides findings and exit code.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EXIT } from "../engine/errors.js";
import { workflowCommand } from "../format/workflow-command.js";
import { failureReasons, readOutcome, type Outcome } from "./outcome.js";
import { jobSummary } from "./summary.js";

/** An input as the runner passes it: `INPUT_<NAME>`, upper case, spaces as underscores. */
function input(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

function cliArguments(jsonFile: string): string[] {
  const args = ["-f", input("format") || "github", "-f", `json=${jsonFile}`];
  // annotations come from the github format whatever the log shows
  if (input("format") && input("format") !== "github") args.push("-f", `github=${path.join(path.dirname(jsonFile), "annotations.txt")}`);
  const sarif = input("sarif-file");
  if (sarif) args.push("-f", `sarif=${sarif}`);
  const config = input("config");
  if (config) args.push("--config", config);
  const threshold = input("failure-threshold");
  if (threshold) args.push("--failure-threshold", threshold);
  if (input("fix") === "true") args.push("--fix");
  args.push("--", ...(input("paths") || ".").split(/\s+/).filter(Boolean));
  return args;
}

/** Runs the CLI; its log goes to the step's, its report and errors to `scratch`. */
function runCli(scratch: string): Outcome {
  const jsonFile = path.join(scratch, "results.json");
  const errorsFile = path.join(scratch, "errors.jsonl");
  const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), "cli.cjs");
  const child = spawnSync(process.execPath, [cli, ...cliArguments(jsonFile)], { stdio: "inherit", env: { ...process.env, NO_COLOR: "1", DOCKLINT_ERRORS_FILE: errorsFile } });
  const annotations = path.join(scratch, "annotations.txt");
  if (fs.existsSync(annotations)) process.stdout.write(fs.readFileSync(annotations, "utf8"));
  return readOutcome(child, jsonFile, errorsFile);
}

function appendOutputs(outcome: Outcome): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  const outputs: Record<string, string | number> = { "exit-code": outcome.exitCode };
  if (outcome.results) {
    const count = (level: string) => outcome.results!.reduce((n, r) => n + r.messages.filter((m) => m.level === level).length, 0);
    outputs.findings = outcome.results.reduce((n, r) => n + r.messages.length, 0);
    outputs.errors = count("error");
    outputs.warnings = count("warning");
    // docklint writes its reports after linting, the JSON one before SARIF
    const sarif = input("sarif-file");
    if (sarif && fs.existsSync(path.resolve(sarif))) outputs["sarif-file"] = sarif;
  }
  fs.appendFileSync(file, Object.entries(outputs).map(([key, value]) => `${key}=${value}\n`).join(""));
}

/**
 * The summary, the outputs and the annotations, each tried even when another cannot be written;
 * one that cannot makes the run an internal error, told by those written after it. The exit code.
 */
function report(outcome: Outcome): number {
  const problems: string[] = [];
  const current = (): Outcome => (problems.length ? { ...outcome, exitCode: Math.max(outcome.exitCode, EXIT.internal), errors: [...outcome.errors, ...problems] } : outcome);
  const attempt = (what: string, write: () => void) => {
    try {
      write();
    } catch (error) {
      problems.push(`the action could not write ${what}: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };
  attempt("the job summary", () => {
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) fs.appendFileSync(summary, jobSummary(current(), process.cwd()));
  });
  attempt("the step's outputs", () => appendOutputs(current()));
  for (const reason of failureReasons(current())) process.stdout.write(workflowCommand("error", [["title", "docklint"]], reason) + "\n");
  return current().exitCode;
}

function run(): number {
  let scratch: string | undefined;
  let outcome: Outcome;
  try {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-action-"));
    outcome = runCli(scratch);
  } catch (error) {
    outcome = { exitCode: EXIT.internal, results: null, errors: [`internal error in the action: ${error instanceof Error ? error.message : String(error)}.`] };
  } finally {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
  return report(outcome);
}

process.exitCode = run();
