// Writes a fixed file atomically: a temp file beside it with the same mode, then a rename.
import fs from "node:fs";
import path from "node:path";
import { DocklintError } from "../engine/errors.js";

export function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.docklint-${process.pid}.tmp`);
  try {
    const { mode } = fs.statSync(file);
    fs.writeFileSync(temp, text, { mode });
    fs.chmodSync(temp, mode);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new DocklintError("io", `Cannot write ${file}: ${(error as Error).message}.`);
  }
}
