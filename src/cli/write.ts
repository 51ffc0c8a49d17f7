// Writes a fixed file atomically: a temp file beside it with the same mode (and owner), then a
// rename, so a reader never sees half a file. A read-only file is left alone: the rename would
// replace it anyway, and a user who took the write bits away asked for it not to change.
import fs from "node:fs";
import path from "node:path";
import { DocklintError, ioReason } from "../engine/errors.js";

/** `name` is how messages call the file (the path as the user gave it). */
export function writeAtomically(file: string, text: string, name = file): void {
  let target: string;
  let stat: fs.Stats;
  try {
    // through a symlink to the file it points at: the link stays a link
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch (error) {
    throw new DocklintError("io", `Cannot write ${name}: ${ioReason(error)}.`);
  }
  // the mode, not access(2): root may write anything, and a read-only file means the same to root
  if ((stat.mode & 0o222) === 0) throw new DocklintError("io", `${name} is read-only; not fixed.`);
  const temp = path.join(path.dirname(target), `.${path.basename(target).slice(0, 100)}.docklint-${process.pid}.tmp`);
  try {
    fs.accessSync(target, fs.constants.W_OK);
    removeQuietly(temp);
    // "wx": never through a file or link already at the temp path
    fs.writeFileSync(temp, text, { mode: stat.mode & 0o7777, flag: "wx" });
    fs.chmodSync(temp, stat.mode & 0o7777);
    if (process.getuid?.() === 0) fs.chownSync(temp, stat.uid, stat.gid);
    fs.renameSync(temp, target);
  } catch (error) {
    removeQuietly(temp);
    throw new DocklintError("io", `Cannot write ${name}: ${ioReason(error)}; not fixed.`);
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // not ours to remove (a directory): the write then fails and says so
  }
}
