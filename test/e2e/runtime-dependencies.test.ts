// The package's runtime `dependencies` are exactly the packages its bundle loads: everything else
// is inlined by esbuild (scripts/build.mjs), so a dependency the bundle never imports only costs
// users an install. esbuild reads every import, dynamic import and require() of the built entry
// points, their chunks and web-tree-sitter's CommonJS build (dist/, built by `npm test` first).
import fs from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies?: Record<string, string> };

/** The bare specifiers (packages and builtins) the built files import, with the files that do. */
async function bareImports(entries: string[]): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  const record: Plugin = {
    name: "record-bare-imports",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, ({ path: specifier, importer }) => {
        if (!found.has(specifier)) found.set(specifier, new Set());
        found.get(specifier)!.add(path.relative(root, importer));
        return { path: specifier, external: true };
      });
    },
  };
  await build({ entryPoints: entries, bundle: true, write: false, platform: "node", format: "esm", outdir: "/unused", logLevel: "silent", plugins: [record] });
  return found;
}

/** The package a bare specifier names: `@scope/name/sub` -> `@scope/name`. */
const packageOf = (specifier: string) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

describe("the bundle's runtime dependencies", () => {
  it("are exactly package.json's dependencies: the bundle imports no other package", async () => {
    const entries = fs.readdirSync(path.join(root, "dist")).filter((f) => /\.c?js$/.test(f)).map((f) => path.join(root, "dist", f));
    // the entry points, the command's side bundles, and web-tree-sitter's CommonJS build, which the ESLint plugin runs in a vm context
    expect(entries.map((e) => path.basename(e)).sort()).toEqual(["action.js", "cli-main.cjs", "cli.cjs", "eslint-plugin.js", "index.js", "lsp-protocol.cjs", "web-tree-sitter.cjs", "worker.js", "yaml.cjs"]);
    const imports = await bareImports(entries);
    // the bundle does import builtins: the scan sees through the chunks
    expect(imports.has("node:fs")).toBe(true);
    const specifiers = [...imports.keys()].filter((s) => !isBuiltin(s));
    const packages = [...new Set(specifiers.map(packageOf))].sort();
    expect(Object.keys(pkg.dependencies ?? {}).sort(), `imported: ${specifiers.map((s) => `${s} (${[...imports.get(s)!].join(", ")})`).join("; ")}`).toEqual(packages);
  });
});
