// `$NAME` and `${NAME...}` references in instruction text as written, and the nearest declared
// name for a misspelt one: what the rules about undefined variables share.
import { LIMITS, TooComplex } from "./limits.js";

export interface Reference {
  name: string;
  /** Offset of the `$` in the text. */
  start: number;
  /** `${NAME:-x}`, `${NAME:+x}`, `${NAME:?x}` and their forms without `:`: the unset case is handled. */
  guarded: boolean;
}

/**
 * References outside single quotes and escapes; `${name:word}` (template syntax, not Docker's) is
 * left out. `offset` is where the text starts in the Dockerfile (for the limit's finding).
 */
export function variableReferences(text: string, escapeChar: string, offset = 0): Reference[] {
  const found: Reference[] = [];
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === escapeChar) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = quote === c ? null : (quote ?? c);
      continue;
    }
    if (c !== "$") continue;
    const match = /^(\{)?([A-Za-z_][A-Za-z0-9_]*)(:?[-+?]|[}#%/])?/.exec(text.slice(i + 1));
    if (!match || (match[1] && !match[3])) continue;
    if (found.length >= LIMITS.variableReferences) throw new TooComplex(`more than ${LIMITS.variableReferences} variable references in one argument`, offset + i);
    found.push({ name: match[2], start: i, guarded: Boolean(match[1] && /[-+?]/.test(match[3])) });
  }
  return found;
}

/** Edit distance counting a swap of two neighbours as one edit (`PAHT` is one from `PATH`). */
export function editDistance(a: string, b: string): number {
  // three rolling rows of the full table: the swap looks two rows back
  let before = new Uint32Array(b.length + 1);
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** The candidate closest to `name` (ignoring case) when it is close enough to be a typo of it. */
export function closestName(name: string, candidates: Iterable<string>, most = 2): string | null {
  const limit = Math.min(most, Math.max(1, Math.floor(name.length / 4)));
  const upper = name.toUpperCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const other = candidate.toUpperCase();
    // the distance is at least the difference in length: such a candidate could not be returned
    if (Math.abs(other.length - upper.length) > limit) continue;
    const d = editDistance(upper, other);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== null && bestDistance <= limit ? best : null;
}
