// The layers of docs/architecture.md, enforced on the import statements of src/ and rules/:
// source < parse < shell < facts < rules < engine < config < session < format < cli/action/plugin/lsp.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Every .ts file under a directory of the checkout, relative to it. */
function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/**
 * The module specifiers a file imports (`import ... from "x"`, `export ... from "x"`, `import "x"`,
 * `import("x")`), read by a scan that looks at each `from`/`import` once: no regular expression
 * that could backtrack. Lines that are comments are skipped.
 */
export function importSpecifiers(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")) continue;
    for (const keyword of ["from", "import"]) {
      let at = line.indexOf(keyword);
      while (at >= 0) {
        const before = at === 0 ? " " : line[at - 1];
        let i = at + keyword.length;
        if (/[\s{}(]/.test(before) || at === 0) {
          while (line[i] === " " || line[i] === "(") i++;
          const quote = line[i];
          if (quote === '"' || quote === "'") {
            const end = line.indexOf(quote, i + 1);
            if (end > i) out.push(line.slice(i + 1, end));
          }
        }
        at = line.indexOf(keyword, at + keyword.length);
      }
    }
  }
  return out;
}

/** The layer a file of the checkout belongs to. */
function layerOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] === "rules") return "rules";
  if (parts[0] !== "src") return "other";
  if (parts.length === 2) return file === "src/lint-session.ts" ? "session" : file === "src/index.ts" ? "library" : "base";
  const dir = parts[1];
  if (file === "src/engine/rule.ts" || file === "src/engine/source-code.ts" || file === "src/engine/compose-source-code.ts") return "rule-api";
  if (file === "src/engine/levels.ts" || file === "src/engine/result.ts") return "results";
  // errors are values every layer may return; the format names are a list, loading no formatter
  if (file === "src/engine/errors.ts" || file === "src/format/names.ts") return "base";
  const layers: Record<string, string> = {
    source: "source", parse: "parse", shell: "shell", facts: "facts", compose: "compose", images: "knowledge", context: "knowledge",
    "rule-helpers": "rules", engine: "engine", config: "config", docs: "docs", batch: "session", discovery: "session",
    format: "format", cli: "cli", action: "cli", "eslint-plugin": "cli", lsp: "cli",
  };
  return layers[dir] ?? "unknown";
}

/** Each layer and the layers it may import (besides itself). */
const ALLOWED: Record<string, string[]> = {
  base: [],
  source: ["base"],
  parse: ["base", "source"],
  shell: ["base", "source", "parse"],
  knowledge: ["base", "source", "parse"],
  facts: ["base", "source", "parse", "shell"],
  // a Compose file's YAML, merged and interpolated: it reads port specs (parse) and nothing that knows Dockerfiles' builds;
  // the rule API joins it to the facts (a service's Dockerfile under its build inputs)
  compose: ["base", "source", "parse"],
  results: ["base", "source"],
  "rule-api": ["compose", "base", "source", "parse", "shell", "facts", "results"],
  rules: ["compose", "base", "source", "parse", "shell", "facts", "knowledge", "results", "rule-api", "config-types"],
  engine: ["compose", "base", "source", "parse", "shell", "facts", "knowledge", "results", "rule-api"],
  docs: ["base", "source", "parse", "results", "rule-api", "config"],
  config: ["base", "source", "parse", "results", "rule-api", "engine", "docs"],
  session: ["compose", "base", "source", "parse", "shell", "facts", "results", "rule-api", "engine", "config", "rules", "session", "format", "knowledge"],
  format: ["base", "source", "results"],
  library: ["compose", "base", "source", "parse", "results", "rule-api", "engine", "config", "session", "format", "rules", "facts", "docs"],
  cli: ["compose", "base", "source", "parse", "shell", "facts", "results", "rule-api", "engine", "config", "session", "format", "rules", "docs", "library", "knowledge"],
};

/** Imports across layers that are right all the same, each with its reason. */
const EXCEPTIONS: [from: string, to: string, why: string][] = [
  ["src/engine/source-code.ts", "src/engine/pragmas.ts", "a type: the linter hands the file's pragmas to the rules that check them"],
  ["src/engine/compose-source-code.ts", "src/engine/pragmas.ts", "the same type, for a Compose file's pragmas"],
];

function imports(file: string): { target: string; layer: string }[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return importSpecifiers(text)
    .filter((s) => s.startsWith("."))
    .map((s) => path.relative(ROOT, path.resolve(ROOT, path.dirname(file), s)).replace(/\.js$/, ".ts"))
    .filter((target) => target.startsWith("src/") || target.startsWith("rules/"))
    .map((target) => ({ target, layer: layerOf(target) }));
}

const files = [...sources("src"), ...sources("rules")];

describe("layering", () => {
  it("reads import specifiers, one scan per line", () => {
    expect(
      importSpecifiers(
        'import type { A } from "./a.js";\nexport { b } from \'../b.js\';\nimport "./side.js";\nconst c = await import("./c.js");\n' +
          '// import x from "./comment.js"\n} from "./multi-line.js";\nconst imported = fromage("./not-an-import.js");\n',
      ),
    ).toEqual(["./a.js", "../b.js", "./side.js", "./c.js", "./multi-line.js"]);
  });

  it("puts every source file in a layer", () => {
    expect(files.filter((f) => layerOf(f) === "unknown")).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it("never imports a higher layer: shell, parse and facts know nothing of the engine, rules or the CLI", () => {
    const wrong: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      for (const { target, layer: to } of imports(file)) {
        if (EXCEPTIONS.some(([from, exempt]) => from === file && exempt === target)) continue;
        if (to !== layer && !(ALLOWED[layer] ?? []).includes(to)) wrong.push(`${file} (${layer}) imports ${target} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps formatters away from rules, and the library away from the CLI", () => {
    const formatImports = sources("src/format").flatMap((f) => imports(f).map((i) => i.target));
    expect(formatImports.filter((t) => t.startsWith("rules/") || t === "src/engine/rule.ts" || t.startsWith("src/engine/registry"))).toEqual([]);
    expect(imports("src/index.ts").filter((i) => i.target.startsWith("src/cli/"))).toEqual([]);
  });

  it("keeps per-node answers with the node or the file, never in a module's WeakMap", () => {
    // V8's young-generation collections keep a WeakMap's entries: one keyed by a lint's nodes kept
    // each lint's whole syntax alive until a full collection (ShellCommand.remember, ShellDocument.remember)
    const moduleWeakMaps = files.filter((file) =>
      fs
        .readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .some((line) => line.startsWith("const ") && line.includes("= new WeakMap")),
    );
    expect(moduleWeakMaps).toEqual([]);
  });
});
