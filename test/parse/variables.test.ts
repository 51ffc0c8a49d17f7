import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { substitute, Variables } from "../../src/parse/variables.js";
import type * as m from "../../src/parse/model.js";

function setup(text: string) {
  const { document } = parseDockerfile(text);
  const variables = new Variables(document);
  const at = (n: number): m.Instruction => document.instructions[n];
  return { document, variables, at };
}

describe("Variables", () => {
  it("resolves global ARG defaults in FROM", () => {
    const { variables, at } = setup("ARG BASE=alpine\nARG TAG=3.20\nFROM ${BASE}:$TAG\n");
    expect(variables.resolve("${BASE}:$TAG", at(2))).toMatchObject({ value: "alpine:3.20", unresolved: [] });
  });

  it("does not show global ARGs inside a stage until re-declared, then takes the global default", () => {
    const { variables, at } = setup("ARG V=1.2\nFROM a\nRUN echo $V\nARG V\nRUN echo $V\n");
    expect(variables.resolve("$V", at(2))).toMatchObject({ value: "$V", unresolved: ["V"] });
    expect(variables.lookup("V", at(2))).toBeUndefined();
    expect(variables.resolve("$V", at(4))).toMatchObject({ value: "1.2", unresolved: [] });
  });

  it("lets a stage ARG default override the global one", () => {
    const { variables, at } = setup("ARG V=1\nFROM a\nARG V=2\nRUN x\n");
    expect(variables.lookup("V", at(3))).toBe("2");
  });

  it("keeps an ARG without any default unknown", () => {
    const { variables, at } = setup("FROM a\nARG TOKEN\nRUN x\n");
    expect(variables.isDeclared("TOKEN", at(2))).toBe(true);
    expect(variables.lookup("TOKEN", at(2))).toBeNull();
    expect(variables.resolve("t=$TOKEN", at(2))).toMatchObject({ value: "t=$TOKEN", unresolved: ["TOKEN"] });
  });

  it("inherits ENV and ARG through FROM <stage>, as BuildKit passes a parent stage's args down", () => {
    const { variables, at } = setup("ARG G=g\nFROM a AS base\nENV HOME_DIR=/srv\nARG MODE=dev\nARG G\nFROM base AS mid\nARG MODE=prod\nFROM mid\nRUN x\n");
    expect(variables.lookup("HOME_DIR", at(8))).toBe("/srv");
    expect(variables.lookup("MODE", at(6))).toBe("dev");
    // the nearest stage's value wins; a re-declared global keeps its value down the line
    expect(variables.lookup("MODE", at(8))).toBe("prod");
    expect(variables.lookup("G", at(8))).toBe("g");
  });

  it("does not carry ENV into a stage built from an image", () => {
    const { variables, at } = setup("FROM a\nENV X=1\nFROM b\nRUN x\n");
    expect(variables.lookup("X", at(3))).toBeUndefined();
  });

  it("reads ENV values in the scope before the instruction (a pair does not see earlier pairs)", () => {
    const { variables, at } = setup("FROM a\nENV A=1\nENV A=2 B=$A\nRUN x\n");
    expect(variables.lookup("B", at(3))).toBe("1");
    expect(variables.lookup("A", at(3))).toBe("2");
  });

  it("uses ENV from the same stage in later instructions", () => {
    const { variables, at } = setup("FROM a\nENV DIR=/opt\nENV BIN=$DIR/bin\nRUN x\n");
    expect(variables.resolve("${BIN}/tool", at(3))).toMatchObject({ value: "/opt/bin/tool", unresolved: [] });
  });

  it("knows BuildKit's automatic platform args but not their values", () => {
    const { variables, at } = setup("FROM a\nRUN x\n");
    expect(variables.isDeclared("TARGETARCH", at(1))).toBe(true);
    expect(variables.resolve("$TARGETARCH", at(1)).unresolved).toEqual(["TARGETARCH"]);
  });

  it("gives the same scope to an ONBUILD trigger as to its ONBUILD", () => {
    const { variables, document } = setup("FROM a\nENV P=/x\nONBUILD RUN echo $P\n");
    const trigger = (document.instructions[2] as m.Onbuild).trigger!;
    expect(variables.resolve("$P", trigger).value).toBe("/x");
  });
});

describe("substitute", () => {
  const scope = new Map<string, string | null>([
    ["SET", "v"],
    ["EMPTY", ""],
    ["UNKNOWN", null],
  ]);
  const cases: [string, string, string[]][] = [
    ["$SET-${SET}", "v-v", []],
    ["${SET:-d}|${EMPTY:-d}|${MISSING:-d}", "v|d|d", []],
    ["${SET-d}|${EMPTY-d}|${MISSING-d}", "v||d", []],
    ["${SET:+a}|${EMPTY:+a}|${MISSING:+a}", "a||", []],
    ["${SET+a}|${EMPTY+a}|${MISSING+a}", "a|a|", []],
    ["${SET:?need it}", "v", []],
    ["${MISSING:?need it}", "${MISSING:?need it}", ["MISSING"]],
    ["${MISSING:-$SET}", "v", []],
    ["\\$SET and \\${SET}", "$SET and ${SET}", []],
    ["$MISSING", "$MISSING", ["MISSING"]],
    ["$UNKNOWN/${UNKNOWN}", "$UNKNOWN/${UNKNOWN}", ["UNKNOWN", "UNKNOWN"]],
    ["${UNKNOWN:-d}", "${UNKNOWN:-d}", ["UNKNOWN"]],
    ["${SET%.*}", "${SET%.*}", ["SET"]],
    ["cost: $5 and $", "cost: $5 and $", []],
    ["${unterminated", "${unterminated", []],
  ];
  it.each(cases)("%s -> %s", (text, value, unresolved) => {
    const result = substitute(text, scope);
    expect(result.value).toBe(value);
    expect(result.unresolved).toEqual(unresolved);
    expect(result.known).toBe(unresolved.length ? null : value);
  });

  it("uses the file's escape character", () => {
    expect(substitute("`$SET", scope, "`").value).toBe("$SET");
    expect(substitute("\\$SET", scope, "`").value).toBe("\\v");
  });
});

describe("stages named through global ARGs", () => {
  it("FROM ${STAGE} inherits from the stage the ARG names", () => {
    const { document } = parseDockerfile("ARG STAGE=base\nFROM debian:12 AS base\nENV A=1\nFROM ${STAGE}\nRUN true\n");
    expect(document.stages.map((s) => s.parent)).toEqual([null, 0]);
    const variables = new Variables(document);
    expect(variables.lookup("A", document.stages[1].instructions[1])).toBe("1");
  });

  it("an ARG declared inside a stage does not name the next stage's parent", () => {
    const { document } = parseDockerfile("FROM debian:12 AS base\nARG STAGE=base\nFROM ${STAGE}\n");
    expect(document.stages[1].parent).toBeNull();
  });
});

describe("stage names from global ARGs", () => {
  it("`AS ${NAME}` is named by the ARG's value, and FROM ${NAME} links to it", () => {
    const { document } = parseDockerfile("ARG X=Build\nFROM alpine:3 AS ${X}\nFROM ${X}\n");
    expect(document.stages.map((s) => [s.name, s.parent])).toEqual([
      ["build", null],
      [null, 0],
    ]);
  });
});
