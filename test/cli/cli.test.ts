// The CLI end to end: exit codes, output, options, errors, discovery and --fix.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatContext } from "../../src/cli/format-context.js";
import { formatters } from "../../src/format/index.js";
import { FORMAT_NAMES } from "../../src/format/names.js";
import { ruleRegistry } from "../../src/lint-session.js";
import { BROKEN, CLEAN, project, runCli } from "./run-cli.js";

describe("exit codes and output", () => {
  it("is silent and exits 0 on a clean file", () => {
    const cwd = project({ Dockerfile: CLEAN });
    expect(runCli(["Dockerfile"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("prints each format with the formatter it loads on demand: the library's formatter, byte for byte", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const json = runCli(["-f", "json", "Dockerfile"], { cwd });
    const results = (JSON.parse(json.stdout) as { filePath: string }[]).map((r) => ({ ...r, filePath: path.relative(cwd, r.filePath) }));
    expect(Object.keys(formatters)).toEqual([...FORMAT_NAMES]);
    for (const name of FORMAT_NAMES) {
      const run = runCli(["-f", name, "Dockerfile"], { cwd, env: { NO_COLOR: "1" } });
      expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: 1, stderr: "" });
      // the context the command gives (rule codes and descriptions from the registry, the threshold)
      const context = formatContext(ruleRegistry(), { cwd, color: false, failureThreshold: "warning", formats: [name] });
      expect(run.stdout, name).toBe(formatters[name](results as never, context));
    }
    // and that context reaches the formats that use it
    for (const [name, marker] of [["sarif", '"fullDescription":{"text":"MAINTAINER is deprecated'], ["hadolint-json", '"code":"DL4000"']]) {
      expect(runCli(["-f", name, "Dockerfile"], { cwd }).stdout).toContain(marker);
    }
  });

  it("exits 1 and prints findings grouped by file", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const run = runCli(["Dockerfile"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      [
        "Dockerfile",
        "  2:1  error  MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead.  no-maintainer",
        "  3:1  error  Unknown instruction 'RUNN'.  syntax",
        "",
        "✖ 2 problems (2 errors)",
        "  1 fixable with --fix",
        "",
      ].join("\n"),
    );
  });

  it("lints the current directory when no path is given", () => {
    const cwd = project({ "Dockerfile": BROKEN, "sub/app.Dockerfile": BROKEN });
    const run = runCli([], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Dockerfile\n");
    expect(run.stdout).toContain(path.join("sub", "app.Dockerfile"));
  });

  it("--failure-threshold decides which levels fail", () => {
    const cwd = project({ Dockerfile: BROKEN });
    expect(runCli(["-t", "none", "Dockerfile"], { cwd }).code).toBe(0);
    expect(runCli(["--rule", "syntax=info", "--rule", "no-maintainer=style", "-t", "warning", "Dockerfile"], { cwd }).code).toBe(0);
    expect(runCli(["--rule", "syntax=info", "--rule", "no-maintainer=style", "-t", "style", "Dockerfile"], { cwd }).code).toBe(1);
  });

  it("-f junit fails the test cases that fail the run: findings below --failure-threshold are skipped", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const cases = (args: string[]) => [...runCli(["-f", "junit", ...args, "Dockerfile"], { cwd }).stdout.matchAll(/<testcase name="([^"]+)"[^>]*>\n {6}<(failure|skipped) /g)].map((m) => `${m[1]} ${m[2]}`);
    expect(cases(["--rule", "no-maintainer=info"])).toEqual(["no-maintainer skipped", "syntax failure"]);
    expect(cases(["--rule", "no-maintainer=info", "-t", "info"])).toEqual(["no-maintainer failure", "syntax failure"]);
    expect(cases(["-t", "none"])).toEqual(["no-maintainer skipped", "syntax skipped"]);
  });

  it("--max-warnings fails on more warnings than allowed", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const args = ["--rule", "syntax=warning", "--rule", "no-maintainer=warning", "-t", "error", "Dockerfile"];
    expect(runCli([...args, "--max-warnings", "2"], { cwd }).code).toBe(0);
    expect(runCli([...args, "--max-warnings", "1"], { cwd }).code).toBe(1);
  });

  it("--quiet reports errors only", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const run = runCli(["--quiet", "--rule", "no-maintainer=warning", "Dockerfile"], { cwd });
    expect(run.stdout).toContain("syntax");
    expect(run.stdout).not.toContain("no-maintainer");
    expect(run.code).toBe(1);
  });

  it("--rule accepts aliases, and turning rules off makes the file pass", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const run = runCli(["--rule", "DL4000=off", "--rule", "DL1000=off", "Dockerfile"], { cwd });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("-f is repeatable: NAME=FILE writes that format to its own file, the rest go to standard output", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const run = runCli(["-f", "stylish", "-f", "json=out/report.json", "-f", "hadolint-json=hl.json", "Dockerfile"], { cwd: (fs.mkdirSync(path.join(cwd, "out")), cwd) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("  2:1  error  MAINTAINER is deprecated");
    expect(JSON.parse(fs.readFileSync(path.join(cwd, "out", "report.json"), "utf8"))[0].errorCount).toBe(2);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, "hl.json"), "utf8")).map((f: { code: string }) => f.code)).toEqual(["DL4000", "DL1000"]);
  });

  it("reports for code hosts name files from the repository root above cwd; no report climbs out with ../", () => {
    const repo = project({ ".git/HEAD": "ref: refs/heads/main\n", "svc/api/Dockerfile": BROKEN, "web/Dockerfile": BROKEN });
    const cwd = path.join(repo, "svc", "api");
    const gitlab = JSON.parse(runCli(["-f", "gitlab", "Dockerfile"], { cwd }).stdout);
    expect(gitlab[0].location.path).toBe("svc/api/Dockerfile");
    const sarif = JSON.parse(runCli(["-f", "sarif", "Dockerfile"], { cwd }).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("svc/api/Dockerfile");
    const compact = runCli(["-f", "compact", "Dockerfile", "../../web/Dockerfile"], { cwd }).stdout;
    expect(compact).toMatch(/^Dockerfile:2:1: error/);
    expect(compact).toContain(`\n${path.join(repo, "web", "Dockerfile")}:2:1: error`);
    expect(compact).not.toContain("../");
  });

  it("-f sarif describes every rule it reports, as GitHub code scanning requires", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const log = JSON.parse(runCli(["-f", "sarif", "Dockerfile"], { cwd }).stdout);
    expect(log.version).toBe("2.1.0");
    const { driver } = log.runs[0].tool;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(["no-maintainer", "syntax"]);
    for (const rule of driver.rules) {
      expect(rule.fullDescription.text.length).toBeGreaterThan(10);
      expect(rule.help.markdown).toContain(`# ${rule.id}`);
      expect(rule.helpUri).toMatch(/docs\/rules\/.*\.md$/);
    }
    expect(log.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ["no-maintainer", "error"],
      ["syntax", "error"],
    ]);
    // node:crypto is loaded only when a report needs fingerprints: this one does
    const prints = log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints["docklint/v1"]);
    expect(prints).toHaveLength(2);
    for (const print of prints) expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(prints[0]).not.toBe(prints[1]);
  });

  it("--timing prints the slowest rules, the time per phase and the peak memory on stderr, leaving standard output as it was", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const plain = runCli(["Dockerfile"], { cwd });
    const timed = runCli(["--timing", "Dockerfile"], { cwd });
    expect(timed.stdout).toBe(plain.stdout);
    const [rules, phases, memory] = timed.stderr.split("\n\n").map((table) => table.trim().split("\n"));
    expect(rules[0]).toMatch(/^Rule +\| +Time \(ms\) \| Relative$/);
    expect(rules.length).toBe(12);
    for (const row of rules.slice(2)) expect(row).toMatch(/^[a-z0-9-]+ +\| +\d+\.\d{3} \| +\d+\.\d%$/);
    expect(phases[0]).toMatch(/^Phase +\| +Time \(ms\) \| Relative$/);
    expect(phases.slice(2).map((row) => row.split(" |")[0].trim())).toEqual(["read", "parse", "shell parse", "rules", "format"]);
    for (const row of phases.slice(2)) expect(row).toMatch(/^[a-z ]+ +\| +\d+\.\d{3} \| +\d+\.\d%$/);
    expect(memory).toEqual([expect.stringMatching(/^Peak RSS: \d+ MB$/)]);
  });

  it("-o writes the report to a file", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const run = runCli(["-f", "json", "-o", "report.json", "Dockerfile"], { cwd });
    expect(run.stdout).toBe("");
    expect(JSON.parse(fs.readFileSync(path.join(cwd, "report.json"), "utf8"))[0].errorCount).toBe(2);
  });
});

describe("bad input: one sentence on stderr, exit 2, the rest still linted", () => {
  it("an unknown option", () => {
    const run = runCli(["--bogus"], { cwd: project({}) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("docklint: Unknown option --bogus (see docklint --help).\n");
  });

  it.each([
    [["-f", "xml"], `docklint: --format must be one of ${Object.keys(formatters).join(", ")}, not 'xml' (see docklint --help).\n`],
    [["-f", "json="], "docklint: --format json= needs a file name (see docklint --help).\n"],
    [["-t", "loud"], "docklint: --failure-threshold must be one of error, warning, info, style, none, ignore, not 'loud' (see docklint --help).\n"],
    [["--max-warnings", "lots"], "docklint: --max-warnings takes a whole number, not 'lots' (see docklint --help).\n"],
    [["--output"], "docklint: Option --output needs a value (see docklint --help).\n"],
  ])("an invalid option value (%j)", (args, stderr) => {
    expect(runCli(args, { cwd: project({ Dockerfile: CLEAN }) })).toEqual({ code: 2, stdout: "", stderr });
  });

  it("a missing file, with another file still reported", () => {
    const cwd = project({ Dockerfile: BROKEN });
    const run = runCli(["missing/Dockerfile", "Dockerfile"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("docklint: No such file or directory: missing/Dockerfile.\n");
    expect(run.stdout).toContain("no-maintainer");
  });

  it("a directory without Dockerfiles", () => {
    const cwd = project({ "empty/README.md": "hi" });
    const run = runCli(["empty"], { cwd });
    expect(run).toMatchObject({ code: 2, stderr: "docklint: No Dockerfiles or Compose files found in empty.\n" });
  });

  it("a binary file", () => {
    const cwd = project({ Dockerfile: Buffer.from([0x46, 0x52, 0x00, 0x4f]) });
    expect(runCli(["Dockerfile"], { cwd })).toMatchObject({ code: 2, stderr: "docklint: Dockerfile is a binary file, not a Dockerfile.\n" });
  });

  it("invalid UTF-8", () => {
    const cwd = project({ Dockerfile: Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xc3, 0x28, 0x0a]) });
    expect(runCli(["Dockerfile"], { cwd })).toMatchObject({ code: 2, stderr: "docklint: Dockerfile is not valid UTF-8.\n" });
  });

  it("a file over 10 MB is not read", () => {
    const cwd = project({ Dockerfile: "# " + "x".repeat(10 * 1024 * 1024) + "\n" });
    expect(runCli(["Dockerfile"], { cwd })).toMatchObject({ code: 2, stderr: "docklint: Dockerfile is larger than 10 MB; not linted (--max-file-size sets the limit).\n" });
  });

  it("a path that cannot be read (a dangling symlink)", () => {
    const cwd = project({});
    fs.symlinkSync(path.join(cwd, "nowhere"), path.join(cwd, "Dockerfile"));
    expect(runCli(["Dockerfile"], { cwd })).toMatchObject({ code: 2, stderr: "docklint: No such file or directory: Dockerfile.\n" });
  });

  it("a malformed Dockerfile is a finding, not an error", () => {
    const cwd = project({ Dockerfile: 'FROM alpine:3.20\nCMD ["unterminated\nRUN <<EOF\n' });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain("syntax");
  });

  it.each([
    [".docklintrc.yaml", "rules: [oops\n", /^docklint: Cannot read config .*\.docklintrc\.yaml: /],
    [".docklintrc.yaml", "rulez: {}\n", /^docklint: Invalid config .*\.docklintrc\.yaml: unknown key 'rulez'/],
    [".docklintrc.yaml", "rules:\n  no-such-rule: error\n", /^docklint: Invalid config .*: rules\.no-such-rule: unknown rule 'no-such-rule'/],
    [".docklintrc.yaml", "rules:\n  syntax: loud\n", /^docklint: Invalid config .*: rules\.syntax: level must be one of error, warning, info, style, off, not 'loud'/],
    [".docklintrc.json", '{"extends": "strict"}', /^docklint: Invalid config .*\.docklintrc\.json: 'extends' must be recommended or all/],
    [".docklintrc.yaml", "rules:\n  syntax: [error, {x: 1}]\n", /^docklint: Invalid config .*: rules\.syntax: the rule takes at most 0 option/],
  ])("an invalid config (%s: %j)", (name, content, message) => {
    const cwd = project({ Dockerfile: CLEAN, [name]: content });
    const run = runCli(["Dockerfile"], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("an unknown rule in --rule", () => {
    const run = runCli(["--rule", "DL9999=off"], { cwd: project({ Dockerfile: CLEAN }) });
    expect(run).toMatchObject({ code: 2, stderr: "docklint: Invalid --rule DL9999: unknown rule 'DL9999'.\n" });
  });

  it("an unknown rule in a pragma is a finding of pragma-known-rule, whose level the config sets", () => {
    const cwd = project({ Dockerfile: "FROM alpine:3.20\n# docklint-disable-next-line no-such-rule\nUSER 1000\n" });
    const run = runCli(["-f", "json", "Dockerfile"], { cwd });
    expect(run).toMatchObject({ code: 1, stderr: "" });
    expect(JSON.parse(run.stdout)[0].messages).toMatchObject([{ ruleId: "pragma-known-rule", level: "warning", line: 2, column: 30, endLine: 2, endColumn: 42 }]);
    expect(runCli(["--rule", "pragma-known-rule=info", "Dockerfile"], { cwd }).code).toBe(0);
    expect(JSON.parse(runCli(["-f", "json", "--rule", "pragma-known-rule=off", "Dockerfile"], { cwd }).stdout)[0].messages).toEqual([]);
  });
});

describe("files", () => {
  it("finds Dockerfiles by name in directories, skipping node_modules, .git and .gitignored paths", () => {
    const cwd = project({
      Dockerfile: BROKEN,
      "a/Dockerfile.dev": BROKEN,
      "a/web.dockerfile": BROKEN,
      "a/Containerfile": BROKEN,
      "a/notes.txt": BROKEN,
      "node_modules/x/Dockerfile": BROKEN,
      ".git/Dockerfile": BROKEN,
      "build/Dockerfile": BROKEN,
      ".gitignore": "build/\n",
    });
    const files = JSON.parse(runCli(["-f", "json", "."], { cwd }).stdout).map((r: { filePath: string }) => path.relative(cwd, r.filePath));
    expect(files.sort()).toEqual(["Dockerfile", "a/Containerfile", "a/Dockerfile.dev", "a/web.dockerfile"]);
  });

  it("a deeper .gitignore decides over the ones above it, as in git", () => {
    const cwd = project({
      "Dockerfile.dev": BROKEN,
      "sub/Dockerfile.dev": BROKEN,
      "sub/Dockerfile.prod": BROKEN,
      ".gitignore": "Dockerfile.*\n",
      "sub/.gitignore": "!Dockerfile.prod\n",
    });
    const files = JSON.parse(runCli(["-f", "json", "."], { cwd }).stdout).map((r: { filePath: string }) => path.relative(cwd, r.filePath));
    expect(files).toEqual(["sub/Dockerfile.prod"]);
  });

  it("expands globs", () => {
    const cwd = project({ "x/one.Dockerfile": BROKEN, "x/two.Dockerfile": BROKEN, "y/three.Dockerfile": BROKEN });
    const files = JSON.parse(runCli(["-f", "json", "x/*.Dockerfile"], { cwd }).stdout).map((r: { filePath: string }) => path.basename(r.filePath));
    expect(files).toEqual(["one.Dockerfile", "two.Dockerfile"]);
  });

  it("does not loop on symlink cycles", () => {
    const cwd = project({ "a/Dockerfile": BROKEN });
    fs.symlinkSync(cwd, path.join(cwd, "a", "loop"));
    const run = runCli(["-f", "json", "."], { cwd });
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it("reads standard input with - and names it with --stdin-filename", () => {
    const cwd = project({});
    const run = runCli(["-f", "json", "--stdin-filename", "web/Dockerfile", "-"], { cwd, input: BROKEN });
    const [result] = JSON.parse(run.stdout);
    expect(result.filePath).toBe(path.join(cwd, "web", "Dockerfile"));
    expect(result.errorCount).toBe(2);
  });
});

describe("--fix", () => {
  it("writes the fixed file atomically, keeping mode, BOM and CRLF", () => {
    const cwd = project({ Dockerfile: "\ufeffFROM alpine:3.20\r\nMAINTAINER Ada\r\nUSER 1000\r\n" });
    const file = path.join(cwd, "Dockerfile");
    fs.chmodSync(file, 0o640);
    const run = runCli(["--fix", "Dockerfile"], { cwd });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(fs.readFileSync(file, "utf8")).toBe('\ufeffFROM alpine:3.20\r\nLABEL org.opencontainers.image.authors="Ada"\r\nUSER 1000\r\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(cwd)).toEqual(["Dockerfile"]);
  });

  it("does not touch a file with nothing to fix", () => {
    const cwd = project({ Dockerfile: "FROM alpine:3.20\nRUNN x\n" });
    const file = path.join(cwd, "Dockerfile");
    const before = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, new Date(0), new Date(0));
    runCli(["--fix", "Dockerfile"], { cwd });
    expect(fs.statSync(file).mtimeMs).toBe(0);
    expect(before).toBeGreaterThan(0);
  });

  it("--fix-dry-run reports the fixed text in `output` and writes nothing", () => {
    const cwd = project({ Dockerfile: "FROM alpine:3.20\nMAINTAINER Ada\nUSER 1000\n" });
    const run = runCli(["--fix-dry-run", "-f", "json", "Dockerfile"], { cwd });
    const [result] = JSON.parse(run.stdout);
    expect(result.output).toBe('FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ada"\nUSER 1000\n');
    expect(result.messages).toEqual([]);
    expect(fs.readFileSync(path.join(cwd, "Dockerfile"), "utf8")).toBe("FROM alpine:3.20\nMAINTAINER Ada\nUSER 1000\n");
  });
});

describe("information", () => {
  it("--version prints the package version", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "..", "package.json"), "utf8"));
    expect(runCli(["--version"], { cwd: project({}) }).stdout.trim()).toBe(pkg.version);
  });

  it("--list-rules --format json lists ids, aliases and defaults", () => {
    const rows = JSON.parse(runCli(["--list-rules", "-f", "json"], { cwd: project({}) }).stdout);
    expect(rows.find((r: { id: string }) => r.id === "no-maintainer")).toEqual({
      id: "no-maintainer",
      aliases: ["DL4000", "MaintainerDeprecated", "DS022", "CKV_DOCKER_6"],
      level: "error",
      recommended: true,
      fixable: true,
      description: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors.",
    });
  });

  it("--explain prints a rule's docs, by id or alias", () => {
    const run = runCli(["--explain", "DL4000"], { cwd: project({}) });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("# no-maintainer\n")).toBe(true);
    expect(runCli(["--explain", "nope"], { cwd: project({}) })).toMatchObject({ code: 2 });
  });

  it("--print-config shows the resolved config with overrides", () => {
    const cwd = project({
      ".docklintrc.yaml": "rules:\n  syntax: warning\noverrides:\n  - files: 'ci/**'\n    rules:\n      no-maintainer: off\nsettings:\n  context: ..\n",
      "ci/Dockerfile": CLEAN,
    });
    const config = JSON.parse(runCli(["--print-config", "ci/Dockerfile"], { cwd }).stdout);
    expect(config).toMatchObject({
      configFile: path.join(cwd, ".docklintrc.yaml"),
      extends: "recommended",
      rules: { syntax: "warning", "no-maintainer": "off" },
      settings: { context: path.dirname(cwd) },
    });
  });
});

describe("config files and flags", () => {
  it("finds the nearest config upward; docklint.config.mjs works like YAML", () => {
    const cwd = project({
      "docklint.config.mjs": "export default { rules: { 'no-maintainer': 'off' } };\n",
      "svc/api/Dockerfile": BROKEN,
    });
    const [result] = JSON.parse(runCli(["-f", "json", "svc/api/Dockerfile"], { cwd }).stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["syntax"]);
  });

  it("a config may name its JSON schema: `$schema` in JSON, a comment in YAML", () => {
    const json = project({ ".docklintrc.json": '{"$schema": "./node_modules/docklint/docs/docklintrc.schema.json", "rules": {"no-maintainer": "off"}}', Dockerfile: BROKEN });
    expect(JSON.parse(runCli(["-f", "json", "Dockerfile"], { cwd: json }).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["syntax"]);
    const yaml = project({ ".docklintrc.yaml": "# yaml-language-server: $schema=./node_modules/docklint/docs/docklintrc.schema.json\nrules:\n  syntax: off\n", Dockerfile: BROKEN });
    expect(JSON.parse(runCli(["-f", "json", "Dockerfile"], { cwd: yaml }).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["no-maintainer"]);
  });

  it("--no-config ignores config files; -c uses the one given", () => {
    const cwd = project({ ".docklintrc.yaml": "rules:\n  no-maintainer: off\n", "other.json": '{"rules": {"syntax": "off"}}', Dockerfile: BROKEN });
    const ids = (args: string[]) => JSON.parse(runCli(["-f", "json", ...args, "Dockerfile"], { cwd }).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids([])).toEqual(["syntax"]);
    expect(ids(["--no-config"])).toEqual(["no-maintainer", "syntax"]);
    expect(ids(["-c", "other.json"])).toEqual(["no-maintainer"]);
  });

  it("extends: all turns on rules the recommended preset leaves off", () => {
    const cwd = project({ Dockerfile: CLEAN });
    const all = project({ Dockerfile: CLEAN, ".docklintrc.yaml": "extends: all\n" });
    const enabled = (dir: string) => Object.values(JSON.parse(runCli(["--print-config", "Dockerfile"], { cwd: dir }).stdout).rules).filter((l) => l !== "off").length;
    const rows = JSON.parse(runCli(["--list-rules", "-f", "json"], { cwd }).stdout) as { recommended: boolean }[];
    expect(enabled(cwd)).toBe(rows.filter((r) => r.recommended).length);
    expect(enabled(all)).toBe(rows.length);
  });

  it("--stdin reads standard input", () => {
    const run = runCli(["--stdin", "-f", "json"], { cwd: project({}), input: BROKEN });
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ filePath: "<stdin>", errorCount: 2 });
  });

  it("--help lists the options and exits 0", () => {
    const run = runCli(["--help"], { cwd: project({}) });
    expect(run.code).toBe(0);
    for (const option of ["--format", "--fix-dry-run", "--failure-threshold", "--max-warnings", "--list-rules", "--explain", "--print-config", "--stdin-filename", "--context"]) {
      expect(run.stdout).toContain(option);
    }
    // --help names the formats without loading them: the names must be the formatters'
    expect(run.stdout).toContain(`(default: stylish) [${Object.keys(formatters).join("|")}]`);
  });
});
