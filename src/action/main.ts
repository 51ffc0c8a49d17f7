// The GitHub Action (action.yml): reads the step's inputs, runs the bundled CLI with them,
// and adds what a workflow wants besides the annotations: a job summary table, step outputs
// and, when asked, a SARIF file for code scanning. The CLI decides findings and exit code.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FileResult } from "../engine/result.js";
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

function appendOutputs(outputs: Record<string, string | number>): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  fs.appendFileSync(file, Object.entries(outputs).map(([key, value]) => `${key}=${value}\n`).join(""));
}

function run(): number {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-action-"));
  try {
    const jsonFile = path.join(scratch, "results.json");
    const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), "cli.js");
    const child = spawnSync(process.execPath, [cli, ...cliArguments(jsonFile)], { stdio: "inherit", env: { ...process.env, NO_COLOR: "1" } });
    const annotations = path.join(scratch, "annotations.txt");
    if (fs.existsSync(annotations)) process.stdout.write(fs.readFileSync(annotations, "utf8"));
    const code = child.status ?? 3;
    // no JSON means the CLI stopped before linting (bad config, no such path): its message is in the log
    if (!fs.existsSync(jsonFile)) return code;
    const results = JSON.parse(fs.readFileSync(jsonFile, "utf8")) as FileResult[];
    const count = (level: string) => results.reduce((n, r) => n + r.messages.filter((m) => m.level === level).length, 0);
    appendOutputs({
      findings: results.reduce((n, r) => n + r.messages.length, 0),
      errors: count("error"),
      warnings: count("warning"),
      "exit-code": code,
      ...(input("sarif-file") ? { "sarif-file": input("sarif-file") } : {}),
    });
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) fs.appendFileSync(summary, jobSummary(results, process.cwd()));
    return code;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = run();
