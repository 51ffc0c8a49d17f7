// The ESLint plugin loads tree-sitter-bash synchronously (no top-level await, so that CommonJS can
// require() it): the parser must be ready when loadShellParserSync returns, with nothing awaited.
import { expect, it } from "vitest";
import { isShellParserLoaded, loadShellParser, loadShellParserSync, parseBash } from "../../src/shell/bash-parser.js";

it("has the parser ready when it returns, and the asynchronous loader then finds it loaded", async () => {
  expect(isShellParserLoaded()).toBe(false);
  loadShellParserSync();
  expect(isShellParserLoaded()).toBe(true);
  const tree = parseBash("for i in 1 2; do echo $((i + 1)); done | tee log")!;
  expect(tree.rootNode.toString()).toBe(
    "(program (pipeline (for_statement variable: (variable_name) value: (number) value: (number) body: (do_group (command name: (command_name (word)) " +
      "argument: (arithmetic_expansion (binary_expression left: (variable_name) right: (number)))))) (command name: (command_name (word)) argument: (word))))",
  );
  tree.delete();
  await loadShellParser();
  expect(isShellParserLoaded()).toBe(true);
});
