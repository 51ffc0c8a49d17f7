// Writes a report where `-o FILE` or `-f NAME=FILE` asked, creating missing parent directories as
// ESLint's --output-file does. A path that still cannot be written is an io error (exit 2).
import fs from "node:fs";
import path from "node:path";
import { DocklintError, ioReason } from "../engine/errors.js";

/** `file` as the user gave it, resolved against `cwd`. */
export function writeReport(cwd: string, file: string, text: string): void {
  const target = path.resolve(cwd, file);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  } catch (error) {
    throw new DocklintError("io", `Cannot write the report to ${file}: ${ioReason(error)}.`);
  }
}
