// npm run package:vscode: the VS Code extension as a .vsix (editors/vscode/docklint-<version>.vsix,
// or the path given with --out), with docklint's own language server inside it. Builds dist/, bundles
// the extension (editors/vscode/src) into out/extension.js with vscode-languageclient, copies the
// server's files from dist/ into server/, and packs with @vscode/vsce (no publishing, no network).
//
// The extension's tools (vsce, the client, VS Code's types) are editors/vscode's own dependencies,
// installed there on the first run (npm ci), so that the root's `npm ci` does not carry them.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const extension = path.join(root, "editors/vscode");
const manifest = JSON.parse(fs.readFileSync(path.join(extension, "package.json"), "utf8"));
const outArg = process.argv.indexOf("--out");
const vsix = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(extension, `docklint-${manifest.version}.vsix`);

/**
 * What the server needs from dist/: the command's loader and bundles (its own, YAML's and the
 * language server protocol's), the rules' documentation its hover prints (left out of the
 * bundle), and tree-sitter beside them.
 * Not the V8 code caches: they are made for the building Node's V8, which VS Code's is not (V8 would
 * reject them at every start), nor the library's ESM files and worker, which `--lsp` does not load.
 */
const SERVER_FILES = ["cli.cjs", "cli-main.cjs", "lsp-protocol.cjs", "yaml.cjs", "rule-docs.json", "web-tree-sitter.cjs", "web-tree-sitter.wasm", "tree-sitter-bash.wasm"];

const rootVersion = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
if (manifest.version !== rootVersion) fail(`editors/vscode/package.json has version ${manifest.version}, docklint ${rootVersion}: the extension ships this server, give it its version`);

if (!fs.existsSync(path.join(extension, "node_modules/@vscode/vsce"))) run("npm", ["ci", "--no-audit", "--no-fund"], extension);
run(process.execPath, [path.join(root, "scripts/build.mjs"), "--no-types"], root);
run(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", extension], root);

fs.rmSync(path.join(extension, "out"), { recursive: true, force: true });
await build({
  absWorkingDir: extension,
  entryPoints: ["src/extension.ts"],
  outfile: "out/extension.js",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["vscode"],
  minify: true,
  logLevel: "warning",
});

const server = path.join(extension, "server");
fs.rmSync(server, { recursive: true, force: true });
fs.mkdirSync(server);
for (const file of SERVER_FILES) fs.copyFileSync(path.join(root, "dist", file), path.join(server, file));

// --no-dependencies: the extension is one bundle, so vsce neither runs npm nor packs node_modules
run(path.join(extension, "node_modules/.bin/vsce"), ["package", "--no-dependencies", "--skip-license", "--out", vsix], extension);

function run(command, args, cwd) {
  const done = spawnSync(command, args, { cwd, stdio: "inherit" });
  if (done.status !== 0) fail(`${path.basename(command)} ${args.join(" ")} exited ${done.status ?? done.signal}`);
}

function fail(message) {
  console.error(`package:vscode: ${message}`);
  process.exit(1);
}
