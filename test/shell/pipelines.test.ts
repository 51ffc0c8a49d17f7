import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { pipelinesOf } from "../../src/shell/pipelines.js";

beforeAll(async () => {
  await loadShellParser();
});

/** For each script of the RUN: its pipelines as Dockerfile text, found by pipelinesOf and by a walk of the whole tree. */
function pipelines(run: string): { found: string[][]; walked: string[][] } {
  const text = `FROM alpine:3.20\n${run}\n`;
  const { source, document } = parseDockerfile(text);
  const code = new DockerfileSourceCode(source, document);
  const scripts = code.scriptsOf(document.instructions[1]);
  const asText = (offset: number, nodes: { startIndex: number; endIndex: number }[]) =>
    nodes.map((n) => text.slice(offset + n.startIndex, offset + n.endIndex));
  const found = scripts.map((s) => asText(s.offset, pipelinesOf(s, text).map((p) => p.node)));
  const pipes = scripts.map((s) => asText(s.offset, pipelinesOf(s, text).map((p) => p.pipe)));
  const firstPipes = scripts.map((s) =>
    asText(s.offset, s.root.descendantsOfType("pipeline").map((n) => n!.children.find((c) => c!.type === "|" || c!.type === "|&")!)),
  );
  expect(pipes).toEqual(firstPipes);
  const walked = scripts.map((s) => asText(s.offset, s.root.descendantsOfType("pipeline").filter((n) => n !== null)));
  code.dispose();
  return { found, walked };
}

describe("pipelinesOf", () => {
  it.each([
    ["one pipe", "RUN a | b && c", [["a | b"]]],
    ["a chain of pipes and |&", "RUN a | b |& c", [["a | b |& c"]]],
    ["a pipeline inside a substitution of another", "RUN x=$(a | b) && c \"$(d | e)\" | f", [["a | b", "c \"$(d | e)\" | f", "d | e"]]],
    ["pipes in a subshell and a loop", "RUN (a | b) && for i in 1; do c | d; done", [["a | b", "c | d"]]],
    ["|| and | in words, strings and comments are not pipes", "RUN a || b && echo 'x|y' \"|\" z\\| && grep -E 'a|b' f", [[]]],
    ["across a line continuation", "RUN a \\\n    | b", [["a \\\n    | b"]]],
    ["the script of sh -c", "RUN sh -c 'a | b' && c | d", [["c | d"], ["a | b"]]],
    ["a heredoc script", "RUN <<EOF\na | b\nc\nEOF", [["a | b"]]],
    ["no pipe at all", "RUN apk add --no-cache curl", [[]]],
  ])("%s", (_, run, expected) => {
    const { found, walked } = pipelines(run);
    expect(found).toEqual(expected);
    expect(found).toEqual(walked);
  });
});
