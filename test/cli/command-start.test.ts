// How the installed command starts (src/cli/bin.ts): its bundle from the V8 code cache the build
// made, the same answers without that cache, and its report written straight to standard output.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../../rules/index.js";
import { CLI, project, runCli } from "./run-cli.js";

const dist = path.dirname(CLI);
const FIXTURE = path.join(import.meta.dirname, "..", "..", "fixtures", "data-science", "Dockerfile");

describe("the command's start", () => {
  it("has a code cache for each of its bundles, named for it, that this Node accepts", () => {
    const bundles = ["cli-main.cjs", "lsp-protocol.cjs", "yaml.cjs"];
    const caches = fs.readdirSync(dist).filter((name) => name.endsWith(".v8-cache")).sort();
    expect(caches.map((name) => `${name.split(".")[0]}.cjs`)).toEqual(bundles);
    for (const name of caches) expect(fs.readFileSync(CLI, "utf8")).toContain(name);
    // in a process of its own: V8 keys a cache on its flags, and a test that loaded the shell parser changed one here
    const check = `const fs = require("node:fs"), vm = require("node:vm"); const pairs = process.argv.slice(1);
      for (let i = 0; i < pairs.length; i += 2) {
        const script = new vm.Script(fs.readFileSync(pairs[i], "latin1"), { filename: pairs[i], cachedData: fs.readFileSync(pairs[i + 1]) });
        process.stdout.write(String(script.cachedDataRejected) + " ");
      }`;
    const pairs = bundles.flatMap((name, i) => [path.join(dist, name), path.join(dist, caches[i])]);
    const run = spawnSync(process.execPath, ["-e", check, ...pairs], { encoding: "utf8" });
    expect(run.stdout).toBe("false false false ");
  });

  it("loads YAML's bundle only for a YAML file, and the language server's protocol only for --lsp", () => {
    const trace = `const fs = require("node:fs"), open = fs.openSync;
      fs.openSync = (file, ...rest) => { if (String(file).endsWith(".cjs")) process.stderr.write("read " + require("node:path").basename(String(file)) + "\\n"); return open(file, ...rest); };`;
    const bundlesRead = (args: string[], cwd: string, input = "") => {
      const run = spawnSync(process.execPath, ["-r", traceFile, CLI, ...args], { cwd, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      // (Node's own loader reads the loader, cli.cjs)
      return run.stderr.split("\n").filter((line) => line.startsWith("read ") && line !== "read cli.cjs").map((line) => line.slice(5));
    };
    const traceFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "docklint-trace-")), "trace.cjs");
    fs.writeFileSync(traceFile, trace);
    expect(bundlesRead(["--no-config", "--rule", "shellcheck=off", "Dockerfile"], project({ Dockerfile: "FROM debian:12\n" }))).toEqual(["cli-main.cjs"]);
    expect(bundlesRead(["--rule", "shellcheck=off", "Dockerfile"], project({ Dockerfile: "FROM debian:12\n", ".hadolint.yaml": "ignored: [DL3006]\n" }))).toEqual(["cli-main.cjs", "yaml.cjs"]);
    const compose = project({ Dockerfile: "FROM debian:12\n", "compose.yaml": "services:\n  app:\n    build: .\n" });
    expect(bundlesRead(["--no-config", "--rule", "shellcheck=off", "compose.yaml"], compose)).toEqual(["cli-main.cjs", "yaml.cjs"]);
    const exit = JSON.stringify({ jsonrpc: "2.0", method: "exit" });
    expect(bundlesRead(["--lsp", "--no-config"], compose, `Content-Length: ${exit.length}\r\n\r\n${exit}`)).toEqual(["cli-main.cjs", "lsp-protocol.cjs"]);
    fs.rmSync(path.dirname(traceFile), { recursive: true, force: true });
  });

  it("gives the same report without its cache (another Node.js, or a cache V8 rejects)", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-no-cache-"));
    try {
      fs.cpSync(dist, copy, { recursive: true });
      for (const name of fs.readdirSync(copy).filter((n) => n.endsWith(".v8-cache"))) fs.rmSync(path.join(copy, name));
      const cwd = path.dirname(FIXTURE);
      const withCache = runCli(["--no-config", "-f", "json", "Dockerfile"], { cwd });
      const without = runCli(["--no-config", "-f", "json", "Dockerfile"], { cwd, cli: path.join(copy, "cli.cjs") });
      expect(withCache.code).toBe(1);
      expect(without).toEqual(withCache);
      // a script that needs the shell parser, which this bundle loads from web-tree-sitter's CommonJS build
      const dir = project({ Dockerfile: "FROM debian:12\nRUN retry() { apt-get install curl; }; retry\n" });
      const parsed = runCli(["--no-config", "--rule", "shellcheck=off", "-f", "json", "Dockerfile"], { cwd: dir });
      expect(JSON.parse(parsed.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain("apt-yes");
      expect(runCli(["--no-config", "--rule", "shellcheck=off", "-f", "json", "Dockerfile"], { cwd: dir, cli: path.join(copy, "cli.cjs") })).toEqual(parsed);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("compiles a bundle edited after its cache from the bundle's own text (V8 would check only its length)", () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-patched-"));
    try {
      fs.cpSync(dist, copy, { recursive: true, preserveTimestamps: true });
      const bundle = path.join(copy, "cli-main.cjs");
      const text = fs.readFileSync(bundle, "latin1");
      expect(text).toContain("has no tag");
      // a patch of the same length, written later than the cache
      fs.writeFileSync(bundle, text.replace("has no tag", "HAS NO TAG"), "latin1");
      fs.utimesSync(bundle, new Date(), new Date(Date.now() + 2000));
      const dir = project({ Dockerfile: "FROM debian\n" });
      const run = runCli(["--no-config", "--rule", "shellcheck=off", "Dockerfile"], { cwd: dir, cli: path.join(copy, "cli.cjs") });
      expect(run.stdout).toContain("Image `debian` HAS NO TAG");
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("ends quietly when the reader of its output goes away (docklint | head -1)", async () => {
    // a report of about 1 MB: far more than a pipe or socket holds before the reader takes some
    const runs = "RUN apt-get install curl\n".repeat(500);
    const dir = project(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`d${i}/Dockerfile`, `FROM debian\n${runs}`])));
    const child = spawn(process.execPath, [CLI, "--no-config", "--rule", "shellcheck=off", "."], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // the first line read, the pipe is closed: the writes after it fail with EPIPE
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });
  it("prints each rule's whole documentation though its bundle leaves the long parts out", () => {
    const bundle = fs.readFileSync(path.join(dist, "cli-main.cjs"), "latin1");
    const leftOut = JSON.parse(fs.readFileSync(path.join(dist, "rule-docs.json"), "utf8")) as Record<string, object>;
    expect(Object.keys(leftOut).sort()).toEqual(allRules.map((r) => r.id).sort());
    for (const { id, rule } of allRules) {
      const { rationale, examples, differences } = rule.meta.docs;
      expect(leftOut[id], id).toEqual(differences === undefined ? { rationale, examples } : { rationale, examples, differences });
    }
    // what a start deserializes: not one rule's rationale
    expect(allRules.filter(({ rule }) => bundle.includes(JSON.stringify(rule.meta.docs.rationale.slice(0, 60)).slice(1, -1)))).toEqual([]);
    // --explain (the language server's hover too) and the formats that describe rules read them back
    for (const id of ["base-image-eol", "no-maintainer", "trusted-registries"]) {
      const run = runCli(["--explain", id], { cwd: project({}) });
      expect(run.stdout).toBe(fs.readFileSync(path.join(import.meta.dirname, "..", "..", "docs", "rules", `${id}.md`), "utf8"));
    }
    const sarif = runCli(["--no-config", "-f", "sarif", "Dockerfile"], { cwd: project({ Dockerfile: "FROM scratch\nMAINTAINER me\n" }) });
    const described = JSON.parse(sarif.stdout).runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "no-maintainer");
    const { description, rationale } = allRules.find((r) => r.id === "no-maintainer")!.rule.meta.docs;
    expect(described.help.text).toBe(`${description} ${rationale}`);
  });
});
