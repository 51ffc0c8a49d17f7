// Writes a fixed file, only if it is still the text that was linted (an editor may have saved it
// meanwhile) and only inside the tree it was linted in. A file with one name is written
// atomically: a temp file beside it with the same mode (and owner), then a rename, so a reader
// never sees half a file. A file with several names (hard links) is written in place, so every
// name shows the fixed text; its text before fixing is kept beside it until the write is done.
// A read-only file is left alone: a user who took the write bits away asked for it not to change.
import fs from "node:fs";
import path from "node:path";
import { DocklintError, ioReason } from "../engine/errors.js";
import { isUnchanged, type FileStamp } from "../source/file-stamp.js";
import { readAtMost } from "../source/read-file.js";
import { isWithin, realPath } from "../source/tree.js";

export interface WriteCheck {
  /** The file as it was read for linting. */
  read: FileStamp;
  /** Real directories the file may be written in: the working directory, the tree it was found in. */
  trees: string[];
}

/** `name` is how messages call the file (the path as the user gave it). */
export function writeFixed(file: string, text: string, name: string, check: WriteCheck): void {
  let target: string;
  let stat: fs.Stats;
  try {
    // through a symlink to the file it points at: the link stays a link
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch (error) {
    throw new DocklintError("io", `Cannot write ${name}: ${ioReason(error)}.`);
  }
  if (!check.trees.some((tree) => isWithin(target, realPath(tree)))) {
    throw new DocklintError("io", `${name} links to ${target}, outside ${realPath(check.trees[0])}; not fixed.`);
  }
  // the mode, not access(2): root may write anything, and a read-only file means the same to root
  if ((stat.mode & 0o222) === 0) throw new DocklintError("io", `${name} is read-only; not fixed.`);
  if (stat.nlink > 1) writeInPlace(target, text, name, check.read);
  else writeByRename(target, stat, text, name, check.read);
}

function changed(name: string): DocklintError {
  return new DocklintError("io", `${name} changed after it was read for linting; not fixed (run docklint --fix again).`);
}

/** The bytes of the open file `fd`; throws unless they are what was read for linting. */
function checkUnchanged(fd: number, read: FileStamp, name: string): Buffer {
  const stat = fs.fstatSync(fd);
  // a file that grew past the size read is changed: read no more than that and one byte
  let bytes: Buffer;
  try {
    bytes = readAtMost(fd, read.size);
  } catch {
    throw changed(name);
  }
  if (!isUnchanged(read, stat, bytes)) throw changed(name);
  return bytes;
}

function writeByRename(target: string, stat: fs.Stats, text: string, name: string, read: FileStamp): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target).slice(0, 100)}.docklint-${process.pid}.tmp`);
  try {
    fs.accessSync(target, fs.constants.W_OK);
    removeQuietly(temp);
    // "wx": never through a file or link already at the temp path
    fs.writeFileSync(temp, text, { mode: stat.mode & 0o7777, flag: "wx" });
    fs.chmodSync(temp, stat.mode & 0o7777);
    if (process.getuid?.() === 0) fs.chownSync(temp, stat.uid, stat.gid);
    // last, just before the rename: the slow part is done
    const fd = fs.openSync(target, "r");
    try {
      checkUnchanged(fd, read, name);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    removeQuietly(temp);
    if (error instanceof DocklintError) throw error;
    throw new DocklintError("io", `Cannot write ${name}: ${ioReason(error)}; not fixed.`);
  }
}

/**
 * Overwrites the file itself (its inode), for a file with hard links. The text before fixing is
 * first written to a file beside it: if the write fails half way, it is put back, and if even
 * that fails, the copy stays and the message says where.
 */
function writeInPlace(target: string, text: string, name: string, read: FileStamp): void {
  const backup = path.join(path.dirname(target), `.${path.basename(target).slice(0, 100)}.docklint-${process.pid}.orig`);
  let fd: number;
  try {
    fd = fs.openSync(target, "r+");
  } catch (error) {
    throw new DocklintError("io", `Cannot write ${name}: ${ioReason(error)}; not fixed.`);
  }
  try {
    const original = checkUnchanged(fd, read, name);
    try {
      removeQuietly(backup);
      fs.writeFileSync(backup, original, { mode: 0o600, flag: "wx" });
    } catch (error) {
      removeQuietly(backup);
      throw new DocklintError("io", `Cannot write ${name}: ${ioReason(error)}; not fixed.`);
    }
    try {
      overwrite(fd, Buffer.from(text));
    } catch (error) {
      try {
        overwrite(fd, original);
      } catch {
        throw new DocklintError("io", `Cannot write ${name}: ${ioReason(error)}; its text before fixing is in ${backup}.`);
      }
      removeQuietly(backup);
      throw new DocklintError("io", `Cannot write ${name}: ${ioReason(error)}; not fixed.`);
    }
    removeQuietly(backup);
  } finally {
    fs.closeSync(fd);
  }
}

function overwrite(fd: number, bytes: Buffer): void {
  let at = 0;
  while (at < bytes.length) at += fs.writeSync(fd, bytes, at, bytes.length - at, at);
  fs.ftruncateSync(fd, bytes.length);
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // not ours to remove (a directory): the write then fails and says so
  }
}
