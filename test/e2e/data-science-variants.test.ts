// The tutorial's second image and the conda and GPU variants written here (fixtures/data-science/*/):
// each gets exactly the findings a reviewer expects, and `docklint --fix` gives the checked-in
// Dockerfile.fixed. The end-of-life rule compares with a fixed day, never the real date.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "../cli/run-cli.js";

const dir = path.join(import.meta.dirname, "..", "..", "fixtures", "data-science");
const config = JSON.stringify({ rules: { "base-image-eol": ["warning", { today: "2026-12-05" }] } });

const expected: Record<string, [string, number, number][]> = {
  "tutorial-second": [
    ["base-image-eol", 1, 6], // Python 3.6 ended on 2021-12-23
    ["pip-pin-versions", 3, 32], // pandas
    ["pip-pin-versions", 3, 39], // jupyter
    ["sort-packages", 3, 39],
    ["exec-form-quotes", 6, 29], // "--ip='*'"
    ["no-root-notebook", 6, 72],
  ],
  conda: [
    ["conda-clean", 4, 11], // the package cache stays in the layer
    ["conda-pin-versions", 4, 22], // numpy
    ["conda-pin-versions", 4, 28], // pandas
    ["conda-pin-versions", 4, 35], // scikit-learn
    ["conda-pin-versions", 4, 48], // jupyter
    ["sort-packages", 4, 48],
    ["json-args", 6, 1],
    ["no-root-notebook", 6, 60],
    ["jupyter-no-auth", 6, 73], // --NotebookApp.token='' on 0.0.0.0
  ],
  gpu: [
    ["base-image-eol", 1, 6], // Ubuntu 20.04 under the CUDA image
    ["devel-image-shipped", 1, 6], // a -devel image ships, and nothing in it compiles
    ["apt-clean-lists", 2, 13],
    ["apt-no-install-recommends", 2, 31],
    ["apt-pin-versions", 2, 42],
    ["pip-no-cache-dir", 3, 10],
    ["cuda-version-mismatch", 3, 18], // +cu118 on CUDA 12.1
    ["consolidate-run", 4, 1],
    ["gpu-at-build-time", 4, 16], // torch.cuda.is_available() during the build
  ],
};

describe.each(Object.keys(expected))("fixtures/data-science/%s", (name) => {
  const text = fs.readFileSync(path.join(dir, name, "Dockerfile"), "utf8");

  it("gets exactly the findings a reviewer expects, at their positions", () => {
    const cwd = project({ Dockerfile: text, ".docklintrc.json": config });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual(expected[name]);
  });

  it("--fix gives the checked-in Dockerfile.fixed", () => {
    const cwd = project({ Dockerfile: text, ".docklintrc.json": config });
    expect(runCli(["--fix", "Dockerfile"], { cwd }).stderr).toBe("");
    expect(fs.readFileSync(path.join(cwd, "Dockerfile"), "utf8")).toBe(fs.readFileSync(path.join(dir, name, "Dockerfile.fixed"), "utf8"));
  });
});
