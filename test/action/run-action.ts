// Runs the GitHub Action the way the runner runs it: action.yml's `runs.main` started with node in
// the workspace, inputs as INPUT_* variables (declared defaults included), and the step's summary
// and output files in a temp directory.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";

export const REPO = path.join(import.meta.dirname, "..", "..");

export const action = parse(fs.readFileSync(path.join(REPO, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

export interface Step {
  code: number | null;
  log: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Runs the action held in `actionDir` (action.yml and dist/) in `workspace`; `env` adds to (or replaces) what the runner sets. */
export function runActionFrom(actionDir: string, workspace: string, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Step {
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-runner-"));
  const summaryFile = path.join(runnerTemp, "summary.md");
  const outputFile = path.join(runnerTemp, "output");
  fs.writeFileSync(summaryFile, "");
  fs.writeFileSync(outputFile, "");
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile };
  if (process.env.DOCKLINT_TODAY) env.DOCKLINT_TODAY = process.env.DOCKLINT_TODAY; // the day base-image-eol compares with
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? spec.default ?? "";
  const run = spawnSync(process.execPath, [path.join(actionDir, action.runs.main)], { cwd: workspace, env: { ...env, ...extraEnv }, encoding: "utf8" });
  const outputs = Object.fromEntries(
    fs.readFileSync(outputFile, "utf8").split("\n").filter(Boolean).map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { code: run.status, log: run.stdout, stderr: run.stderr, summary: fs.readFileSync(summaryFile, "utf8"), outputs };
}
