// The data-science project as a Compose project (fixtures/compose): a notebook built from the
// Dockerfile beside it and a database. The CLI lints both files, each finding in the file and at
// the line that set the value, with the Dockerfile read under the service's build inputs.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "../cli/run-cli.js";

const FIXTURE = path.join(import.meta.dirname, "..", "..", "fixtures", "compose");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURE, name), "utf8");
const files = () => ({ "compose.yaml": fixture("compose.yaml"), Dockerfile: fixture("Dockerfile"), ".dockerignore": fixture(".dockerignore") });

interface Result {
  filePath: string;
  messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }[];
}

const lint = (cwd: string, args: string[] = ["."]) => JSON.parse(runCli(["-f", "json", ...args], { cwd }).stdout) as Result[];
const found = (results: Result[]) => results.map((r) => [path.basename(r.filePath), r.messages.map((m) => [m.ruleId, m.line, m.column])]);

describe("the data-science Compose project", () => {
  it("gets exactly the findings a reviewer expects, in both files", () => {
    expect(found(lint(project(files())))).toEqual([
      [
        "compose.yaml",
        [
          ["compose-obsolete-version", 3, 1],
          ["compose-build-arg-undeclared", 12, 9], // PANDAS_VERISON: the Dockerfile's ARG is PANDAS_VERSION
          ["compose-published-port", 14, 9], // the CMD binds Jupyter to 127.0.0.1
          ["compose-healthy-dependency", 23, 20], // db has no healthcheck
          ["compose-image-tag", 26, 12], // postgres
          ["compose-secrets-in-environment", 29, 26], // POSTGRES_PASSWORD: notebook
          ["compose-database-port-public", 32, 9], // 5432:5432
        ],
      ],
      [
        "Dockerfile",
        [
          ["consolidate-run", 5, 1],
          ["bind-all-interfaces", 9, 24],
        ],
      ],
    ]);
  });

  it("reports a value set by the override file in the override file, and reads the merged project", () => {
    const cwd = project({
      ...files(),
      "compose.override.yaml": 'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "127.0.0.1:5433:5432"\n  adminer:\n    image: adminer:4.8.1\n    ports: ["8888:8080"]\n',
    });
    const results = lint(cwd);
    const byFile = new Map(found(results) as [string, unknown][]);
    // the tag the override sets silences the base's finding; its own port clashes with the notebook's
    expect(byFile.get("compose.yaml")).not.toContainEqual(["compose-image-tag", 26, 12]);
    expect(byFile.get("compose.override.yaml")).toEqual([["compose-duplicate-host-port", 8, 13]]);
  });

  it("honours a pragma in a YAML comment", () => {
    const text = fixture("compose.yaml").replace("    image: postgres\n", "    # docklint-disable-next-line compose-image-tag -- pinned by the platform team\n    image: postgres\n");
    const [compose] = lint(project({ ...files(), "compose.yaml": text }));
    expect(compose.messages.map((m) => m.ruleId)).not.toContain("compose-image-tag");
    expect(compose.messages.map((m) => m.ruleId)).toContain("compose-secrets-in-environment");
  });

  it("--fix removes the obsolete version line and nothing else", () => {
    const cwd = project(files());
    runCli(["--fix", "compose.yaml"], { cwd });
    expect(fs.readFileSync(path.join(cwd, "compose.yaml"), "utf8")).toBe(fixture("compose.yaml").replace('version: "3.9"\n', ""));
  });

  it("a YAML syntax error is one finding, not a crash", () => {
    const cwd = project({ "compose.yaml": "services:\n  web:\n    image: [nginx\n" });
    const run = runCli(["-f", "json", "compose.yaml"], { cwd });
    const [result] = JSON.parse(run.stdout) as Result[];
    expect(run.code).toBe(1);
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([["compose-syntax", 4]]);
  });

  it("--cache lints a Compose file again when the Dockerfile it builds changes", () => {
    const cwd = project(files());
    const first = lint(cwd, ["--cache", "compose.yaml"]);
    expect(first[0].messages.map((m) => m.ruleId)).toContain("compose-published-port");
    fs.writeFileSync(path.join(cwd, "Dockerfile"), fixture("Dockerfile").replace("--ip=127.0.0.1", "--ip=0.0.0.0"));
    const second = lint(cwd, ["--cache", "compose.yaml"]);
    expect(second[0].messages.map((m) => m.ruleId)).not.toContain("compose-published-port");
  });
});
