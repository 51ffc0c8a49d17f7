// docklint's SARIF passes Microsoft's SARIF validator with GitHub code scanning's rules:
// no error and no warning. The validator ships its Linux binary in an npm package (dev dependency).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataScienceDockerfile } from "../fixtures.js";
import { project, runCli } from "../cli/run-cli.js";

const validator = path.join(import.meta.dirname, "..", "..", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

describe("sarif and the SARIF validator", () => {
  it("reports no error or warning under the SARIF and GitHub rules", { timeout: 120_000 }, () => {
    const cwd = project({
      Dockerfile: dataScienceDockerfile, // fixes, several rules, exec-form columns
      "svc/api.Dockerfile": "FROM alpine\n# hadolint ignore=DL9999\nMAINTAINER Ada\nRUN apt install curl | grep x\n", // a finding of no rule
    });
    runCli(["-f", "sarif=docklint.sarif", "."], { cwd });
    execFileSync(validator, ["validate", "--rule-kind", "Gh;Sarif", "--level", "Error;Warning", "--output", "validation.sarif", "docklint.sarif"], { cwd, encoding: "utf8" });
    const validation = JSON.parse(fs.readFileSync(path.join(cwd, "validation.sarif"), "utf8"));
    const problems = (validation.runs[0].results ?? []).map((r: { ruleId: string; message: unknown }) => `${r.ruleId}: ${JSON.stringify(r.message)}`);
    expect(problems).toEqual([]);
    // and the log really had findings to validate
    const log = JSON.parse(fs.readFileSync(path.join(cwd, "docklint.sarif"), "utf8"));
    expect(log.runs[0].results.length).toBeGreaterThan(5);
    expect(log.runs[0].results.some((r: { fixes?: unknown[] }) => r.fixes?.length)).toBe(true);
  });
});
