// The `docklint` command as installed (dist/cli.cjs). It runs the command's bundle (dist/cli-main.cjs,
// one CommonJS file) with the V8 code cache the build made for it beside it, so a start compiles
// almost nothing: on a one-file pre-commit run, compiling the bundle was a third of docklint's own
// start-up. V8 checks the cache against its own version, its flags and the bundle, and compiles
// from source when it does not match (another Node.js, or `node --cpu-prof`); the cache only ever
// saves time. CommonJS rather than ESM: Node 20 can give V8 a cache only through vm.Script, and
// an ESM entry costs the module loader's start-up besides.
//
// The build writes the cache by running this loader once with DOCKLINT_CODE_CACHE_OUT set
// (scripts/build.mjs); it is a file of the package, never written at a user's run. That run must
// not load the shell parser: it changes a V8 flag, and V8 rejects a cache made under other flags.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { wrapBundle } from "./code-cache.js";

declare const __DOCKLINT_CODE_CACHE__: string;

const bundle = path.join(__dirname, "cli-main.cjs");
const cacheFile = path.join(__dirname, __DOCKLINT_CODE_CACHE__);
// the build writes the bundle in ASCII (non-ASCII characters escaped): latin1 reads it faster than utf8
const source = fs.readFileSync(bundle, "latin1");
let cachedData: Buffer | undefined;
try {
  // V8 knows the bundle only by its length: one edited after the cache was made (a patch applied
  // to the installed package) must not run the cache's code for its old text
  if (fs.statSync(cacheFile).mtimeMs >= fs.statSync(bundle).mtimeMs) cachedData = fs.readFileSync(cacheFile);
} catch {
  // no cache (a build without one): compile from source
}
// Node 20 gives code V8 read from a cache no import(): the one JavaScript config files need is this one
const script = new vm.Script(wrapBundle(source), { filename: bundle, cachedData });
const output = process.env.DOCKLINT_CODE_CACHE_OUT;
// after the run, so the cache also holds the functions the run compiled
if (output) process.once("exit", () => fs.writeFileSync(output, script.createCachedData()));
const main = { exports: {} };
const importModule = (url: string): Promise<unknown> => import(url);
(script.runInThisContext() as (...args: unknown[]) => void)(main.exports, require, main, bundle, __dirname, importModule);
