// Reads a file docklint was given or found (a Dockerfile, a config, an ignore file, the cache)
// without trusting it: only a regular file is read, so a FIFO cannot hang the run and a device
// cannot feed it forever, and the bytes actually read are counted, so a file that reports one
// size and holds more (/proc, a file still growing) stops at the limit.
import fs from "node:fs";

/** Why a file was not read, in words that complete "Cannot read X: ...". */
export class Refused extends Error {
  constructor(
    readonly kind: "not-regular" | "too-large",
    message: string,
  ) {
    super(message);
    this.name = "Refused";
  }
}

export interface FileRead {
  bytes: Buffer;
  /** The file's status when it was opened (the one read, whatever replaced it since). */
  stat: fs.Stats;
}

/** 10 MB: the largest real Dockerfile we know of is under 30 KB; anything near this is not one. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer (Windows has no FIFOs)
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;

/** The bytes of a regular file of at most `maxBytes`; throws Refused, or the file system's error. */
export function readRegularFile(file: string, maxBytes: number): FileRead {
  const fd = fs.openSync(file, OPEN_FLAGS);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Refused("not-regular", `it is ${kindOf(stat)}, not a regular file`);
    if (stat.size > maxBytes) throw tooLarge(maxBytes);
    return { bytes: readAtMost(fd, maxBytes), stat };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads `fd` to its end, refusing it once more than `maxBytes` came (standard input, a pipe). */
export function readAtMost(fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) throw tooLarge(maxBytes);
  }
}

function tooLarge(maxBytes: number): Refused {
  return new Refused("too-large", `it is larger than ${formatSize(maxBytes)}`);
}

/** "a directory", "a FIFO", ... for a file that is not a regular one. */
export function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  return "a special file";
}

/** 10485760 -> "10 MB", 1536 -> "1.5 KB", 100 -> "100 bytes" (units of 1024). */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [["GB", 1024 ** 3], ["MB", 1024 ** 2], ["KB", 1024]] as const) {
    if (bytes >= size) return `${+(bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}
