// The `docklint` command as installed (dist/cli.cjs). It runs the command's bundle (dist/cli-main.cjs,
// one CommonJS file) with the V8 code cache the build made for it beside it, so a start compiles
// almost nothing: on a one-file pre-commit run, compiling the bundle was a third of docklint's own
// start-up. V8 checks the cache against its own version, its flags and the bundle, and compiles
// from source when it does not match (another Node.js, or `node --cpu-prof`); the cache only ever
// saves time. CommonJS rather than ESM: Node 20 can give V8 a cache only through vm.Script, and
// an ESM entry costs the module loader's start-up besides.
//
// The libraries a lint does not run (YAML, read only for YAML configs and Compose files, and the
// language server's protocol) are bundles of their own beside it, each with its cache, which the
// command's bundle require()s by name ("./yaml.cjs") only when it needs them: every byte of the
// command's bundle is read, and its functions deserialized, at every start.
//
// The build writes the caches by running this loader with DOCKLINT_CODE_CACHE_OUT naming a
// directory (scripts/build.mjs); they are files of the package, never written at a user's run.
// Those runs must not load the shell parser: it changes a V8 flag, and V8 rejects a cache made
// under other flags.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

/** Each bundle of the command (its file in dist/) and the name of its code cache. */
declare const __DOCKLINT_CODE_CACHES__: Record<string, string>;

const cacheOutput = process.env.DOCKLINT_CODE_CACHE_OUT;
const loaded = new Map<string, unknown>();
const importModule = (url: string): Promise<unknown> => import(url);

/** Runs one bundle with its code cache and gives its exports; it require()s the others by name. */
function runBundle(name: string): unknown {
  const file = path.join(__dirname, name);
  const cacheFile = path.join(__dirname, __DOCKLINT_CODE_CACHES__[name]);
  const bundleStat = fs.statSync(file);
  let cacheSize = 0;
  try {
    // V8 knows a bundle only by its length: one edited after its cache was made (a patch applied
    // to the installed package) must not run the cache's code for its old text
    const cacheStat = fs.statSync(cacheFile);
    if (cacheStat.mtimeMs >= bundleStat.mtimeMs) cacheSize = cacheStat.size;
  } catch {
    // no cache (a build without one): compile from source
  }
  // One buffer for both files: the text is copied out of it (the build writes bundles in ASCII,
  // which latin1 reads fastest) before the cache is read into it. Fresh memory is most of what
  // reading costs: a buffer each took 122 more page faults on a one-file lint, 1.03x its CPU time.
  const buffer = Buffer.allocUnsafeSlow(Math.max(bundleStat.size, cacheSize));
  const source = buffer.toString("latin1", 0, readInto(buffer, file));
  const cachedData = cacheSize ? buffer.subarray(0, readInto(buffer, cacheFile)) : undefined;
  // the bundle is one function expression (scripts/build.mjs, wrapBundle), called below with what
  // Node gives a module; Node 20 gives code V8 read from a cache no import(): the one JavaScript
  // config files need is this one
  const script = new vm.Script(source, { filename: file, cachedData });
  // after the run, so the cache also holds the functions the run compiled
  if (cacheOutput) process.once("exit", () => fs.writeFileSync(path.join(cacheOutput, __DOCKLINT_CODE_CACHES__[name]), script.createCachedData()));
  const bundle: { exports: unknown } = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(bundle.exports, requireFromBundle, bundle, file, __dirname, importModule);
  loaded.set(name, bundle.exports);
  return bundle.exports;
}

/** Reads `file` into the start of `buffer`, as much as it holds; the bytes read. */
function readInto(buffer: Buffer, file: string): number {
  const fd = fs.openSync(file, "r");
  try {
    let length = 0;
    while (length < buffer.length) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return length;
  } finally {
    fs.closeSync(fd);
  }
}

/** require() as the bundles see it: another bundle of the command by its name, anything else as Node resolves it. */
function requireFromBundle(id: string): unknown {
  const name = id.startsWith("./") ? id.slice(2) : undefined;
  if (name && Object.hasOwn(__DOCKLINT_CODE_CACHES__, name)) return loaded.get(name) ?? runBundle(name);
  return require(id);
}

runBundle("cli-main.cjs");
