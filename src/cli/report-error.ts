// How the command reports an error: one sentence on stderr, and, when the program that started it
// names a file in DOCKLINT_ERRORS_FILE (the GitHub Action does), one JSON line there too
// (`{"kind":"config","message":"..."}`): stderr also carries notices, which are not errors.
import fs from "node:fs";
import type { ErrorKind } from "../engine/errors.js";

export function reportError(kind: ErrorKind, message: string): void {
  process.stderr.write(`docklint: ${message}\n`);
  const file = process.env.DOCKLINT_ERRORS_FILE;
  if (file) fs.appendFileSync(file, JSON.stringify({ kind, message }) + "\n");
}
