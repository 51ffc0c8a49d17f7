// Loads tree-sitter-bash (WASM) once. The two .wasm files ship beside the bundle in dist/;
// from source (tests) they are read from node_modules.
import fs from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Parser as TSParser, Tree } from "web-tree-sitter";

let parser: TSParser | null = null;
let loading: Promise<void> | null = null;

/** dist/x.wasm (this code may sit in dist/ or dist/chunks/), else the package in node_modules. */
function locate(file: string, fallback: string): string {
  for (const dir of ["./", "../"]) {
    const candidate = fileURLToPath(new URL(dir + file, import.meta.url));
    if (fs.existsSync(candidate)) return candidate;
  }
  return createRequire(import.meta.url).resolve(fallback);
}

/** Prepares the shell parser; call (and await) once before linting RUN instructions. */
export function loadShellParser(): Promise<void> {
  loading ??= (async () => {
    // Liftoff only: otherwise V8's optimizing compile of the grammar delays process exit by ~700 ms.
    process.getBuiltinModule("node:v8").setFlagsFromString("--liftoff-only");
    const { Parser, Language } = await import("web-tree-sitter");
    const runtime = locate("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm");
    await Parser.init({ locateFile: () => runtime });
    const bash = await Language.load(locate("tree-sitter-bash.wasm", "tree-sitter-bash/tree-sitter-bash.wasm"));
    const p = new Parser();
    p.setLanguage(bash);
    parser = p;
  })();
  return loading;
}

export function isShellParserLoaded(): boolean {
  return parser !== null;
}

/** The grammar's numeric id for a named node type: comparing ids avoids a string per node. */
export function nodeTypeId(type: string): number {
  const id = parser?.language?.idForNodeType(type, true);
  if (id === null || id === undefined) throw new Error(`tree-sitter-bash has no node type '${type}'`);
  return id;
}

/** Shell code needed tree-sitter before it was loaded: load it (loadShellParser) and lint again. */
export class ShellParserNotLoaded extends Error {
  constructor() {
    super("the shell parser is not loaded: await loadShellParser() first");
  }
}

/** The syntax tree of a script, or null when `stopAt` (performance.now()'s clock) passed first. */
export function parseBash(text: string, stopAt = Number.POSITIVE_INFINITY): Tree | null {
  if (!parser) throw new ShellParserNotLoaded();
  const p = parser;
  // the callback may return true to cancel (the typings say void)
  const progressCallback = (() => performance.now() > stopAt) as () => void;
  const tree = stopAt === Number.POSITIVE_INFINITY ? p.parse(text) : p.parse(text, null, { progressCallback });
  if (tree) return tree;
  // a cancelled parse would otherwise be resumed by the next call
  p.reset();
  if (performance.now() > stopAt) return null;
  throw new Error("tree-sitter-bash returned no tree");
}
