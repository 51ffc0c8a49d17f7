// Goes through a shell syntax tree without recursion: trees can be thousands of levels deep (a
// long `a && b && ...` chain nests one level per command) and a recursive walk would overflow.
import type { Node as TSNode } from "web-tree-sitter";

/** `root` and every node under it, parents before children, in document order. */
export function* treeNodes(root: TSNode, { named = false } = {}): Generator<TSNode> {
  const stack: TSNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    // the whole list in one call: child(i) walks from the first child, so asking for each is quadratic
    const children = named ? node.namedChildren : node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}
