// What a `FROM --platform=` value names: one of BuildKit's automatic platform args, or something else.

/** The platform args BuildKit always sets: a default written for them (`${BUILDPLATFORM:-}`) never applies. */
export type AutomaticPlatform = "BUILDPLATFORM" | "TARGETPLATFORM";

const AUTOMATIC = new Set<string>(["BUILDPLATFORM", "TARGETPLATFORM"]);

/** `$X`, `${X}`, or `${X:-word}`/`${X-word}` (a default for when X is unset or empty). */
const SOLE_REFERENCE = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?::?-[^}]*)?\})$/;

/**
 * The automatic platform arg a `--platform` value (quotes already removed) is, or null: the value
 * must be that one reference and nothing else. BuildKit sets both args in every build, so
 * `${BUILDPLATFORM:-}` and `${BUILDPLATFORM:-linux/amd64}` are `$BUILDPLATFORM`.
 */
export function automaticPlatform(value: string | null): AutomaticPlatform | null {
  const match = value === null ? null : SOLE_REFERENCE.exec(value);
  const name = match ? (match[1] ?? match[2]) : null;
  return name !== null && AUTOMATIC.has(name) ? (name as AutomaticPlatform) : null;
}
