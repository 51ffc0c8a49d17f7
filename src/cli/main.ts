#!/usr/bin/env node
// The command line: reads the options, answers --help and --version, and leaves the rest to
// run.ts (or, with --lsp, the language server), loaded only then: asking for the version or the help compiles no linter. Every error is
// one sentence on stderr.
import { DocklintError, EXIT, exitCodeFor } from "../engine/errors.js";
import { FORMAT_NAMES } from "../format/names.js";
import { helpText, readOptions } from "./options.js";
import { reportError } from "./report-error.js";
import { VERSION } from "../version.js";

async function main(argv: string[]): Promise<number> {
  const args = readOptions(argv, FORMAT_NAMES);
  if (args.help) {
    process.stdout.write(helpText(FORMAT_NAMES));
    return EXIT.ok;
  }
  if (args.version) {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (args.lsp) {
    // the server and its protocol library load only for it
    const { runLanguageServer } = await import("../lsp/server.js");
    return runLanguageServer(args);
  }
  const { runCommand } = await import("./run.js");
  return runCommand(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof DocklintError) {
      reportError(error.kind, error.message);
      process.exitCode = exitCodeFor(error.kind);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      reportError("internal", `internal error: ${detail}. Please report it (DEBUG=docklint shows the stack).`);
      if (process.env.DEBUG?.includes("docklint") && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = EXIT.internal;
    }
  },
);
