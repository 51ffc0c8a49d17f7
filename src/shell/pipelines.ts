// The pipelines (`a | b`) of a parsed shell script, found from the `|` characters of its text
// rather than by visiting every node of the tree: most of a script is not a pipeline, and each
// node visited costs a crossing from WebAssembly.
import type { Node as TSNode } from "web-tree-sitter";
import type { ShellScript } from "./find-commands.js";

export interface Pipeline {
  node: TSNode;
  /** Its first `|` or `|&`. */
  pipe: TSNode;
}

const cache = new WeakMap<ShellScript, Pipeline[]>();

/**
 * The pipelines of a script, outer before inner and otherwise in document order (the order of
 * `root.descendantsOfType("pipeline")`). `text` is the Dockerfile: a script's text is the
 * Dockerfile's at `script.offset`, with only spaces in place of line continuations and comments.
 */
export function pipelinesOf(script: ShellScript, text: string): Pipeline[] {
  let pipelines = cache.get(script);
  if (pipelines) return pipelines;
  const { root, offset } = script;
  const found = new Map<number, Pipeline>();
  const end = offset + root.endIndex;
  for (let at = text.indexOf("|", offset + root.startIndex); at >= 0 && at < end; at = text.indexOf("|", at + 1)) {
    // `|` of a pipe; `||`, and `|` in a word, a string or a comment, are other nodes
    const token = root.descendantForIndex(at - offset, at - offset + 1);
    if (token?.type !== "|" && token?.type !== "|&") continue;
    const node = token.parent;
    // the characters are visited in order: the first pipe found of a pipeline is its first
    if (node?.type === "pipeline" && !found.has(node.id)) found.set(node.id, { node, pipe: token });
  }
  pipelines = [...found.values()].sort((a, b) => a.node.startIndex - b.node.startIndex || b.node.endIndex - a.node.endIndex);
  cache.set(script, pipelines);
  return pipelines;
}
