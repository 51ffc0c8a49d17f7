// What a file was when docklint read it, so that --fix can tell, just before writing, whether the
// file on disk is still the text that was linted: an editor or another tool may have saved it
// since, and writing the fixed text would throw that work away.
import type fs from "node:fs";

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** sha256 of the bytes read. */
  hash: string;
}

export function stampOf(stat: fs.Stats, bytes: Buffer): FileStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, hash: hashOf(bytes) };
}

/** True when `stat` and `bytes` (the file now) are the file the stamp was taken of. */
export function isUnchanged(stamp: FileStamp, stat: fs.Stats, bytes: Buffer): boolean {
  return stat.size === stamp.size && stat.mtimeMs === stamp.mtimeMs && stat.ctimeMs === stamp.ctimeMs && stat.ino === stamp.ino && hashOf(bytes) === stamp.hash;
}

function hashOf(bytes: Buffer): string {
  // crypto (with the streams it loads, ~5 ms) only when a file is stamped: --fix runs, not plain ones
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(bytes).digest("base64url");
}
