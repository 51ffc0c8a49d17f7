// Builds dist/: the CLI, the library, the ESLint plugin, the GitHub Action and the worker thread entry
// as ESM bundles (with shared chunks), the two WASM files tree-sitter needs beside them, and type
// declarations for the library and the plugin (scripts/bundle-types.mjs; not with --no-types).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
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

await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli/entry.ts", index: "src/index.ts", action: "src/action/main.ts", "eslint-plugin": "src/eslint-plugin/index.ts", worker: "src/batch/worker.ts" },
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
  define: { __DOCKLINT_BUILD__: JSON.stringify(buildId.digest("hex").slice(0, 12)) },
  logLevel: "warning",
});
const cli = path.join(dist, "cli.js");
fs.writeFileSync(cli, "#!/usr/bin/env node\n" + fs.readFileSync(cli, "utf8").replace(/^#!.*\n/, ""));
fs.chmodSync(cli, 0o755);

fs.copyFileSync(require.resolve("web-tree-sitter/web-tree-sitter.wasm"), path.join(dist, "web-tree-sitter.wasm"));
// the ESLint plugin loads tree-sitter synchronously from web-tree-sitter's CommonJS build (src/shell/bash-parser.ts)
const webTreeSitterCjs = fs.readFileSync(require.resolve("web-tree-sitter"), "utf8");
fs.writeFileSync(path.join(dist, "web-tree-sitter.cjs"), (await transform(webTreeSitterCjs, { minify: true, loader: "js", format: "cjs", target: "node20" })).code);
fs.copyFileSync(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"), path.join(dist, "tree-sitter-bash.wasm"));

if (!process.argv.includes("--no-types")) {
  bundleTypes({ root, entries: { index: "src/index.ts", "eslint-plugin": "src/eslint-plugin/index.ts" }, outdir: dist, tsconfig: "tsconfig.json" });
}
