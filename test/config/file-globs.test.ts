// The globs of config overrides and of the command line: the syntax users write, matched without
// backtracking, with brace alternatives bounded.
import { describe, expect, it } from "vitest";
import { expandBraces, filesMatcher, globProblem, MAX_ALTERNATIVES, splitGlob } from "../../src/config/file-globs.js";

describe("filesMatcher (config overrides)", () => {
  /** [globs, path relative to the config's directory, matches] */
  const CASES: [string[], string, boolean][] = [
    [["ci/**"], "ci/Dockerfile", true],
    [["ci/**"], "ci/a/b/Dockerfile", true],
    [["ci/**"], "src/ci/Dockerfile", false],
    [["ci/*"], "ci/a/Dockerfile", false],
    // no `/` in any glob: the file name, at any depth
    [["*.dev.Dockerfile"], "web.dev.Dockerfile", true],
    [["*.dev.Dockerfile"], "a/b/web.dev.Dockerfile", true],
    [["*.dev.Dockerfile"], "web.prod.Dockerfile", false],
    // dot files and directories match
    [["**/Dockerfile"], ".devcontainer/Dockerfile", true],
    [["{ci,build}/**"], "build/Dockerfile", true],
    [["{ci,build}/**"], "docs/Dockerfile", false],
    [["services/{api,web{,-admin}}/Dockerfile"], "services/web-admin/Dockerfile", true],
    [["services/{api,web{,-admin}}/Dockerfile"], "services/web/Dockerfile", true],
    [["services/{api,web{,-admin}}/Dockerfile"], "services/worker/Dockerfile", false],
    [["Dockerfile.[a-c]*"], "Dockerfile.base", true],
    [["Dockerfile.[a-c]*"], "Dockerfile.dev", false],
    [["!legacy/**"], "app/Dockerfile", true],
    [["!legacy/**"], "legacy/Dockerfile", false],
    [["./ci/**"], "ci/Dockerfile", true],
    // `{x}` holds no alternatives: its braces are literal
    [["{x}/Dockerfile"], "{x}/Dockerfile", true],
  ];
  it.each(CASES)("%j on %j → %j", (globs, file, matches) => {
    expect(filesMatcher(globs)(file)).toBe(matches);
  });

  it("matches in time linear in the path, where a RegExp backtracked", () => {
    const deep = `${"a/".repeat(2000)}c`;
    expect(filesMatcher(["**/a/**/a/**/a/**/a/**/a/**/b"])(deep)).toBe(false);
    expect(filesMatcher(["**/a/**/a/**/a/**/a/**/a/**/c"])(deep)).toBe(true);
  });
});

describe("expandBraces", () => {
  it("expands groups left to right, nested ones too", () => {
    expect(expandBraces("a{b,c}d{e,f}")).toEqual(["abde", "abdf", "acde", "acdf"]);
    expect(expandBraces("{a,b{c,d}}")).toEqual(["a", "bc", "bd"]);
    expect(expandBraces("\\{a,b}")).toEqual(["\\{a,b}"]);
    expect(expandBraces("{a,b")).toEqual(["{a,b"]);
  });

  it("refuses more alternatives than anyone writes, instead of growing without limit", () => {
    expect(globProblem("{a,b}".repeat(8))).toBe(null); // 256
    expect(globProblem("{a,b}".repeat(9))).toBe(`makes more than ${MAX_ALTERNATIVES} alternatives`);
    expect(globProblem("{a,b}".repeat(60))).toBe(`makes more than ${MAX_ALTERNATIVES} alternatives`);
    expect(globProblem(`${"{".repeat(100_000)}a`)).toBe("is longer than 4096 characters");
  });
});

describe("splitGlob (the command line)", () => {
  it("searches from the segments before the first wildcard, and matches the rest", () => {
    const glob = splitGlob("services/*/Dockerfile")!;
    expect(glob.base).toBe("services");
    expect(glob.matches("api/Dockerfile")).toBe(true);
    expect(glob.matches("api/x/Dockerfile")).toBe(false);
    expect(splitGlob("**/*.Dockerfile")!.base).toBe(".");
    expect(splitGlob("{a,b}/Dockerfile")!.matches("b/Dockerfile")).toBe(true);
    expect(splitGlob("docker/Dockerfile")).toBe(null);
  });
});
