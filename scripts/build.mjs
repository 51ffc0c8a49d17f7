// Builds dist/: the CLI, the library, the ESLint plugin, the GitHub Action and the worker thread entry
// as ESM bundles (with shared chunks), the two WASM files tree-sitter needs beside them, and type
// declarations for the library and the plugin (scripts/bundle-types.mjs; not with --no-types).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, transform } from "esbuild";
import { bundleTypes } from "./bundle-types.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const require = createRequire(import.meta.url);
fs.rmSync(dist, { recursive: true, force: true });

// the cache (--cache) keys results on this, so a build with changed rules never reuses them
const buildId = createHash("sha256");
for (const dir of ["src", "rules"]) {
  for (const file of fs.readdirSync(path.join(root, dir), { recursive: true }).sort()) {
    const full = path.join(root, dir, String(file));
    if (fs.statSync(full).isFile()) buildId.update(String(file)).update(fs.readFileSync(full));
  }
}
const lock = path.join(root, "package-lock.json");
if (fs.existsSync(lock)) buildId.update(fs.readFileSync(lock));
const BUILD_ID = JSON.stringify(buildId.digest("hex").slice(0, 12));

/**
 * The parts of a rule's documentation only printed documentation needs: the command's bundle
 * leaves them out of the rules (src/docs/documentation.ts reads them from RULE_DOCS when asked).
 */
const LONG_DOCS = ["rationale", "examples", "differences"];
const RULE_DOCS = "rule-docs.json";

/**
 * Libraries a lint does not run, each bundled on its own beside the command's bundle (see
 * src/cli/bin.ts): the file, what it exports, the imports of src/ it answers, and a run of the
 * command that uses it, from which its code cache is made.
 */
const SIDE_BUNDLES = [
  { name: "yaml.cjs", contents: 'module.exports = require("yaml");', answers: ["yaml"], run: lintForCache(path.join(root, "fixtures/compose")) },
  {
    name: "lsp-protocol.cjs",
    contents: 'module.exports = { ...require("vscode-languageserver/node"), TextDocument: require("vscode-languageserver-textdocument").TextDocument };',
    answers: ["vscode-languageserver", "vscode-languageserver/node", "vscode-languageserver-textdocument"],
    run: languageServerSession,
  },
];

await build({
  absWorkingDir: root,
  entryPoints: { index: "src/index.ts", action: "src/action/main.ts", "eslint-plugin": "src/eslint-plugin/index.ts", worker: "src/batch/worker.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // minified: V8 parses a third less at every start (keepNames would wrap every closure at run time)
  minify: !process.env.DOCKLINT_NO_MINIFY,
  chunkNames: "chunks/[name]-[hash]",
  // bundled CommonJS dependencies call require(); give them one
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  define: { __DOCKLINT_BUILD__: BUILD_ID },
  logLevel: "warning",
});
await buildCommand();

fs.copyFileSync(require.resolve("web-tree-sitter/web-tree-sitter.wasm"), path.join(dist, "web-tree-sitter.wasm"));
// tree-sitter is loaded from web-tree-sitter's CommonJS build, by everything (src/shell/bash-parser.ts)
const webTreeSitterCjs = fs.readFileSync(require.resolve("web-tree-sitter"), "utf8");
fs.writeFileSync(path.join(dist, "web-tree-sitter.cjs"), (await transform(webTreeSitterCjs, { minify: true, loader: "js", format: "cjs", target: "node20" })).code);
fs.copyFileSync(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"), path.join(dist, "tree-sitter-bash.wasm"));

if (!process.argv.includes("--no-types")) {
  bundleTypes({ root, entries: { index: "src/index.ts", "eslint-plugin": "src/eslint-plugin/index.ts" }, outdir: dist, tsconfig: "tsconfig.json" });
}

/**
 * The installed command: the CLI as one CommonJS bundle (dist/cli-main.cjs) and its side bundles,
 * their loader (dist/cli.cjs, src/cli/bin.ts) and the V8 code caches the loader gives V8 (see
 * bin.ts). Each cache is made by a run of the command that uses its bundle (the command's: a lint
 * of the fixtures), so it holds what that run compiles; its name carries the bundle's hash, so a
 * cache never meets another bundle.
 */
async function buildCommand() {
  const main = path.join(dist, "cli-main.cjs");
  for (const side of SIDE_BUNDLES) {
    await build({
      absWorkingDir: root,
      stdin: { contents: side.contents, resolveDir: root, loader: "js" },
      outfile: path.join(dist, side.name),
      bundle: true,
      format: "cjs",
      platform: "node",
      target: "node20",
      minify: !process.env.DOCKLINT_NO_MINIFY,
      charset: "ascii",
      logLevel: "warning",
    });
    const file = path.join(dist, side.name);
    fs.writeFileSync(file, wrapBundle(fs.readFileSync(file, "latin1")), "latin1");
  }
  const { allRules } = await importTypeScript("rules/index.ts");
  const longDocs = Object.fromEntries(allRules.map(({ id, rule }) => [id, pick(rule.meta.docs, LONG_DOCS)]));
  fs.writeFileSync(path.join(dist, RULE_DOCS), JSON.stringify(longDocs));
  const bundled = await build({
    absWorkingDir: root,
    entryPoints: ["src/cli/main.ts"],
    outfile: main,
    write: false,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    // the code that finds files beside itself (the WebAssembly, the worker) asks import.meta.url
    banner: { js: 'var __docklintModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { "import.meta.url": "__docklintModuleUrl", __DOCKLINT_BUILD__: BUILD_ID, __DOCKLINT_RULE_DOCS__: JSON.stringify(`./${RULE_DOCS}`) },
    plugins: [withoutLongDocs(), fromSideBundles()],
    logLevel: "warning",
  });
  // esbuild wraps a builtin in a copy of all its properties (`__toESM`) at every module that imports
  // it: 40 copies, 6 ms of each start. One copy per builtin does.
  // (esbuild names the helper __toESM2 when a bundled CommonJS file has its own __toESM)
  let text = bundled.outputFiles[0].text.replace(/^#!.*\n/, "");
  const helper = /(__toESM\d*)\(require\("node:[\w/]+"\), 1\)/.exec(text)?.[1];
  if (!helper) throw new Error("build: esbuild no longer writes __toESM(require(...)) for builtins; update scripts/build.mjs");
  text = text.replaceAll(new RegExp(`${helper}\\(require\\("(node:[\\w/]+)"\\), 1\\)`, "g"), '__docklintBuiltin("$1")');
  text = text.replace(new RegExp(`^var ${helper} = `, "m"), `var __docklintBuiltins = new Map();\nvar __docklintBuiltin = (id) => __docklintBuiltins.get(id) ?? __docklintBuiltins.set(id, ${helper}(require(id), 1)).get(id);\n$&`);
  if (!process.env.DOCKLINT_NO_MINIFY) text = (await transform(text, { minify: true, format: "cjs", target: "node20", charset: "ascii" })).code;
  fs.writeFileSync(main, wrapBundle(text));
  const caches = {};
  for (const name of ["cli-main.cjs", ...SIDE_BUNDLES.map((side) => side.name)]) {
    const hash = createHash("sha256").update(fs.readFileSync(path.join(dist, name))).digest("hex").slice(0, 12);
    caches[name] = `${name.replace(/\.cjs$/, "")}.${hash}.v8-cache`;
  }
  const bin = path.join(dist, "cli.cjs");
  await build({
    absWorkingDir: root,
    entryPoints: ["src/cli/bin.ts"],
    outfile: bin,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    minify: !process.env.DOCKLINT_NO_MINIFY,
    banner: { js: "#!/usr/bin/env node" },
    define: { __DOCKLINT_CODE_CACHES__: JSON.stringify(caches) },
    logLevel: "warning",
  });
  fs.chmodSync(bin, 0o755);
  // a lint as users run it, of the data-science fixtures: none needs the shell parser (see bin.ts)
  const made = [["cli-main.cjs", lintForCache(path.join(root, "fixtures/data-science"))], ...SIDE_BUNDLES.map((side) => [side.name, side.run])];
  const { Script } = await import("node:vm");
  for (const [name, run] of made) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-code-cache-"));
    try {
      const status = run(bin, out);
      const cacheFile = path.join(out, caches[name]);
      if (!fs.existsSync(cacheFile)) throw new Error(`build: making the code cache of ${name} failed (docklint exited ${status})`);
      fs.copyFileSync(cacheFile, path.join(dist, caches[name]));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
    const file = path.join(dist, name);
    const check = new Script(fs.readFileSync(file, "latin1"), { filename: file, cachedData: fs.readFileSync(path.join(dist, caches[name])) });
    if (check.cachedDataRejected) throw new Error(`build: V8 rejects the code cache it made for ${name} (did the run load the shell parser?)`);
  }
}

/**
 * A bundle of the command as the loader runs it (src/cli/bin.ts): one function, given what Node
 * gives a module and the loader's import(). Written so in the file, V8 compiles its text as it is:
 * the loader wrapping it copied the whole text again at every start (121 more page faults on a
 * one-file lint, 1.02x its CPU time).
 */
function wrapBundle(source) {
  return `(function (exports, require, module, __filename, __dirname, __docklintImport) {${source}\n})`;
}

/** Lints `target` with the built command, its code caches written to `out`; the exit code. */
function lintForCache(target) {
  return (bin, out) => {
    const run = spawnSync(process.execPath, [bin, "--no-config", "--rule", "shellcheck=off", target], { cwd: root, stdio: "ignore", env: { ...process.env, NO_COLOR: "1", DOCKLINT_CODE_CACHE_OUT: out } });
    return run.status;
  };
}

/** A language server session with the built command (a Dockerfile opened, then shutdown), its code caches written to `out`; the exit code. */
function languageServerSession(bin, out) {
  const messages = [
    { jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } },
    { jsonrpc: "2.0", method: "initialized", params: {} },
    { jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: pathToFileURL(path.join(root, "fixtures/data-science/Dockerfile")).href, languageId: "dockerfile", version: 1, text: "FROM debian\nMAINTAINER me\n" } } },
    { jsonrpc: "2.0", id: 2, method: "shutdown" },
    { jsonrpc: "2.0", method: "exit" },
  ];
  const input = messages.map((m) => JSON.stringify(m)).map((body) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`).join("");
  const run = spawnSync(process.execPath, [bin, "--lsp", "--no-config", "--rule", "shellcheck=off"], { cwd: root, input, stdio: ["pipe", "ignore", "ignore"], timeout: 60_000, env: { ...process.env, DOCKLINT_CODE_CACHE_OUT: out } });
  return run.status;
}

/**
 * An esbuild plugin: the imports a side bundle answers become require()s of that bundle, by its
 * name. Through a module of the bundle (`import()` of an external would stay an import(), which
 * code run from a cache cannot do).
 */
function fromSideBundles() {
  const bundleOf = new Map(SIDE_BUNDLES.flatMap((side) => side.answers.map((specifier) => [specifier, side.name])));
  const names = new Set(SIDE_BUNDLES.map((side) => `./${side.name}`));
  return {
    name: "from-side-bundles",
    setup(b) {
      b.onResolve({ filter: /^[\w@]/ }, (args) => (bundleOf.has(args.path) ? { path: bundleOf.get(args.path), namespace: "side-bundle" } : undefined));
      b.onLoad({ filter: /.*/, namespace: "side-bundle" }, (args) => ({ contents: `module.exports = require("./${args.path}");`, loader: "js" }));
      b.onResolve({ filter: /^\.\//, namespace: "side-bundle" }, (args) => (names.has(args.path) ? { path: args.path, external: true } : undefined));
    },
  };
}

/** An esbuild plugin: each rule file with LONG_DOCS in its `meta.docs` replaced by empty values. */
function withoutLongDocs() {
  return {
    name: "without-long-docs",
    setup(b) {
      b.onLoad({ filter: /[\\/]rules[\\/][a-z0-9-]+\.ts$/ }, async (args) => {
        if (path.basename(args.path) === "index.ts") return undefined;
        const ts = (await import("typescript")).default;
        const text = fs.readFileSync(args.path, "utf8");
        const file = ts.createSourceFile(args.path, text, ts.ScriptTarget.Latest, true);
        const cuts = [];
        const visit = (node) => {
          if (ts.isPropertyAssignment(node) && node.name.getText(file) === "docs" && ts.isObjectLiteralExpression(node.initializer) && isMetaProperty(node.parent, ts, file)) {
            for (const property of node.initializer.properties) {
              const name = property.name?.getText(file);
              if (ts.isPropertyAssignment(property) && LONG_DOCS.includes(name)) {
                cuts.push([property.initializer.getStart(file), property.initializer.end, name === "examples" ? "{ valid: [], invalid: [] }" : '""']);
              }
            }
          }
          ts.forEachChild(node, visit);
        };
        visit(file);
        // every rule documents examples: none found means this no longer reads the rule's meta
        if (!cuts.some(([, , value]) => value !== '""')) throw new Error(`build: found no meta.docs.examples in ${args.path}; update scripts/build.mjs`);
        let stripped = text;
        for (const [start, end, value] of cuts.sort((x, y) => y[0] - x[0])) stripped = stripped.slice(0, start) + value + stripped.slice(end);
        return { contents: stripped, loader: "ts" };
      });
    },
  };
}

function pick(object, keys) {
  return Object.fromEntries(keys.filter((k) => k in object).map((k) => [k, object[k]]));
}

/** `node` is the object literal of a property named `meta`. */
function isMetaProperty(node, ts, file) {
  return ts.isObjectLiteralExpression(node) && ts.isPropertyAssignment(node.parent) && node.parent.name.getText(file) === "meta";
}

/** A module of src/, bundled in memory, for the build to use. */
async function importTypeScript(entry) {
  const out = await build({ absWorkingDir: root, entryPoints: [entry], bundle: true, write: false, format: "esm", platform: "node", logLevel: "warning" });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
}
