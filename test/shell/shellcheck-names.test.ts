import { describe, expect, it } from "vitest";
import { shellcheckRequest } from "../../src/shell/shellcheck.js";
import { namesShellcheckCompares, withinTwoEdits } from "../../src/shell/shellcheck-names.js";

const BUILDKIT = ["TARGETPLATFORM", "TARGETARCH", "BUILDPLATFORM", "HTTP_PROXY", "http_proxy"];

describe("the declared names given to ShellCheck", () => {
  it("are those the script names, in their order, on a line before it", () => {
    expect(shellcheckRequest('echo "$TARGETARCH $HOME"', "sh", [...BUILDKIT, "HOME"])).toEqual({ dialect: "sh", text: 'export TARGETARCH HOME\necho "$TARGETARCH $HOME"', shift: 1 });
  });

  it("none when the script names none: no line of ours", () => {
    expect(shellcheckRequest("apt-get update", "sh", BUILDKIT)).toEqual({ dialect: "sh", text: "apt-get update", shift: 0 });
  });

  it("keep a name two edits or fewer from a word of the script, which ShellCheck may offer as 'did you mean' (SC2153, SC2154)", () => {
    expect(namesShellcheckCompares("echo $TARGET_ARCH", BUILDKIT)).toEqual(["TARGETARCH"]);
    expect(namesShellcheckCompares("echo $TRGETPLATFRM", BUILDKIT)).toEqual(["TARGETPLATFORM"]);
    expect(namesShellcheckCompares("echo $TRGTPLATFRM", BUILDKIT)).toEqual([]);
  });

  it("keep a name the same as a word but for case", () => {
    expect(namesShellcheckCompares("echo $Http_Proxy", BUILDKIT)).toEqual(["HTTP_PROXY", "http_proxy"]);
  });

  it("read words with quotes and backslashes taken out too", () => {
    expect(namesShellcheckCompares('read -r TARGET"ARCH"', BUILDKIT)).toEqual(["TARGETARCH"]);
    expect(namesShellcheckCompares("read -r TARGET\\\nARCH", BUILDKIT)).toEqual(["TARGETARCH"]);
  });

  it("are all kept for a script that starts with a comment: a shebang or directive stays off the first line", () => {
    expect(namesShellcheckCompares("\n#!/bin/bash\nls", BUILDKIT)).toEqual(BUILDKIT);
    expect(namesShellcheckCompares("# shellcheck disable=SC2086\nls", BUILDKIT)).toEqual(BUILDKIT);
  });

  it("are all kept when comparing them with the script's words would take too long", () => {
    const names = Array.from({ length: 2000 }, (_, i) => `NAME_${i}_X`);
    const script = Array.from({ length: 500 }, (_, i) => `w${i}`).join(" ");
    expect(namesShellcheckCompares(script, names)).toEqual(names);
    expect(namesShellcheckCompares(script, names.slice(0, 100))).toEqual([]);
  });

  it("are all kept when looking for each in the script would take too long", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `NAME_${i}`);
    expect(namesShellcheckCompares("ls ".repeat(2000), names)).toEqual(names);
    expect(namesShellcheckCompares("ls ".repeat(2000), names.slice(0, 100))).toEqual([]);
  });
});

describe("withinTwoEdits, ShellCheck's edit distance of 2 or less", () => {
  it.each([
    ["TARGETARCH", "TARGETARCH", true],
    ["TARGETARCH", "TARGET_ARCH", true],
    ["TARGETARCH", "TARGETARC", true],
    ["TARGETARCH", "TAGETARC", true],
    ["TARGETARCH", "TAGETRC", false],
    ["ABCD", "BADC", false],
    ["AB", "BA", true],
    ["A", "XYZ", false],
    ["A", "XY", true],
  ])("%s and %s: %s", (a, b, within) => {
    expect(withinTwoEdits(a, b)).toBe(within);
    expect(withinTwoEdits(b, a)).toBe(within);
  });

  it("agrees with the full Levenshtein table on every pair of short words over three letters", () => {
    const levenshtein = (a: string, b: string) => {
      let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        previous = row;
      }
      return previous[b.length];
    };
    const words = [""];
    for (let length = 1; length <= 5; length++) for (const w of words.filter((x) => x.length === length - 1)) words.push(`${w}a`, `${w}b`, `${w}c`);
    const short = words.filter((w) => w.length > 0);
    let disagreements = 0;
    for (const a of short) for (const b of short) if (withinTwoEdits(a, b) !== levenshtein(a, b) <= 2) disagreements++;
    expect(short.length).toBe(363);
    expect(disagreements).toBe(0);
  });
});
