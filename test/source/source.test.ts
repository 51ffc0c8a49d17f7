import { describe, expect, it } from "vitest";
import { createSource, locationOf, offsetAt, positionAt, positionIn, startOfLineAfter, withBom } from "../../src/source/source.js";

describe("createSource", () => {
  it("remembers and strips a UTF-8 BOM, so offsets index the text without it", () => {
    const source = createSource("\ufeffFROM a\n");
    expect(source.hasBom).toBe(true);
    expect(source.text).toBe("FROM a\n");
    expect(positionAt(source, 0)).toEqual({ line: 1, column: 1 });
    expect(withBom(source, "FROM b\n")).toBe("\ufeffFROM b\n");
  });

  it("leaves a file without BOM alone", () => {
    const source = createSource("FROM a\n");
    expect(source.hasBom).toBe(false);
    expect(withBom(source, "x")).toBe("x");
  });

  it("indexes lines ending in LF, CRLF and a lone CR", () => {
    const source = createSource("a\nbc\r\nd\re");
    expect(source.lineStarts).toEqual([0, 2, 6, 8]);
    expect(positionAt(source, 4)).toEqual({ line: 2, column: 3 }); // the \r of \r\n
    expect(positionAt(source, 6)).toEqual({ line: 3, column: 1 });
    expect(positionAt(source, 8)).toEqual({ line: 4, column: 1 });
    expect(positionAt(source, 9)).toEqual({ line: 4, column: 2 }); // end of text
  });

  it("picks the line ending used most", () => {
    expect(createSource("a\r\nb\r\nc\n").eol).toBe("\r\n");
    expect(createSource("a\nb\nc\r\n").eol).toBe("\n");
    expect(createSource("a\rb\r").eol).toBe("\r");
    expect(createSource("no line break").eol).toBe("\n");
  });

  it("keeps an empty text as one empty line", () => {
    const source = createSource("");
    expect(source.lineStarts).toEqual([0]);
    expect(positionAt(source, 0)).toEqual({ line: 1, column: 1 });
    expect(offsetAt(source, 1, 1)).toBe(0);
  });
});

describe("positions", () => {
  it("round-trips every offset through line and column", () => {
    const source = createSource("FROM a\r\nRUN x \\\n  y\rCMD z\n");
    for (let offset = 0; offset <= source.text.length; offset++) {
      const { line, column } = positionAt(source, offset);
      expect(offsetAt(source, line, column)).toBe(offset);
    }
  });

  it("counts columns in UTF-16 code units (non-ASCII and emoji)", () => {
    const source = createSource("LABEL a=\"é\" b=\"😀\" c=1\n");
    const c = source.text.indexOf("c=");
    // é is one code unit, 😀 is two
    expect(c).toBe(19);
    expect(positionAt(source, c)).toEqual({ line: 1, column: 20 });
    expect(offsetAt(source, 1, 20)).toBe(c);
  });

  it("clamps offsetAt to the text", () => {
    const source = createSource("ab\ncd");
    expect(offsetAt(source, 9, 1)).toBe(3);
    expect(offsetAt(source, 2, 99)).toBe(5);
    expect(offsetAt(source, 0, 1)).toBe(0);
  });

  it("turns a range into a location", () => {
    const source = createSource("FROM a\nRUN b\n");
    expect(locationOf(source, [7, 12])).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 6 } });
  });
});

describe("positions without a line table (for huge texts)", () => {
  const texts = ["a\nbc\n\nd", "a\r\nbc\r\n\r\nd\r\n", "a\rbc\r\rd", "\ufeffa\nb\r\nc\rd", "", "\n\n"];

  it.each(texts.map((t) => [JSON.stringify(t), t]))("positionIn is positionAt at every offset of %s", (_, text) => {
    const source = createSource(text);
    for (let offset = 0; offset <= source.text.length; offset++) {
      // an offset between \r and \n is inside one line break: no position of it is meaningful
      if (source.text[offset - 1] === "\r" && source.text[offset] === "\n") continue;
      expect(positionIn(text, offset), `offset ${offset}`).toEqual(positionAt(source, offset));
    }
  });

  it.each(texts.map((t) => [JSON.stringify(t), t]))("startOfLineAfter finds where each line of %s starts", (_, text) => {
    const { lineStarts } = createSource(text);
    for (let lines = 1; lines <= lineStarts.length; lines++) expect(startOfLineAfter(text, lines)).toBe(lines < lineStarts.length ? lineStarts[lines] : -1);
  });
});
