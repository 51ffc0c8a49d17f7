import { describe, expect, it } from "vitest";
import { PathGlob } from "../../src/parse/path-glob.js";

describe("PathGlob.matches", () => {
  it.each([
    // pattern, path, matches
    ["a/b", "a/b", true],
    ["a/b", "a/b/c", false],
    ["*", "abc", true],
    ["*", "", true],
    ["*", "a/b", false],
    ["*.go", "main.go", true],
    ["*/*.go", "cmd/main.go", true],
    ["a*b*c", "aXbYc", true],
    ["a*b*c", "aXbY/c", false],
    ["?", "a", true],
    ["?", "/", false],
    ["?", "é", true],
    ["?", "😀", true],
    ["??", "😀", false],
    ["[a-c]x", "bx", true],
    ["[a-c]x", "dx", false],
    ["[!a-c]x", "dx", true],
    ["[^a-c]x", "ax", false],
    ["[\\]]", "]", true],
    ["[]a]", "]", true],
    ["[!]a]", "]", false],
    ["[\\]", "\\", false],
    ["[a-]", "-", true],
    ["[z-a]", "m", false],
    ["[", "[", true],
    ["a[", "a[", true],
    ["\\*", "*", true],
    ["\\*", "a", false],
    ["a\\", "a\\", true],
    ["**", "", true],
    ["**", "a/b/c", true],
    ["a/**", "a/b/c", true],
    ["a/**", "a/", true],
    ["**/b", "b", true],
    ["**/b", "a/x/b", true],
    ["**/b", "ab", false],
    ["a/**/b", "a/b", true],
    ["a/**/b", "a/x/y/b", true],
    ["a/**/b", "a/xb", false],
    ["a**b", "ab", true],
    ["a**b", "ax/b", true],
    ["a**b", "axb", false],
    ["**/*.env", "config/deep/.env", true],
    ["line\nbreak", "line\nbreak", true],
  ])("%j matches %j: %s", (pattern, path, expected) => {
    expect(new PathGlob(pattern).matches(path)).toBe(expected);
  });
});

describe("PathGlob.matchesPathOrParent", () => {
  it.each([
    ["a", "a/b/c", true],
    ["a/b", "a/b/c", true],
    ["b", "a/b/c", false],
    ["*/b", "a/b/c", true],
    ["/var/lib/apt", "/var/lib/apt/lists", true],
    ["/var/lib/apt/lists*", "/var/lib/apt/lists", true],
    ["/var/*", "/var/lib/apt/lists", true],
    ["/var/lib/ap", "/var/lib/apt/lists", false],
    ["*", "/var/lib", false],
    ["", "/var", false],
  ])("%j matches %j or a parent: %s", (pattern, path, expected) => {
    expect(new PathGlob(pattern).matchesPathOrParent(path)).toBe(expected);
  });
});

describe("PathGlob: time proportional to pattern × path", () => {
  // a RegExp compiled from these backtracks exponentially (the first) or quadratically per start
  it.each([
    ["*a*a*a*a*a*ab", "a".repeat(100_000)],
    ["*a".repeat(50) + "b", "a".repeat(20_000)],
    ["**/".repeat(50) + "b", "a/".repeat(50_000)],
    ["?".repeat(1000), "a".repeat(100_000)],
  ])("%j against a long path", (pattern, path) => {
    const glob = new PathGlob(pattern);
    expect(glob.matches(path)).toBe(false);
    expect(glob.matchesPathOrParent(path)).toBe(false);
  });
});

describe("PathGlob: a long pattern", () => {
  it("compiles in memory proportional to it", () => {
    const glob = new PathGlob("**/".repeat(100_000) + "*".repeat(100_000) + "b");
    expect(glob.matches("a/b")).toBe(true);
    expect(glob.matches("a/c")).toBe(false);
  });
});
