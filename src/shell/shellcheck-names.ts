// Which of a stage's declared names (ARG, ENV, BuildKit's own) ShellCheck is given for a script:
// only those that can change what it says, since each name it is given costs it time.

/**
 * Characters compared, past which a script keeps all its names: comparing would cost more than
 * it saves (no RUN of the corpus comes past 0.9 million), and a file written to make it slow
 * (thousands of long ARG names, a large RUN) cannot.
 */
const MAX_COMPARED = 20_000_000;

/**
 * The declared names that can change ShellCheck's comments on `script`. ShellCheck reads a
 * variable only where the script names it, and it compares each unassigned variable the script
 * reads with the assigned ones: one at edit distance 2 or less, or the same but for case, is
 * offered as "did you mean" (SC2153, and SC2154's tip). A name the script does not contain, and
 * no word of it comes that near, is one ShellCheck never reports, so it is left out: such names (the 18
 * BuildKit declares in every stage among them) made ShellCheck take 43 s of CPU over the corpus
 * instead of 28 s.
 * Words are read twice, as written and with quotes and backslashes taken out (`read A"B"` reads
 * AB). A script that starts with a comment keeps every name: our line before it keeps a shebang or
 * a directive from being the script's first line, as it always has.
 */
export function namesShellcheckCompares(script: string, names: string[]): string[] {
  if (!names.length || /^\s*#/.test(script) || names.length * script.length > MAX_COMPARED) return names;
  const absent = new Set(names.filter((name) => !script.includes(name)));
  if (!absent.size) return names;
  const words = new Set<string>();
  collectWords(script, words);
  collectWords(script.replace(/\\\n|["'\\]/g, ""), words);
  // each pair costs up to five cells per character of the name (withinTwoEdits)
  let longest = 0;
  for (const name of absent) longest = Math.max(longest, name.length);
  if (absent.size * words.size * 5 * longest > MAX_COMPARED) return names;
  const lowerCase = new Set<string>();
  const byLength = new Map<number, string[]>();
  for (const word of words) {
    lowerCase.add(word.toLowerCase());
    byLength.get(word.length)?.push(word) ?? byLength.set(word.length, [word]);
  }
  const near = (name: string) => {
    if (lowerCase.has(name.toLowerCase())) return true;
    for (let length = name.length - 2; length <= name.length + 2; length++) {
      for (const word of byLength.get(length) ?? []) if (withinTwoEdits(word, name)) return true;
    }
    return false;
  };
  return names.filter((name) => !absent.has(name) || near(name));
}

/** Runs of letters, digits and underscores. */
function collectWords(text: string, into: Set<string>): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (wordChar && start < 0) start = i;
    else if (!wordChar && start >= 0) {
      into.add(text.slice(start, i));
      start = -1;
    }
  }
}

/** Whether the Levenshtein distance (ShellCheck's `dist`) is 2 or less: only the band of cells that can stay within it is computed. */
export function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const far = 3;
  // row[k]: the distance of a's first i characters and b's first i + k - 2, `far` when more than 2 or outside
  let previous = [0, 1, 2, 3, 4].map((k) => (k >= 2 && k - 2 <= b.length ? Math.min(k - 2, far) : far));
  for (let i = 1; i <= a.length; i++) {
    const row = [far, far, far, far, far];
    let best = far;
    for (let k = 0; k < 5; k++) {
      const j = i + k - 2;
      if (j < 0 || j > b.length) continue;
      const substitute = j === 0 ? far : previous[k] + (a[i - 1] === b[j - 1] ? 0 : 1);
      const insert = k > 0 ? row[k - 1] + 1 : far;
      const remove = k < 4 ? previous[k + 1] + 1 : far;
      row[k] = Math.min(far, j === 0 ? i : Math.min(substitute, insert, remove));
      best = Math.min(best, row[k]);
    }
    if (best >= far) return false;
    previous = row;
  }
  return previous[b.length - a.length + 2] <= 2;
}
