// Image references (`ghcr.io/org/app:1.2@sha256:...`) read by Docker's reference grammar: which
// part is the registry, the repository path, the tag and the digest. A registry port is not a
// tag, and `python` means `docker.io/library/python`.
import type { Stage } from "./model.js";

/** A reference that follows Docker's grammar. */
export interface ImageReference {
  /** The registry host (and port) as written, or null when none is given. */
  registry: string | null;
  /** The registry the image is pulled from: `docker.io` when none is given. */
  domain: string;
  /** The repository path as written: `python`, `org/app`. */
  path: string;
  /** The repository path on its registry: `library/python` for an official Docker Hub image. */
  repository: string;
  tag: string | null;
  /** `sha256:...`, without the `@`. */
  digest: string | null;
}

/**
 * The parts of a reference that may still hold `$VAR`/`${VAR}` (a variable nobody could resolve).
 * Variables are opaque: a `:` or `/` inside `${X:-a/b:c}` does not split the reference.
 */
export interface ImageRefParts {
  /** Registry and path. */
  name: string;
  tag: string | null;
  digest: string | null;
  /**
   * True when a variable ends the reference where a tag or digest could still begin
   * (`${IMAGE}`, `app${SUFFIX}`, `app:1.2${VARIANT}`), so what is missing is not known.
   */
  open: boolean;
}

export const DEFAULT_DOMAIN = "docker.io";
const LEGACY_DEFAULT_DOMAIN = "index.docker.io";
const OFFICIAL_NAMESPACE = "library";
const MAX_NAME_LENGTH = 255;

const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const ipv6 = "\\[[a-fA-F0-9:]+\\]";
const domainPattern = new RegExp(`^(?:${domainComponent}(?:\\.${domainComponent})*|${ipv6})(?::[0-9]+)?$`);
const pathComponentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^\w[\w.-]{0,127}$/;
const digestPattern = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

/** `scratch` is not an image: it is the empty base. */
export function isScratch(text: string): boolean {
  return text.toLowerCase() === "scratch";
}

/**
 * True when `text` names a stage defined before stage `stageIndex` (`FROM build`,
 * `COPY --from=build`): then it is no image to pull. Stage names ignore case.
 */
export function isStageReference(text: string, stages: readonly Stage[], stageIndex: number): boolean {
  const name = text.toLowerCase();
  return stages.some((s) => s.index < stageIndex && s.name === name);
}

/** Reads a reference with no variables left in it; null when Docker would reject it. */
/** What a FROM pulls, its ARGs substituted: null for `scratch` and for an earlier stage. */
export function pulledImage(resolved: string, stages: readonly Stage[], stageIndex: number): ImageRefParts | null {
  if (isScratch(resolved) || isStageReference(resolved, stages, stageIndex)) return null;
  return splitImageRef(resolved);
}

export function parseImageRef(text: string): ImageReference | null {
  if (!text || text.includes("$")) return null;
  const parts = splitImageRef(text);
  if (parts.digest !== null && !digestPattern.test(parts.digest)) return null;
  if (parts.tag !== null && !tagPattern.test(parts.tag)) return null;
  if (!parts.name || parts.name.length > MAX_NAME_LENGTH) return null;

  const slash = parts.name.indexOf("/");
  const first = slash < 0 ? "" : parts.name.slice(0, slash);
  // Docker's rule for "is the first component a registry": a dot, a port, localhost, or upper case
  const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === "localhost" || first !== first.toLowerCase());
  const registry = hasRegistry ? first : null;
  const path = hasRegistry ? parts.name.slice(slash + 1) : parts.name;
  if (registry !== null && !domainPattern.test(registry)) return null;
  if (!path.split("/").every((c) => pathComponentPattern.test(c))) return null;

  const domain = registry === null || registry === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : registry;
  const repository = domain === DEFAULT_DOMAIN && !path.includes("/") ? `${OFFICIAL_NAMESPACE}/${path}` : path;
  return { registry, domain, path, repository, tag: parts.tag, digest: parts.digest };
}

/** Splits a reference into name, tag and digest, treating variables as opaque. Never fails. */
export function splitImageRef(text: string): ImageRefParts {
  const masked = maskVariables(text);
  const at = masked.indexOf("@");
  const digest = at < 0 ? null : text.slice(at + 1);
  const beforeDigest = at < 0 ? masked : masked.slice(0, at);
  const lastSlash = beforeDigest.lastIndexOf("/");
  const colon = beforeDigest.indexOf(":", lastSlash + 1);
  const nameEnd = colon < 0 ? beforeDigest.length : colon;
  const tag = colon < 0 ? null : text.slice(colon + 1, beforeDigest.length);
  // the part a tag or digest could follow: the tag when there is one, else the last name component
  const tail = digest !== null ? "" : tag !== null ? masked.slice(colon + 1) : masked.slice(lastSlash + 1, nameEnd);
  return { name: text.slice(0, nameEnd), tag, digest, open: tail.includes(VARIABLE_MASK) };
}

const VARIABLE_MASK = "\u0000";

/** The text with every `$NAME` and `${...}` replaced by mask characters of the same length. */
function maskVariables(text: string): string {
  if (!text.includes("$")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const end = text[i] === "$" ? variableEnd(text, i) : -1;
    if (end < 0) {
      out += text[i++];
      continue;
    }
    out += VARIABLE_MASK.repeat(end - i);
    i = end;
  }
  return out;
}

/** Where the variable expression starting at `start` (a `$`) ends, or -1 when it is not one. */
function variableEnd(text: string, start: number): number {
  if (text[start + 1] === "{") {
    let depth = 0;
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && --depth === 0) return i + 1;
    }
    return text.length; // unterminated: the rest is the variable
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(start + 1));
  return name ? start + 1 + name[0].length : -1;
}
