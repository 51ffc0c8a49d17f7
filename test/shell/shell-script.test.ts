// TreeScript reads shell structure from tree-sitter's tree with as few nodes as it can; each
// structure must be what a walk of the whole tree finds.
import { beforeAll, describe, expect, it } from "vitest";
import type { Node as TSNode } from "web-tree-sitter";
import { loadShellParser, parseBash } from "../../src/shell/bash-parser.js";
import { TreeScript } from "../../src/shell/shell-script.js";

beforeAll(() => loadShellParser());

const OFFSET = 100;

/** The pipelines of a script as TreeScript gives them, and as a walk of every node finds them. */
function pipelines(script: string) {
  const tree = parseBash(script)!;
  const range = (n: TSNode): [number, number] => [OFFSET + n.startIndex, OFFSET + n.endIndex];
  const walked = tree.rootNode.descendantsOfType("pipeline").map((p) => ({
    stages: p!.namedChildren.map((c) => ({ range: range(c!), name: c!.type === "command" ? (c!.childForFieldName("name")?.text ?? null) : null })),
    pipes: p!.children.filter((c) => c!.type === "|" || c!.type === "|&").map((c) => range(c!)),
  }));
  const found = new TreeScript(tree.rootNode, script, OFFSET, []).pipelines;
  tree.delete();
  return { found, walked, text: found.map((p) => script.slice(p.stages[0].range[0] - OFFSET, p.stages[p.stages.length - 1].range[1] - OFFSET)) };
}

describe("TreeScript.pipelines", () => {
  it.each([
    ["one pipe", "a | b && c", ["a | b"]],
    ["a chain of pipes and |&", "a | b |& c", ["a | b |& c"]],
    ["a pipeline inside a substitution of another", 'x=$(a | b) && c "$(d | e)" | f', ["a | b", 'c "$(d | e)" | f', "d | e"]],
    ["pipes in a subshell and a loop", "(a | b) && for i in 1; do c | d; done", ["a | b", "c | d"]],
    ["|| and | in words, strings, patterns and comments are not pipes", "a || b && echo 'x|y' \"|\" z\\| && case $x in a|b) c;; esac # d | e", []],
    ["across a line continuation", "a \\\n    | b", ["a \\\n    | b"]],
    ["a function (which only tree-sitter reads)", "f() { a | b; }; f | c", ["a | b", "f | c"]],
    ["no pipe at all", "apk add --no-cache curl", []],
  ])("%s", (_, script, expected) => {
    const { found, walked, text } = pipelines(script);
    expect(text).toEqual(expected);
    expect(found).toEqual(walked);
  });
});

/** The background statements as TreeScript gives them, and as a walk of every node's children finds them. */
function background(script: string) {
  const tree = parseBash(script)!;
  const walked: [number, number][] = [];
  const stack: TSNode[] = [tree.rootNode];
  while (stack.length) {
    const node = stack.pop()!;
    const children = node.children.filter((c): c is TSNode => c !== null);
    children.forEach((child, i) => {
      if (children[i + 1]?.type === "&") walked.push([OFFSET + child.startIndex, OFFSET + child.endIndex]);
    });
    stack.push(...children);
  }
  walked.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const found = new TreeScript(tree.rootNode, script, OFFSET, []).background;
  tree.delete();
  return { found, walked, text: found.map(([start, end]) => script.slice(start - OFFSET, end - OFFSET)) };
}

describe("TreeScript.background", () => {
  it.each([
    ["one job", "server & sleep 1", ["server"]],
    ["a list and a subshell", "a && b & (c & d) & wait", ["a && b", "(c & d)", "c"]],
    ["&& |& &> >& and & in words, strings and comments are no jobs", "a && b |& c &> f 2>&1 'x & y' \"&\" z\\& # d & e", []],
    ["in a function and a loop", "f() { a & }; for i in 1; do b & done", ["a", "b"]],
    ["broken shell", "a & ${ ${ & b", expect.any(Array)],
  ])("%s", (_, script, expected) => {
    const { found, walked, text } = background(script);
    expect(text).toEqual(expected);
    expect(found).toEqual(walked);
  });
});
