// A directory's .gitignore (gitignore(5)), matched with PathGlob in time proportional to pattern ×
// path. The `ignore` package compiled each line to a RegExp: a committed `.gitignore` holding
// `*a*a*a*a*a*ab` made it backtrack on a long file name, and a pull request's .gitignore is the
// stranger's. The syntax git's: `#` comments, `!` re-includes, a trailing `/` means directories
// only, a `/` at the start or in the middle anchors the line to the .gitignore's directory (else
// it matches at any depth), `**` as a whole segment spans directories, `\` escapes.
import { PathGlob } from "../parse/path-glob.js";

interface IgnoreLine {
  glob: PathGlob;
  /** A `!` line: what it matches is not ignored. */
  reincludes: boolean;
  directoriesOnly: boolean;
  /** The literal end every path it matches has: most paths fail on it before the glob runs. */
  tail: string;
}

export class Gitignore {
  private readonly lines: IgnoreLine[] = [];

  constructor(text: string) {
    for (const raw of text.split("\n")) {
      const line = readLine(raw);
      if (line) this.lines.push(line);
    }
  }

  /**
   * For a path relative to the .gitignore's directory (`/`-separated): true when it is ignored,
   * false when a `!` line re-includes it, undefined when no line is about it. The last matching
   * line decides, as in git.
   */
  verdict(relative: string, isDirectory: boolean): boolean | undefined {
    for (let i = this.lines.length - 1; i >= 0; i--) {
      const line = this.lines[i];
      if (line.directoriesOnly && !isDirectory) continue;
      if (!relative.endsWith(line.tail) || !line.glob.matches(relative)) continue;
      return !line.reincludes;
    }
    return undefined;
  }
}

function readLine(raw: string): IgnoreLine | null {
  let text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  if (!text || text.startsWith("#")) return null;
  // trailing blanks go, unless escaped with a backslash
  let end = text.length;
  while (end > 0 && text[end - 1] === " " && text[end - 2] !== "\\") end--;
  text = text.slice(0, end);
  const reincludes = text.startsWith("!");
  if (reincludes) text = text.slice(1);
  const directoriesOnly = text.endsWith("/");
  while (text.endsWith("/")) text = text.slice(0, -1);
  if (!text) return null;
  // a `/` left at the start or in the middle anchors the line; without one it matches at any depth
  const anchored = text.includes("/");
  if (text.startsWith("/")) text = text.slice(1);
  const pattern = (anchored ? "" : "**/") + wholeSegmentGlobstars(text);
  return { glob: new PathGlob(pattern), reincludes, directoriesOnly, tail: literalTail(pattern) };
}

/** git reads `**` as "any directories" only as a whole segment; `a**b` is `a*b`. PathGlob reads every `**` so. */
function wholeSegmentGlobstars(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (c === "*") {
      let run = 1;
      while (pattern[i + run] === "*") run++;
      const whole = (i === 0 || pattern[i - 1] === "/") && (i + run === pattern.length || pattern[i + run] === "/");
      out += whole && run >= 2 ? "**" : "*";
      i += run - 1;
    } else out += c;
  }
  return out;
}

/** The characters after the pattern's last wildcard or class: every path it matches ends in them. */
function literalTail(pattern: string): string {
  if (pattern.includes("\\")) return "";
  let start = pattern.length;
  while (start > 0 && !"*?]".includes(pattern[start - 1])) start--;
  // `**/` may match nothing, its `/` included
  if (pattern.startsWith("**/", start - 2)) start++;
  return pattern.slice(start);
}
