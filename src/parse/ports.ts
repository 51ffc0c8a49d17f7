// Port specs as EXPOSE reads them (`80`, `8000-8010/udp`) and the `[address:][host:]container`
// mappings Docker refuses there but `docker run -p` and Compose `ports:` take: one reader for all.

/** The protocols Docker accepts after the slash. */
export const PORT_PROTOCOLS: ReadonlySet<string> = new Set(["tcp", "udp", "sctp"]);
export const MAX_PORT = 65535;

export interface PortSpecParts {
  /** What comes before the last colon (`127.0.0.1:80` of `127.0.0.1:80:8080`); null when nothing does. */
  published: string | null;
  /** The container's port or range as written: `8080`, `8000-8010`. */
  ports: string;
  /** As written after the last slash; null when there is none (tcp). */
  protocol: string | null;
  /** The port range's digits, `high` null for a single port; null when `ports` is not `N` or `N-M`. */
  range: { low: string; high: string | null } | null;
}

/** `8080/udp` -> port `8080`, protocol `udp` (the split the document model's `PortSpec` holds). */
export function splitProtocol(text: string): { port: string; protocol: string | null } {
  const slash = text.lastIndexOf("/");
  return { port: slash < 0 ? text : text.slice(0, slash), protocol: slash < 0 ? null : text.slice(slash + 1) };
}

/** Reads one spec with its variables already substituted. Never fails: `range` says whether it is numbers. */
export function readPortSpec(text: string): PortSpecParts {
  const colon = text.lastIndexOf(":");
  const { port, protocol } = splitProtocol(text.slice(colon + 1));
  const range = /^(\d+)(?:-(\d+))?$/.exec(port);
  return {
    published: colon < 0 ? null : text.slice(0, colon),
    ports: port,
    protocol,
    range: range ? { low: range[1], high: range[2] ?? null } : null,
  };
}

/** True when the spec's container range holds `port` over `protocol` (tcp when the spec names none). */
export function coversPort(spec: PortSpecParts, port: number, protocol = "tcp"): boolean {
  if ((spec.protocol ?? "tcp").toLowerCase() !== protocol || !spec.range) return false;
  const low = Number(spec.range.low);
  const high = spec.range.high === null ? low : Number(spec.range.high);
  return low <= port && port <= high;
}
