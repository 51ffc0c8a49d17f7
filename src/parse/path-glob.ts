// Docker's path patterns (.dockerignore lines, and the globs `rm` is given for a cache
// directory), matched in time proportional to pattern × path. Compiling them to a RegExp
// backtracked: `*a*a*a*a*a*ab` against 200 `a`s never finished. Here the pattern is a small
// automaton and the path is read once, keeping the set of its states reached so far (Thompson's
// construction), so each character costs at most one step per state, and usually one or two.
//
// The syntax is BuildKit's: Go's filepath.Match within a segment (`*` and `?` never match `/`,
// `[a-z]`, `[!a-z]` or `[^a-z]`, `\` escapes the next character) and `**`, which spans any number
// of segments: `**/` or a `**` inside the pattern matches nothing or anything ending in `/`, a
// trailing `**` anything at all.

/** A state of the automaton: the states it moves to on a character, and the one it reaches on none (-1: none). */
interface State {
  moves: { accepts: (c: number) => boolean; to: number }[];
  free: number;
}

const SLASH = 0x2f;
const notSlash = (c: number) => c !== SLASH;
const isSlash = (c: number) => c === SLASH;
const anything = () => true;

export class PathGlob {
  /** The last state accepts. */
  private readonly states: State[];

  constructor(readonly pattern: string) {
    this.states = compile([...pattern]);
  }

  /** True when the glob matches the whole path. */
  matches(path: string): boolean {
    return this.run(path, false);
  }

  /**
   * True when the glob matches the path or a directory above it, that is a part of the path
   * ending right before a `/` (`a` and `a/b` for `a/b/c`; `/var` for `/var/lib`, never the empty
   * part before a leading `/`).
   */
  matchesPathOrParent(path: string): boolean {
    return this.run(path, true);
  }

  private run(path: string, orParent: boolean): boolean {
    const states = this.states;
    const accept = states.length - 1;
    // the states reached after `position` characters, as a list and as marks
    let current: number[] = [];
    let next: number[] = [];
    const marks = new Int32Array(states.length).fill(-1);
    let position = 0;
    const reach = (into: number[], state: number) => {
      // a state already reached has had the states after it reached too
      for (let s = state; s >= 0 && marks[s] !== position; s = states[s].free) {
        marks[s] = position;
        into.push(s);
      }
    };
    reach(current, 0);
    for (const char of path) {
      const c = char.codePointAt(0)!;
      if (orParent && c === SLASH && position > 0 && marks[accept] === position) return true;
      position++;
      next.length = 0;
      for (const state of current) for (const move of states[state].moves) if (move.accepts(c)) reach(next, move.to);
      if (!next.length) return false;
      [current, next] = [next, current];
    }
    return marks[accept] === position;
  }
}

function compile(pattern: string[]): State[] {
  const states: State[] = [];
  // each piece of the pattern adds its states; the state after a piece is the next piece's first
  const add = (state: State) => states.push(state) - 1;
  const one = (accepts: (c: number) => boolean) => add({ moves: [{ accepts, to: states.length + 1 }], free: -1 });
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const here = states.length;
    if (c === "*" && pattern[i + 1] === "*") {
      i++;
      if (pattern[i + 1] === "/") i++;
      if (i + 1 >= pattern.length) {
        add({ moves: [{ accepts: anything, to: here }], free: here + 1 }); // `.*`
      } else {
        // `(.*/)?`: `here` is at the start or just after a `/` (it may stop there), `here + 1` inside a part
        add({ moves: [{ accepts: isSlash, to: here }, { accepts: notSlash, to: here + 1 }], free: here + 2 });
        add({ moves: [{ accepts: isSlash, to: here }, { accepts: notSlash, to: here + 1 }], free: -1 });
      }
    } else if (c === "*") add({ moves: [{ accepts: notSlash, to: here }], free: here + 1 });
    else if (c === "?") one(notSlash);
    else if (c === "\\") one(literal(i + 1 < pattern.length ? pattern[++i] : "\\"));
    else if (c === "[" && classEnd(pattern, i) > 0) {
      const close = classEnd(pattern, i);
      one(characterClass(pattern.slice(i + 1, close)));
      i = close;
    } else one(literal(c));
  }
  add({ moves: [], free: -1 });
  return states;
}

function literal(char: string): (c: number) => boolean {
  const code = char.codePointAt(0)!;
  return (c) => c === code;
}

/** Where the class opened at `open` closes (-1: it does not): a `]` right after `[`, `[!` or `[^` belongs to the class, `\]` too. */
function classEnd(pattern: string[], open: number): number {
  let i = open + 1;
  if (pattern[i] === "!" || pattern[i] === "^") i++;
  for (let first = true; i < pattern.length; i++, first = false) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "]" && !first) return i;
  }
  return -1;
}

/** `[...]` without its brackets: `a-z` ranges, `\` escapes, `!` or `^` first negates. A range from high to low holds nothing. */
function characterClass(body: string[]): (c: number) => boolean {
  const negated = body[0] === "!" || body[0] === "^";
  const ranges: [number, number][] = [];
  for (let i = negated ? 1 : 0; i < body.length; i++) {
    if (body[i] === "\\" && i + 1 < body.length) i++;
    const low = body[i].codePointAt(0)!;
    if (body[i + 1] === "-" && i + 2 < body.length) {
      i += 2;
      if (body[i] === "\\" && i + 1 < body.length) i++;
      ranges.push([low, body[i].codePointAt(0)!]);
    } else ranges.push([low, low]);
  }
  return (c) => ranges.some(([low, high]) => low <= c && c <= high) !== negated;
}
