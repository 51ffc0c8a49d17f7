// The Dockerfile that motivated docklint: every practice it breaks is found at its position,
// nothing a reviewer would call wrong is reported, and --fix leaves nothing fixable behind.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "../cli/run-cli.js";
import { dataScienceDockerfile } from "../fixtures.js";

const text = dataScienceDockerfile;
/** The day base-image-eol compares with: Python 3.6 ended on 2021-12-23. */
const env = { DOCKLINT_TODAY: "2026-12-05" };

interface Message {
  ruleId: string;
  line: number;
  column: number;
  fix?: unknown;
}

const lint = (cwd: string, args: string[] = []) => {
  const run = runCli(["-f", "json", ...args, "Dockerfile"], { cwd, env });
  return JSON.parse(run.stdout)[0] as { messages: Message[]; output?: string };
};

describe("the data-science Dockerfile", () => {
  it("gets exactly the findings a reviewer expects, at their positions", () => {
    const { messages } = lint(project({ Dockerfile: text }));
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["base-image-eol", 1, 6], // Python 3.6 ended on 2021-12-23
      ["dockerignore", 3, 6], // the `.` source
      ["pip-pin-versions", 4, 32], // numpy
      ["pip-pin-versions", 4, 38], // pandas
      ["pip-pin-versions", 4, 45], // seaborn
      ["pip-deprecated-package", 4, 53], // `sklearn`
      ["pip-pin-versions", 4, 53],
      ["pip-pin-versions", 4, 61], // jupyter
      ["sort-packages", 4, 61], // `jupyter`, which belongs first
      ["exec-form-quotes", 6, 29], // "--ip='*'"
      ["no-root-notebook", 6, 72], // "--allow-root"
    ]);
  });

  it("has no dockerignore finding when the context has a .dockerignore", () => {
    const { messages } = lint(project({ Dockerfile: text, ".dockerignore": ".git\n" }));
    expect(messages.map((m) => m.ruleId)).not.toContain("dockerignore");
  });

  it("--fix produces a Dockerfile whose re-lint has no fixable findings", () => {
    const cwd = project({ Dockerfile: text });
    expect(runCli(["--fix", "Dockerfile"], { cwd, env }).stderr).toBe("");
    const fixed = fs.readFileSync(path.join(cwd, "Dockerfile"), "utf8");
    expect(fixed).toBe(
      [
        "FROM python:3.6.5-slim",
        "WORKDIR /app",
        "COPY . /app",
        "RUN pip --no-cache-dir install jupyter numpy pandas scikit-learn seaborn",
        "EXPOSE 8888",
        'CMD ["jupyter", "notebook", "--ip=*", "--port=8888", "--no-browser", "--allow-root"]',
        "",
      ].join("\n"),
    );
    const { messages } = lint(cwd);
    expect(messages.filter((m) => m.fix)).toEqual([]);
    // what is left needs a person: a supported Python, a .dockerignore, a USER, and the versions to pin
    expect(messages.map((m) => m.ruleId).sort()).toEqual(["base-image-eol", "dockerignore", "no-root-notebook", ...Array(5).fill("pip-pin-versions")]);
  });
});
