// How the command's loader (bin.ts) compiles its bundle: the build (scripts/build.mjs) compiles
// the same text to check that V8 takes the cache it made, since V8 keys a cache on the text.

/** The CommonJS bundle as one function, with what Node gives a module and the loader's import(). */
export function wrapBundle(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, __docklintImport) {${source}\n})`;
}
