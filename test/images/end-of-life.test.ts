// The end-of-life table stays sorted and consistent: a date in it is a real day, no line is listed
// twice, each product's lines run oldest first, and a tag name belongs to one line.
import { describe, expect, it } from "vitest";
import { COMPILED, lineOf, PRODUCTS } from "../../src/images/end-of-life.js";

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
const compare = (a: string, b: string) => {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

describe("the end-of-life table", () => {
  it("says when it was compiled", () => expect(isDay(COMPILED)).toBe(true));

  for (const [key, product] of Object.entries(PRODUCTS)) {
    describe(key, () => {
      it("names its source", () => expect(product.source.length).toBeGreaterThan(10));
      it("has valid dates", () => {
        for (const r of product.lines) if (r.eol !== null) expect(isDay(r.eol), `${key} ${r.line}: ${r.eol}`).toBe(true);
      });
      it("lists its lines oldest first, each once", () => {
        const lines = product.lines.map((r) => r.line);
        expect(lines.every((l) => /^\d+(\.\d+)?$/.test(l)), lines.join(" ")).toBe(true);
        expect([...lines].sort(compare)).toEqual(lines);
        expect(new Set(lines).size).toBe(lines.length);
      });
      it("gives each tag name to one line", () => {
        const names = product.lines.flatMap((r) => r.names ?? []);
        expect(new Set(names).size).toBe(names.length);
        for (const name of names) expect(product.lines.map((r) => r.line)).not.toContain(name);
      });
    });
  }

  it("maps a version to its longest line", () => {
    expect(lineOf("python", "3.10.2")?.release.line).toBe("3.10");
    expect(lineOf("python", "3.1")).toBeNull();
    expect(lineOf("debian", "buster")?.release.line).toBe("10");
    expect(lineOf("postgres", "9.6.24")?.release.line).toBe("9.6");
    expect(lineOf("postgres", "12.4")?.release.line).toBe("12");
  });
});
