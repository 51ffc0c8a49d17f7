// Errors are values with a kind; the kind alone decides the exit code.
// A Dockerfile that does not parse is no error: its problems are findings of the syntax rule.
export type ErrorKind = "usage" | "io" | "config" | "internal";

export class DocklintError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    // one line on a terminal whatever the message quotes: a config key or a file name may hold
    // a newline or an escape sequence
    super(message.replace(/[\u0000-\u001f\u007f-\u009f]/g, escapeControl));
    this.name = "DocklintError";
  }
}

const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeControl(c: string): string {
  return ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** 0 clean, 1 findings at or above the threshold, 2 bad input (usage, io, config), 3 a docklint bug. */
export const EXIT = { ok: 0, findings: 1, error: 2, internal: 3 } as const;

export function exitCodeFor(kind: ErrorKind): number {
  return kind === "internal" ? EXIT.internal : EXIT.error;
}

/** A file system error in words: "permission denied", "no such file". */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: "no such file",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ELOOP: "too many levels of symbolic links",
    EISDIR: "it is a directory",
    ENOTDIR: "a part of the path is not a directory",
    EEXIST: "a part of the path is a file, not a directory",
    EROFS: "read-only file system",
    ENOSPC: "no space left on the device",
    ENAMETOOLONG: "the name is too long",
  };
  return (code && reasons[code]) ?? (error as Error).message;
}
