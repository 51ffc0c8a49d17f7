import { describe, expect, it } from "vitest";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { parseDockerfile } from "../../src/parse/parse.js";

function sourceCodeOf(text: string) {
  const { source, document } = parseDockerfile(text);
  return new DockerfileSourceCode(source, document);
}

describe("DockerfileSourceCode.remember", () => {
  it("works a node's answer out once per key, and a file's answers are its own", () => {
    const sourceCode = sourceCodeOf("FROM x\nRUN a\nRUN b\n");
    const [, a, b] = sourceCode.ast.stages[0].instructions;
    const [first, second] = [Symbol("first"), Symbol("second")];
    const asked: string[] = [];
    const read = (node: typeof a, key: symbol) =>
      sourceCode.remember(node, key, () => {
        asked.push(`${node.keyword} ${node.range[0]} ${key.description}`);
        return node.range[0];
      });
    expect([read(a, first), read(a, first), read(b, first), read(a, second)]).toEqual([7, 7, 13, 7]);
    expect(asked).toEqual(["RUN 7 first", "RUN 13 first", "RUN 7 second"]);
    expect(sourceCodeOf("FROM x\nRUN a\nRUN b\n").remember(a, first, () => "again")).toBe("again");
  });

  it("keeps an undefined answer as an answer", () => {
    const sourceCode = sourceCodeOf("FROM x\n");
    let computed = 0;
    const read = () => sourceCode.remember(sourceCode.ast, Symbol.for("undefined"), () => void computed++);
    read();
    read();
    expect(computed).toBe(1);
  });
});
