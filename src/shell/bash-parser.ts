// Loads tree-sitter-bash (WASM) once, and parses with it. The two .wasm files ship beside the
// bundle in dist/; from source (tests) they are read from node_modules. docklint loads it
// asynchronously, when a script needs it; the ESLint plugin, synchronously, when it is loaded.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Parser as TSParser, Tree } from "web-tree-sitter";
import { now } from "../source/clock.js";

let parser: TSParser | null = null;
let loading: Promise<void> | null = null;
/** The parser was stopped mid-call (discardShellParser): the next one is a new instance. */
let discarded = false;

/** dist/x.wasm (this code may sit in dist/ or dist/chunks/), else the package in node_modules. */
function locate(file: string, fallback: string): string {
  for (const dir of ["./", "../"]) {
    const candidate = fileURLToPath(new URL(dir + file, import.meta.url));
    if (fs.existsSync(candidate)) return candidate;
  }
  return createRequire(import.meta.url).resolve(fallback);
}

/** Liftoff only: otherwise V8's optimizing compile of the grammar delays process exit by ~700 ms. */
const compileQuickly = () => process.getBuiltinModule("node:v8").setFlagsFromString("--liftoff-only");

/** Prepares the shell parser; call (and await) once before linting RUN instructions. */
export function loadShellParser(): Promise<void> {
  if (parser) return Promise.resolve();
  if (discarded) {
    // the module import below is cached with its memory; this builds another instance
    loadShellParserSync();
    return Promise.resolve();
  }
  loading ??= (async () => {
    compileQuickly();
    // web-tree-sitter's CommonJS build (dist/web-tree-sitter.cjs, or the package's from source),
    // required: its ES module build calls import(), which the command's code cannot (it runs from
    // V8's cache, src/cli/bin.ts); run in a vm context, as loadShellParserSync does, it parsed 1.5x slower
    const { Parser, Language } = createRequire(import.meta.url)(locate("web-tree-sitter.cjs", "web-tree-sitter")) as typeof import("web-tree-sitter");
    const runtime = locate("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm");
    await Parser.init({ locateFile: () => runtime });
    // the bytes, not the path: given a path, it reads it with import("fs/promises"), which the
    // command's code (run from V8's cache, src/cli/bin.ts) cannot call
    const bash = await Language.load(fs.readFileSync(locate("tree-sitter-bash.wasm", "tree-sitter-bash/tree-sitter-bash.wasm")));
    const p = new Parser();
    p.setLanguage(bash);
    parser ??= p;
  })();
  return loading;
}

/**
 * Loads the shell parser before returning, for the ESLint plugin: ESLint parses synchronously, and
 * a module that awaits at its top level cannot be require()d (an eslint.config.cjs), while
 * web-tree-sitter's init is asynchronous. Once the WebAssembly is compiled synchronously, its
 * promises wait for nothing but each other; so web-tree-sitter's CommonJS build (dist/, copied by
 * the build) runs in a vm context whose microtasks run as soon as its script ends: the parser is
 * ready when the script returns. Its objects come from that context (its arrays are not this
 * one's `Array`); the code that reads the trees asks nothing that would tell.
 */
export function loadShellParserSync(): void {
  if (parser) return;
  compileQuickly();
  const vm = process.getBuiltinModule("node:vm");
  const file = locate("web-tree-sitter.cjs", "web-tree-sitter");
  const context = vm.createContext(
    {
      // what its Node code reads besides the language's builtins (which the context has its own of)
      module: { exports: {} },
      require: createRequire(file),
      process,
      __filename: file,
      __dirname: path.dirname(file),
      TextDecoder,
      TextEncoder,
      console,
      runtime: fs.readFileSync(locate("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm")),
      grammar: fs.readFileSync(locate("tree-sitter-bash.wasm", "tree-sitter-bash/tree-sitter-bash.wasm")),
      loaded: null as { parser?: TSParser; error?: unknown } | null,
    },
    { microtaskMode: "afterEvaluate" },
  );
  const start = `
    ;(async () => {
      const { Parser, Language } = module.exports;
      const runtimeModule = new WebAssembly.Module(runtime);
      await Parser.init({
        instantiateWasm(imports, receive) {
          const instance = new WebAssembly.Instance(runtimeModule, imports);
          receive(instance, runtimeModule);
          return instance.exports;
        },
      });
      const parser = new Parser();
      parser.setLanguage(Language.loadSync(new WebAssembly.Module(grammar)));
      loaded = { parser };
    })().catch((error) => { loaded = { error }; });
  `;
  vm.runInContext(`${fs.readFileSync(file, "utf8")}\n${start}`, context, { filename: file });
  const loaded = context.loaded as { parser?: TSParser; error?: unknown } | null;
  if (!loaded) throw new Error("web-tree-sitter's init waited for something else than itself");
  if (!loaded.parser) throw loaded.error;
  parser = loaded.parser;
}

/**
 * Forgets the parser after code that was using it was stopped where it stood (a time limit,
 * engine/time-limit.ts): its WebAssembly memory and stack may be half-changed.
 */
export function discardShellParser(): void {
  if (!parser) return;
  parser = null;
  loading = null;
  discarded = true;
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

/** The syntax tree of a script, or null when `stopAt` (src/source/clock.ts's clock) passed first. */
export function parseBash(text: string, stopAt = Number.POSITIVE_INFINITY): Tree | null {
  if (!parser) throw new ShellParserNotLoaded();
  const p = parser;
  // the callback may return true to cancel (the typings say void)
  const progressCallback = (() => now() > stopAt) as () => void;
  const tree = stopAt === Number.POSITIVE_INFINITY ? p.parse(text) : p.parse(text, null, { progressCallback });
  if (tree) return tree;
  // a cancelled parse would otherwise be resumed by the next call
  p.reset();
  if (now() > stopAt) return null;
  throw new Error("tree-sitter-bash returned no tree");
}
