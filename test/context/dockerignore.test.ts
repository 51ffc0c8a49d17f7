import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanPath, findIgnoreFile, isExcluded, mayReincludeBelow, parseIgnorePatterns, wholeContextExclusion } from "../../src/context/dockerignore.js";

const excluded = (ignore: string, file: string) => isExcluded(parseIgnorePatterns(ignore), file);

describe("parseIgnorePatterns", () => {
  it("reads Docker's syntax: comments at column 1, trimming, cleaning, exceptions, leading /", () => {
    const patterns = parseIgnorePatterns("\uFEFF# comment\n\n  node_modules/  \n!  keep.txt\n/dist\n./build/../out\r\n #not a comment\n");
    expect(patterns.map((p) => [p.pattern, p.exception, p.line])).toEqual([
      ["node_modules", false, 3],
      ["keep.txt", true, 4],
      ["dist", false, 5],
      ["out", false, 6],
      ["#not a comment", false, 7],
    ]);
  });
});

describe("isExcluded", () => {
  it.each([
    // pattern, path, excluded
    ["node_modules", "node_modules", true],
    ["node_modules", "node_modules/react/index.js", true],
    ["node_modules", "src/node_modules", false],
    ["*.env", ".env", true],
    ["*.env", "config/.env", false],
    ["*/*.env", "config/.env", true],
    ["**/*.env", "config/deep/.env", true],
    ["**/*.env", ".env", true],
    ["a/**/b", "a/b", true],
    ["a/**/b", "a/x/y/b", true],
    ["a/**", "a/x/y", true],
    ["**", "anything/at/all", true],
    ["file?.txt", "file1.txt", true],
    ["file?.txt", "file/.txt", false],
    ["file[0-9].txt", "file7.txt", true],
    ["file[!0-9].txt", "file7.txt", false],
    ["file[!0-9].txt", "filex.txt", true],
    ["data.csv", "data_csv", false],
    ["\\*.txt", "*.txt", true],
    ["\\*.txt", "a.txt", false],
    ["/secrets/", "secrets/key.pem", true],
  ])("%j excludes %j: %s", (pattern, file, expected) => {
    expect(excluded(pattern, file)).toBe(expected);
  });

  it("the last matching pattern wins", () => {
    expect(excluded("*.md\n!README.md", "README.md")).toBe(false);
    expect(excluded("*.md\n!README.md", "CHANGES.md")).toBe(true);
    expect(excluded("!README.md\n*.md", "README.md")).toBe(true);
    expect(excluded("docs\n!docs/keep", "docs/keep")).toBe(false);
    expect(excluded("docs\n!docs/keep", "docs/other")).toBe(true);
    expect(excluded("*\n!src", "src/app.py")).toBe(false);
  });

  it("matches without backtracking, and a deep path's parents in one pass", () => {
    // a RegExp per pattern took forever on the first; listing every parent of the last was quadratic
    expect(excluded("*a*a*a*a*a*ab", "a".repeat(200))).toBe(false);
    expect(excluded("*a*a*a*a*a*ab", "a".repeat(200) + "b")).toBe(true);
    expect(excluded("**/c\n!a/a", `${"a/".repeat(50_000)}b`)).toBe(false);
    expect(excluded("a/a/a", `${"a/".repeat(50_000)}b`)).toBe(true);
  });

  it("takes paths in any spelling", () => {
    expect(excluded("build", "./build/")).toBe(true);
    expect(excluded("build", "src/../build/x")).toBe(true);
  });
});

describe("mayReincludeBelow", () => {
  it("sees exceptions under a directory", () => {
    const patterns = parseIgnorePatterns("docs\n!docs/README.md\n!**/*.keep\n");
    expect(mayReincludeBelow(patterns, "docs")).toBe(true);
    expect(mayReincludeBelow(parseIgnorePatterns("docs\n!docs/README.md\n"), "node_modules")).toBe(false);
    expect(mayReincludeBelow(parseIgnorePatterns("docs\n!**/*.keep\n"), "node_modules")).toBe(true);
  });
});

describe("wholeContextExclusion", () => {
  it("is the `*` (or `**`, `/*`) that no exception follows", () => {
    const line = (text: string) => wholeContextExclusion(parseIgnorePatterns(text))?.line ?? null;
    expect(line("*\n")).toBe(1);
    expect(line("!src\n.git\n/**\n")).toBe(3);
    expect(line("/*\n")).toBe(1);
    expect(line("*\n!src\n")).toBeNull();
    expect(line("*.log\n.git\n")).toBeNull();
    expect(line("*/*\n")).toBeNull();
  });
});

describe("cleanPath", () => {
  it.each([
    ["", "."],
    ["./", "."],
    ["a//b/./c/", "a/b/c"],
    ["a/../../b", "../b"],
    ["/../a", "/a"],
    ["/", "/"],
  ])("%j -> %j", (input, expected) => {
    expect(cleanPath(input)).toBe(expected);
  });
});

describe("findIgnoreFile", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-ignorefile-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prefers <Dockerfile>.dockerignore, then <context>/.dockerignore", () => {
    const dockerfile = path.join(dir, "app.Dockerfile");
    expect(findIgnoreFile(dir, dockerfile)).toBeNull();
    fs.writeFileSync(path.join(dir, ".dockerignore"), ".git\n");
    expect(findIgnoreFile(dir, dockerfile)).toBe(path.join(dir, ".dockerignore"));
    fs.writeFileSync(`${dockerfile}.dockerignore`, ".git\n");
    expect(findIgnoreFile(dir, dockerfile)).toBe(`${dockerfile}.dockerignore`);
  });

  it("ignores a directory named .dockerignore", () => {
    const other = path.join(dir, "sub");
    fs.mkdirSync(path.join(other, ".dockerignore"), { recursive: true });
    expect(findIgnoreFile(other, path.join(other, "Dockerfile"))).toBeNull();
  });
});
