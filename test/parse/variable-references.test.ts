import { describe, expect, it } from "vitest";
import { closestName, editDistance, variableReferences } from "../../src/parse/variable-references.js";
import { LIMITS, TooComplex } from "../../src/parse/limits.js";

describe("variableReferences", () => {
  it("finds $NAME and ${NAME...}, outside single quotes and escapes, and marks guarded forms", () => {
    const text = `a $ONE "\${TWO:-x}" '$NOT' \\$NOT \${THREE} \${name:word} \${FOUR+y}`;
    expect(variableReferences(text, "\\").map((r) => [r.name, text.indexOf(r.name, r.start) - r.start, r.guarded])).toEqual([
      ["ONE", 1, false], // `$` then the name
      ["TWO", 2, true], // `${` then the name
      ["THREE", 2, false],
      ["FOUR", 2, true],
    ]);
  });
});

describe("closestName", () => {
  it("counts a swap of neighbours as one edit and only suggests names close enough", () => {
    expect(editDistance("PAHT", "PATH")).toBe(1);
    expect(closestName("PAHT", ["PATH", "HOME"])).toBe("PATH");
    expect(closestName("BUILDPLATFROM", ["BUILDPLATFORM", "TARGETOS"])).toBe("BUILDPLATFORM");
    expect(closestName("ABC", ["XYZ"])).toBeNull();
  });

  it("measures insertions, deletions and swaps between words of different lengths", () => {
    expect(editDistance("", "ABC")).toBe(3);
    expect(editDistance("KITTEN", "SITTING")).toBe(3);
    expect(editDistance("CA", "ABC")).toBe(3); // a swapped pair is not edited again
    expect(editDistance("ABCD", "BADC")).toBe(2);
  });

  it("ignores case and prefers the first of equally close names", () => {
    expect(closestName("app_hmoe", ["APP_HOME"])).toBe("APP_HOME");
    expect(closestName("VERSOIN", ["VERSIONS", "VERSION"])).toBe("VERSION");
    expect(closestName("NODE_VERSON", ["NODE_VERSIONS", "NODE_VERSION_"])).toBe("NODE_VERSIONS");
    expect(closestName("APP", ["APPLE"])).toBeNull();
  });
});

describe("a limit on references, for texts of megabytes", () => {
  it(`past ${LIMITS.variableReferences} references in one text: TooComplex at the first one past it, as a Dockerfile offset`, () => {
    const text = "$a".repeat(LIMITS.variableReferences + 1);
    expect(variableReferences(text.slice(2), "\\", 10)).toHaveLength(LIMITS.variableReferences);
    let thrown: unknown;
    try {
      variableReferences(text, "\\", 10);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TooComplex);
    expect(thrown).toMatchObject({ message: `more than ${LIMITS.variableReferences} variable references in one argument`, offset: 10 + 2 * LIMITS.variableReferences });
  });
});
