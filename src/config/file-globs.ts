// The `files` globs of a config's `overrides`, matched with PathGlob in time proportional to
// pattern × path (picomatch compiled them to a RegExp, which a committed config could make
// backtrack). What users write there: `*`, `?`, `[a-z]`, `**` across directories, `{a,b}`
// alternatives, a leading `!` for "not", and a glob without `/` matched against the file name at
// any depth (`*.dev.Dockerfile`).
import { PathGlob } from "../parse/path-glob.js";

/** More alternatives than anyone writes; `{a,b}{a,b}...` would otherwise grow without limit. */
export const MAX_ALTERNATIVES = 256;
/** Longer than any path (PATH_MAX); matching costs pattern × path. */
export const MAX_GLOB_LENGTH = 4096;

/** Why a glob cannot be used, or null. */
export function globProblem(glob: string): string | null {
  if (glob.length > MAX_GLOB_LENGTH) return `is longer than ${MAX_GLOB_LENGTH} characters`;
  try {
    expandBraces(glob);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Whether a path (relative, `/`-separated) matches any of the globs (each checked with globProblem first). */
export function filesMatcher(globs: string[]): (relative: string) => boolean {
  const anyDepth = !globs.some((g) => g.includes("/"));
  const tests = globs.map((raw) => {
    const not = raw.startsWith("!");
    const glob = not ? raw.slice(1) : raw;
    const patterns = expandBraces(glob).map((p) => new PathGlob(anyDepth ? `**/${p}` : p.replace(/^\.\//, "")));
    return (relative: string) => patterns.some((p) => p.matches(relative)) !== not;
  });
  return (relative) => tests.some((test) => test(relative));
}

/**
 * A glob given on the command line split where its first segment with a wildcard starts: the
 * directory to search from and the glob its files' paths (relative to it) must match. Null for
 * a path with no wildcard.
 */
export function splitGlob(pattern: string): { base: string; matches: (relative: string) => boolean } | null {
  const segments = pattern.split("/");
  const first = segments.findIndex((s) => /[*?[{]/.test(s));
  if (first < 0 || globProblem(pattern)) return null;
  const globs = expandBraces(segments.slice(first).join("/")).map((p) => new PathGlob(p));
  return { base: segments.slice(0, first).join("/") || ".", matches: (relative) => globs.some((g) => g.matches(relative)) };
}

/** `a{b,c}d` → `abd`, `acd`; nested and several groups too. A `{` with no `,` at its level is literal. */
export function expandBraces(glob: string): string[] {
  const group = firstGroup(glob);
  if (!group) return [glob];
  const { open, close, commas } = group;
  const before = glob.slice(0, open);
  const after = glob.slice(close + 1);
  const bounds = [open, ...commas, close];
  const expanded: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    for (const rest of expandBraces(before + glob.slice(bounds[i] + 1, bounds[i + 1]) + after)) {
      expanded.push(rest);
      if (expanded.length > MAX_ALTERNATIVES) throw new RangeError(`makes more than ${MAX_ALTERNATIVES} alternatives`);
    }
  }
  return expanded;
}

/** The first `{...}` holding a `,` at its own level, with where its commas are; one pass, left to right. */
function firstGroup(glob: string): { open: number; close: number; commas: number[] } | null {
  const open: { at: number; commas: number[] }[] = [];
  let first: { open: number; close: number; commas: number[] } | null = null;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") i++;
    else if (c === "{") open.push({ at: i, commas: [] });
    else if (c === "," && open.length) open[open.length - 1].commas.push(i);
    else if (c === "}" && open.length) {
      const group = open.pop()!;
      if (group.commas.length && (!first || group.at < first.open)) first = { open: group.at, close: i, commas: group.commas };
    }
  }
  return first;
}
