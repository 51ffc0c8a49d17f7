// .gitignore lines as git reads them (gitignore(5)), matched without backtracking.
import { describe, expect, it } from "vitest";
import { Gitignore } from "../../src/discovery/gitignore.js";

/** [lines, path, is a directory, verdict: true ignored, false re-included, undefined no line about it] */
const CASES: [string, string, boolean, boolean | undefined][] = [
  ["*.log", "debug.log", false, true],
  ["*.log", "a/b/debug.log", false, true],
  ["*.log", "debug.log.txt", false, undefined],
  ["build/", "build", true, true],
  ["build/", "build", false, undefined],
  ["build/", "src/build", true, true],
  ["/build", "build", true, true],
  ["/build", "src/build", true, undefined],
  ["doc/frotz", "doc/frotz", true, true],
  ["doc/frotz", "a/doc/frotz", true, undefined],
  ["doc/frotz/", "doc/frotz", true, true],
  ["**/foo", "foo", false, true],
  ["**/foo", "x/y/foo", false, true],
  ["**/foo/bar", "x/foo/bar", false, true],
  ["abc/**", "abc/x/y", false, true],
  ["abc/**", "abc", true, undefined],
  ["a/**/b", "a/b", false, true],
  ["a/**/b", "a/x/y/b", false, true],
  // `**` that is not a whole segment is a single `*`: it stays within one directory
  ["a**b", "aXb", false, true],
  ["a**b", "a/x/b", false, undefined],
  ["?.txt", "a.txt", false, true],
  ["?.txt", "ab.txt", false, undefined],
  ["[ab].txt", "b.txt", false, true],
  ["[!ab].txt", "b.txt", false, undefined],
  ["# a comment", "# a comment", false, undefined],
  ["\\#hash", "#hash", false, true],
  ["\\!bang", "!bang", false, true],
  ["trailing   ", "trailing", false, true],
  ["space\\ ", "space ", false, true],
  ["*.log\n!keep.log", "keep.log", false, false],
  ["*.log\n!keep.log", "other.log", false, true],
  // the last line that matches decides
  ["!keep.log\n*.log", "keep.log", false, true],
  ["Dockerfile\r\n", "Dockerfile", false, true],
  ["\n\n", "x", false, undefined],
];

describe("Gitignore", () => {
  it.each(CASES)("%j on %j (directory: %j) → %j", (lines, file, isDirectory, verdict) => {
    expect(new Gitignore(lines).verdict(file, isDirectory)).toBe(verdict);
  });

  it("matches in time linear in the path: lines that made a RegExp backtrack", () => {
    // with the `ignore` package the first of these did not finish in a minute
    const deep = `${"a/".repeat(2000)}c`;
    expect(new Gitignore("a/**/**/**/**/**/**/**/b\n").verdict(deep, false)).toBe(undefined);
    expect(new Gitignore("a/**/**/**/**/**/**/**/c\n").verdict(deep, false)).toBe(true);
    const rules = new Gitignore("*a*a*a*a*a*a*a*a*a*a*ab\n");
    expect(rules.verdict("a".repeat(5000), false)).toBe(undefined);
    expect(rules.verdict(`${"a".repeat(5000)}b`, false)).toBe(true);
  });
});
