// The GitHub Action run the way the runner runs it: action.yml's `runs.main` started with node
// from a copy of the action holding only what a release tag carries (action.yml and dist/, no
// node_modules), inputs as INPUT_* variables (declared defaults included), and the step's
// summary and output files in a temp directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CLEAN, project } from "../cli/run-cli.js";
import { action, REPO, runActionFrom, type Step } from "./run-action.js";

let actionDir: string;

beforeAll(() => {
  actionDir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-action-"));
  fs.copyFileSync(path.join(REPO, "action.yml"), path.join(actionDir, "action.yml"));
  fs.cpSync(path.join(REPO, "dist"), path.join(actionDir, "dist"), { recursive: true, filter: (f) => !f.includes(`${path.sep}types`) });
});

const runAction = (workspace: string, inputs: Record<string, string> = {}): Step => runActionFrom(actionDir, workspace, inputs);

const BAD = 'FROM debian:12\nMAINTAINER ops|team\nUSER nobody\nCMD ["bash"]\n';

describe("action.yml", () => {
  it("runs a node runtime entry that exists in the bundle", () => {
    expect(action.runs.using).toMatch(/^node\d+$/);
    expect(fs.existsSync(path.join(actionDir, action.runs.main))).toBe(true);
  });

  it("declares the inputs and outputs the workflow docs use", () => {
    expect(Object.keys(action.inputs).sort()).toEqual(["config", "failure-threshold", "fix", "format", "paths", "sarif-file"]);
    expect(Object.keys(action.outputs).sort()).toEqual(["errors", "exit-code", "findings", "sarif-file", "warnings"]);
  });
});

describe("the action's entry point", () => {
  it("annotates findings, writes the summary table, the outputs and SARIF, and fails the step", () => {
    const workspace = project({ "services/api/Dockerfile": BAD, "Dockerfile": CLEAN });
    const step = runAction(workspace, { "sarif-file": "docklint.sarif" });
    expect(step.code).toBe(1);
    expect(step.log).toContain("::error file=services/api/Dockerfile,line=2,endLine=2,col=1,endColumn=20,title=no-maintainer::MAINTAINER is deprecated");
    expect(step.log).toContain("docklint: 1 problem (1 error) in 1 file");
    expect(step.summary).toBe(
      [
        "### docklint",
        "1 problem in 2 files.",
        "",
        "| Location | Level | Rule | Message |",
        "|---|---|---|---|",
        "| services/api/Dockerfile:2:1 | error | `no-maintainer` | MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead. |",
        "",
      ].join("\n"),
    );
    expect(step.outputs).toEqual({ findings: "1", errors: "1", warnings: "0", "exit-code": "1", "sarif-file": "docklint.sarif" });
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, "docklint.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["no-maintainer"]);
  });

  it("passes on clean files and says so in the summary", () => {
    const step = runAction(project({ Dockerfile: CLEAN }));
    expect(step.code).toBe(0);
    expect(step.log).toBe("docklint: no problems in 1 file\n");
    expect(step.summary).toBe("### docklint\nNo problems in 1 file.\n");
    expect(step.outputs).toEqual({ findings: "0", errors: "0", warnings: "0", "exit-code": "0" });
  });

  it("escapes table cells", () => {
    const step = runAction(project({ Dockerfile: 'FROM debian:12\nUSER nobody\nRUN echo "a|b" && cd /tmp\nCMD ["bash"]\n' }), { "failure-threshold": "none" });
    expect(step.code).toBe(0);
    expect(step.summary).toContain("| Dockerfile:3:");
    expect(step.summary.split("\n").filter((l) => l.startsWith("| Dockerfile")).every((l) => l.split(/(?<!\\)\|/).length === 6)).toBe(true);
  });

  it("prints another format to the log and still annotates", () => {
    const step = runAction(project({ Dockerfile: BAD }), { format: "compact" });
    expect(step.code).toBe(1);
    expect(step.log).toContain("Dockerfile:2:1: error MAINTAINER is deprecated");
    expect(step.log).toContain("::error file=Dockerfile,line=2,");
  });

  it("applies fixes with fix: true", () => {
    const workspace = project({ Dockerfile: BAD });
    const step = runAction(workspace, { fix: "true" });
    expect(step.code).toBe(0);
    expect(fs.readFileSync(path.join(workspace, "Dockerfile"), "utf8")).toBe('FROM debian:12\nLABEL org.opencontainers.image.authors="ops|team"\nUSER nobody\nCMD ["bash"]\n');
  });

  it("honours paths, config and failure-threshold", () => {
    const workspace = project({ "a/Dockerfile": BAD, "b/Dockerfile": BAD, "strict.yaml": "rules:\n  no-maintainer: warning\n" });
    const step = runAction(workspace, { paths: "a/Dockerfile\n", config: "strict.yaml", "failure-threshold": "error" });
    expect(step.code).toBe(0);
    expect(step.log).toContain("::warning file=a/Dockerfile,line=2,");
    expect(step.log).not.toContain("b/Dockerfile");
  });

  it("stops with the CLI's message and exit code on a bad config, writing no outputs", () => {
    const step = runAction(project({ Dockerfile: CLEAN, "bad.yaml": "rules:\n  no-such-rule: error\n" }), { config: "bad.yaml" });
    expect(step.code).toBe(2);
    expect(step.stderr).toMatch(/^docklint: .*no-such-rule.*\n$/);
    expect(step.outputs).toEqual({});
  });
});
