// The instruction splitter follows BuildKit's line rules, and agrees with dockerfile-ast on real
// Dockerfiles except where BuildKit and dockerfile-ast differ (listed in the last test).
import { describe, expect, it } from "vitest";
import { splitInstructions } from "../../src/parse/split-instructions.js";
import { fixtureFiles } from "../corpus.js";
import { differencesFromDockerfileAst } from "./dockerfile-ast-agreement.js";

const keywords = (text: string) => splitInstructions(text).instructions.map((i) => [i.keyword, text.slice(i.range[0], i.range[1])]);

describe("splitInstructions", () => {
  it("reads directives only at the top, with their value ranges", () => {
    const text = "# syntax=docker/dockerfile:1\n#escape = `\n# check=skip=all\nFROM a\n# escape=\\\n";
    const { directives, escapeChar, comments } = splitInstructions(text);
    expect(directives.map((d) => [d.name, d.value, text.slice(d.valueRange[0], d.valueRange[1])])).toEqual([
      ["syntax", "docker/dockerfile:1", "docker/dockerfile:1"],
      ["escape", "`", "`"],
      ["check", "skip=all", "skip=all"],
    ]);
    expect(escapeChar).toBe("`");
    expect(comments.map((c) => c.content)).toEqual([" escape=\\"]);
  });

  it("does not take prose or pragmas for directives", () => {
    expect(splitInstructions("# Ported from x. Adjustments: a=b\nFROM a\n").directives).toEqual([]);
    expect(splitInstructions("# hadolint shell=powershell\nFROM a\n").directives).toEqual([]);
  });

  it("follows continuations over empty and comment lines, and keeps those comments", () => {
    const text = "RUN a \\\n\n  # note\n  b\nCMD c\n";
    expect(keywords(text)).toEqual([
      ["RUN", "RUN a \\\n\n  # note\n  b"],
      ["CMD", "CMD c"],
    ]);
    expect(splitInstructions(text).comments.map((c) => c.content)).toEqual([" note"]);
  });

  it("ends a line whose escape character is itself escaped", () => {
    expect(keywords("ENV P=C:\\\\dir\\\\\nRUN x\n").map(([k]) => k)).toEqual(["ENV", "RUN"]);
  });

  it("continues with a backtick under # escape=`, and a backslash is then literal", () => {
    expect(keywords("# escape=`\nRUN dir `\n  c:\\\nWORKDIR c:\\x\n").map(([k]) => k)).toEqual(["RUN", "WORKDIR"]);
  });

  it("ends RUN after its heredoc bodies, and an unterminated one at the end of the file", () => {
    expect(keywords("RUN <<A cat - <<B\na\nA\nb\nB\nCMD x\n")).toEqual([
      ["RUN", "RUN <<A cat - <<B\na\nA\nb\nB"],
      ["CMD", "CMD x"],
    ]);
    expect(keywords("RUN <<EOF\nFROM not-an-instruction\n")).toEqual([["RUN", "RUN <<EOF\nFROM not-an-instruction\n"]]);
  });

  it("reads the ONBUILD trigger with its own ranges", () => {
    const text = "ONBUILD  RUN make\n";
    const [onbuild] = splitInstructions(text).instructions;
    expect(onbuild.trigger).toEqual({ keyword: "RUN", keywordRange: [9, 12], range: [9, 17], trigger: null });
  });

  it("keeps a continuation's escape character out of a stray keyword", () => {
    expect(keywords("  pkg-a\\\n  pkg-b\n").map(([k]) => k)).toEqual(["pkg-a"]);
  });

  it("agrees with dockerfile-ast on fixtures/ (a sample of the corpus: split-instructions.corpus.test.ts), but for trailing blanks, escaped escapes and heredocs on a file descriptor", () => {
    const { differences, compared } = differencesFromDockerfileAst(fixtureFiles());
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(10);
  });
});

describe("heredocs with a file descriptor", () => {
  it("`cat 5<<EOF` has a body like `<<EOF`", () => {
    expect(keywords("FROM a\nRUN cat 5<<EOF\nhello world\nEOF\nCMD x\n").map(([k]) => k)).toEqual(["FROM", "RUN", "CMD"]);
  });
});
