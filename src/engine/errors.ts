// Errors are values with a kind; the kind alone decides the exit code.
export type ErrorKind = "usage" | "io" | "config" | "parse" | "internal";

export class DocklintError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "DocklintError";
  }
}

/** 0 clean, 1 findings at or above the threshold, 2 bad input (usage, io, config), 3 a docklint bug. */
export const EXIT = { ok: 0, findings: 1, error: 2, internal: 3 } as const;

export function exitCodeFor(kind: ErrorKind): number {
  return kind === "internal" ? EXIT.internal : EXIT.error;
}
