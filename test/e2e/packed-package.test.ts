// The package as a user gets it: packed from a copy of the sources as `npm publish` packs it (the
// prepack build included; a copy, so the build does not replace the dist/ other tests are
// running), installed into an empty project with no registry to fetch from and an empty npm
// cache, then used from there: the CLI, the library, the ESLint plugin under this repository's
// ESLint, and the type declarations under this repository's TypeScript.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { formatters } from "../../src/format/index.js";

const root = path.join(import.meta.dirname, "..", "..");
const fromRoot = createRequire(path.join(root, "package.json"));
const ESLINT = pathToFileURL(fromRoot.resolve("eslint")).href;
const ESLINT_BIN = path.join(path.dirname(fromRoot.resolve("eslint")), "..", "bin", "eslint.js");
const TSC = fromRoot.resolve("typescript/bin/tsc");
/**
 * What the package may weigh installed. Measured: 5,397,847 bytes, where it was 11 MB with its
 * dependencies. Of that, the command's bundles (0.8 MB: its own 0.5, YAML's 0.1 and the language
 * server protocol's 0.2) and their V8 code caches (1.4 MB) are what the command starts from
 * without compiling (src/cli/bin.ts); the library, the ESLint plugin and the workers load the ES
 * module bundle. The room left is for new rules and their docs; a dependency, or a third copy of
 * the code, would not fit.
 */
const INSTALLED_BYTES_BUDGET = 5_800_000;
const BAD = "FROM python\nMAINTAINER me\n";
/** Shell code that only tree-sitter reads (a for loop): the plugin's shell parser must be loaded. */
const LOOP = "FROM debian:12\nRUN for p in curl wget; do sudo apt-get install -y $p; done\n";

const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

interface Packed {
  filename: string;
  unpackedSize: number;
}

/** The sources without what building and installing make, with this repository's node_modules. */
function copySources(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-sources-"));
  const made = new Set(["node_modules", "dist", ".git", "coverage", ".docklintcache"]);
  for (const entry of fs.readdirSync(root)) {
    if (!made.has(entry) && !entry.endsWith(".tgz")) fs.cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"));
  return copy;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

let consumer: string;
let installed: string;
let packed: Packed;

beforeAll(() => {
  const sources = copySources();
  consumer = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-consumer-"));
  [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", consumer], sources)) as Packed[];
  fs.writeFileSync(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", type: "module", private: true }));
  // offline, with an empty cache and a registry nobody answers at: any dependency would fail the install
  const cache = path.join(consumer, ".npm-cache");
  npm(["install", "--offline", "--cache", cache, "--registry", "http://127.0.0.1:9/", "--no-audit", "--no-fund", path.join(consumer, packed.filename)], consumer);
  installed = path.join(consumer, "node_modules", "docklint");
}, 300_000);

describe("the packed package", () => {
  it("installs offline as one package with no dependencies and no install-time scripts, at its measured size", () => {
    expect(fs.readdirSync(path.join(consumer, "node_modules")).filter((name) => !name.startsWith("."))).toEqual(["docklint"]);
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8")) as { dependencies?: object; scripts?: object };
    expect(manifest.dependencies ?? {}).toEqual({});
    // npm runs none of these for a user (prepare only for a folder or git install): nothing to build, nothing to approve
    for (const script of ["preinstall", "install", "postinstall", "prepare"]) expect(manifest.scripts ?? {}).not.toHaveProperty(script);
    const bytes = filesUnder(path.join(consumer, "node_modules")).reduce((sum, file) => sum + fs.statSync(file).size, 0);
    // node_modules holds the tarball's files and npm's own lockfile, nothing else
    const npmLock = fs.statSync(path.join(consumer, "node_modules", ".package-lock.json")).size;
    expect(bytes - npmLock).toBe(packed.unpackedSize);
    expect(packed.unpackedSize).toBeLessThan(INSTALLED_BYTES_BUDGET);
  });

  it("ships its type declarations as two self-contained files", () => {
    expect(filesUnder(path.join(installed, "dist")).filter((f) => f.endsWith(".ts")).map((f) => path.relative(installed, f)).sort()).toEqual(["dist/eslint-plugin.d.ts", "dist/index.d.ts"]);
  });

  it("runs the CLI", () => {
    fs.writeFileSync(path.join(consumer, "Dockerfile"), BAD);
    const run = spawnSync(path.join(consumer, "node_modules", ".bin", "docklint"), ["-f", "compact", "Dockerfile"], { cwd: consumer, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Dockerfile:1:6: warning .* \[image-tag\]\nDockerfile:2:1: error .* \[no-maintainer\]\n/);
    expect(run.status).toBe(1);
  });

  it("runs its library API and its ESLint plugin under ESLint", () => {
    const program = `
      import { createLinter, fixText, formatters, lintText, rules } from "docklint";
      import docklint from "docklint/eslint-plugin";
      const { Linter, ESLint } = await import(process.argv[2]);
      const result = await lintText(${JSON.stringify(BAD)}, { filePath: "Dockerfile", noConfig: true });
      const fixed = await fixText("FROM python:3.12\\nMAINTAINER me\\n", { noConfig: true });
      const linter = createLinter({ noConfig: true });
      const again = await linter.lintText("FROM python\\n", "Dockerfile");
      const verified = new Linter({ cwd: process.cwd() }).verify("FROM python\\n", [docklint.configs.recommended], { filename: "Dockerfile" });
      const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: [docklint.configs.recommended] });
      const [linted] = await eslint.lintFiles(["Dockerfile"]);
      console.log(JSON.stringify({
        findings: result.messages.map((m) => [m.ruleId, m.line, m.column]),
        output: fixed.output,
        again: again.messages.length,
        linter: verified.map((m) => [m.ruleId, m.line, m.column]),
        eslint: linted.messages.map((m) => [m.ruleId, m.line, m.column]),
        formats: Object.keys(formatters).length,
        rules: Object.keys(rules).length,
      }));
    `;
    fs.writeFileSync(path.join(consumer, "Dockerfile"), BAD);
    fs.writeFileSync(path.join(consumer, "use.mjs"), program);
    const printed = JSON.parse(execFileSync(process.execPath, ["use.mjs", ESLINT], { cwd: consumer, encoding: "utf8" }));
    expect(printed).toEqual({
      findings: [
        ["image-tag", 1, 6],
        ["no-maintainer", 2, 1],
      ],
      output: 'FROM python:3.12\nLABEL org.opencontainers.image.authors="me"\n',
      again: 1,
      linter: [["docklint/image-tag", 1, 6]],
      eslint: [
        ["docklint/image-tag", 1, 6],
        ["docklint/no-maintainer", 2, 1],
      ],
      formats: Object.keys(formatters).length,
      rules: 145,
    });
  });

  it("is require()d from CommonJS: the library, and the ESLint plugin ready to lint", () => {
    const check = `
      const docklint = require("docklint/eslint-plugin");
      const { lintText } = require("docklint");
      const { Linter } = require(process.argv[2]);
      const text = ${JSON.stringify(LOOP)};
      const verified = new Linter({ cwd: process.cwd() }).verify(text, [docklint.configs.recommended], { filename: "Dockerfile" });
      lintText(text, { filePath: "Dockerfile", noConfig: true }).then((result) => console.log(JSON.stringify({
        eslint: verified.map((m) => [m.ruleId, m.line, m.column]),
        docklint: result.messages.map((m) => ["docklint/" + m.ruleId, m.line, m.column]),
      })));
    `;
    fs.writeFileSync(path.join(consumer, "check.cjs"), check);
    const printed = JSON.parse(execFileSync(process.execPath, ["check.cjs", fromRoot.resolve("eslint")], { cwd: consumer, encoding: "utf8" }));
    expect(printed.eslint).toContainEqual(["docklint/no-sudo", 2, 28]);
    expect(printed.eslint).toEqual(printed.docklint);
    // require() gives the plugin itself, not a module namespace
    const plain = spawnSync(process.execPath, ["-e", 'const p = require("docklint/eslint-plugin"); console.log(p.meta.name, Object.keys(p.configs))'], { cwd: consumer, encoding: "utf8" });
    expect(plain.stderr).toBe("");
    expect(plain.stdout).toBe("docklint [ 'recommended' ]\n");
  });

  it("is require()d by an eslint.config.cjs under ESLint's CLI", () => {
    const project = path.join(consumer, "cjs-config");
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, "eslint.config.cjs"), 'const docklint = require("docklint/eslint-plugin");\n\nmodule.exports = [docklint.configs.recommended];\n');
    fs.writeFileSync(path.join(project, "Dockerfile"), LOOP);
    const run = spawnSync(process.execPath, [ESLINT_BIN, "--format", "json", "Dockerfile"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[];
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toContainEqual(["docklint/no-sudo", 2, 28]);
    expect(run.status).toBe(1);
  });

  it("type-checks a strict project with nothing else installed, without skipLibCheck", () => {
    const program = `
      import { createLinter, lintText, rules, type Config, type FileResult, type Rule } from "docklint";
      import docklint, { rulesLeftOut } from "docklint/eslint-plugin";
      import type { Linter } from "eslint";
      const config: Config = { extends: "recommended", rules: { DL3008: "off", "pip-pin-versions": ["error"] } };
      export const result: Promise<FileResult> = lintText("FROM python\\n", { filePath: "Dockerfile", config });
      export const line: Promise<number | undefined> = result.then((r) => r.messages[0]?.line);
      export const description: string = (rules["no-sudo"] as Rule).meta.docs.description;
      export const again: Promise<FileResult> = createLinter({ noConfig: true }).lintText("FROM python\\n");
      export const leftOut: string[] = Object.keys(rulesLeftOut);
      // the plugin and its config are what ESLint's own types accept
      export const eslintConfig: Linter.Config[] = [docklint.configs.recommended, { plugins: { docklint }, rules: { "docklint/no-sudo": "off" } }];
      // @ts-expect-error a finding's line is a number
      export const wrong: Promise<string> = result.then((r) => r.messages[0].line);
    `;
    fs.writeFileSync(path.join(consumer, "use.ts"), program);
    const compilerOptions = {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      lib: ["ES2023"],
      // no @types/node: the declarations must not need it
      types: [],
      // ESLint's types from this repository (the project has no eslint installed)
      paths: { eslint: [path.join(path.dirname(fromRoot.resolve("eslint")), "types", "index.d.ts")] },
    };
    fs.writeFileSync(path.join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["use.ts"] }));
    const tsc = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: consumer, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});
