// `$NAME` and `${NAME...}` references in instruction text as written, and the nearest declared
// name for a misspelt one: what the rules about undefined variables share.

export interface Reference {
  name: string;
  /** Offset of the `$` in the text. */
  start: number;
  /** `${NAME:-x}`, `${NAME:+x}`, `${NAME:?x}` and their forms without `:`: the unset case is handled. */
  guarded: boolean;
}

/** References outside single quotes and escapes; `${name:word}` (template syntax, not Docker's) is left out. */
export function variableReferences(text: string, escapeChar: string): Reference[] {
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
    found.push({ name: match[2], start: i, guarded: Boolean(match[1] && /[-+?]/.test(match[3])) });
  }
  return found;
}

/** Edit distance counting a swap of two neighbours as one edit (`PAHT` is one from `PATH`). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The candidate closest to `name` (ignoring case) when it is close enough to be a typo of it. */
export function closestName(name: string, candidates: Iterable<string>, most = 2): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const d = editDistance(name.toUpperCase(), candidate.toUpperCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== null && bestDistance <= Math.min(most, Math.max(1, Math.floor(name.length / 4))) ? best : null;
}
