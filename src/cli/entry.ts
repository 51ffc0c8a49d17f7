// The command's entry point. It starts loading the shell parser first, so that V8 compiles its
// WASM on background threads while the main thread loads and compiles the linter itself.
import { loadShellParser } from "../shell/bash-parser.js";

const informational = new Set(["-h", "--help", "-v", "--version", "--list-rules"]);
if (!process.argv.slice(2).some((arg) => informational.has(arg))) {
  // a failure here is reported where the parser is awaited, before the first RUN is linted
  loadShellParser().catch(() => {});
}
await import("./main.js");
