// The report goes to standard output by write(2), not through process.stdout: setting up that
// stream (tty, net, the stream modules) costs a one-file run 3-7 ms, more than linting the file.

import fs from "node:fs";

/**
 * True when standard output is a terminal (colors, by default). node:tty loads the net and stream
 * modules, so it is asked only about a character device other than /dev/null: a pipe or a file
 * (pre-commit, CI) is answered by one fstat.
 */
export function isTerminal(): boolean {
  try {
    const out = fs.fstatSync(1);
    if (!out.isCharacterDevice() || out.rdev === fs.statSync("/dev/null").rdev) return false;
  } catch {
    // no standard output, or no /dev/null (Windows): ask the terminal module
  }
  return process.getBuiltinModule("node:tty").isatty(1);
}

/**
 * Writes all of `text`. A reader that went away (`docklint | head`) ends the writing quietly, as
 * it would end `cat`. Standard output left non-blocking by whoever started docklint (EAGAIN)
 * gets the rest through process.stdout, which waits for it.
 */
export function writeOut(text: string): void {
  const bytes = Buffer.from(text);
  let offset = 0;
  try {
    while (offset < bytes.length) offset += fs.writeSync(1, bytes, offset);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EPIPE") return;
    if (code === "EAGAIN") process.stdout.write(bytes.subarray(offset));
    else throw error;
  }
}
