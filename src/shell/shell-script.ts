// One piece of parsed shell code (a RUN's text, a heredoc body, a `sh -c` script) and the
// structure rules read beyond its simple commands: pipelines, background jobs, child shells and
// the syntax that changes the shell's own state. Ranges are Dockerfile offsets.
import type { Node as TSNode } from "web-tree-sitter";
import type { Range } from "../source/source.js";
import { treeNodes } from "./tree-nodes.js";

export interface ShellScript {
  /** Where the script starts in the Dockerfile. */
  offset: number;
  /** Empty for the instruction's own shell; `["sh"]` for the script of `sh -c '...'`. */
  wrappers: string[];
  /** False when the parser had to recover from a syntax error. */
  readonly valid: boolean;
  /** Every pipeline (`a | b`), nested ones too, in document order. */
  readonly pipelines: readonly Pipeline[];
  /** Statements run in the background (`stmt &`). */
  readonly background: readonly Range[];
  /** Code run in a child shell: `( )`, `$( )`, backticks, `<( )`. */
  readonly childShells: readonly Range[];
  /** Syntax beyond commands that leaves state in the shell (a loop leaves its variable set), or that is a comment. */
  readonly constructs: ReadonlySet<ShellConstruct>;
}

export interface Pipeline {
  stages: PipelineStage[];
  /** The `|` and `|&` operators, in order. */
  pipes: Range[];
}

export interface PipelineStage {
  range: Range;
  /** The command name as written, when the stage is one simple command without redirects. */
  name: string | null;
}

/** `export`/`declare`/`local`/`readonly`/`unset`, functions, `for` loops, comments, `A=1` alone. */
export type ShellConstruct = "declaration" | "function" | "for-loop" | "comment" | "bare-assignment";

const CONSTRUCT_BY_NODE: Record<string, ShellConstruct> = {
  declaration_command: "declaration",
  unset_command: "declaration",
  function_definition: "function",
  for_statement: "for-loop",
  c_style_for_statement: "for-loop",
  comment: "comment",
};
const CHILD_SHELL_NODES = ["subshell", "command_substitution", "process_substitution"];

/** A script parsed by tree-sitter-bash: each structure is read from the tree when first asked for. */
export class TreeScript implements ShellScript {
  private cache: { pipelines?: Pipeline[]; background?: Range[]; childShells?: Range[]; constructs?: Set<ShellConstruct> } = {};

  constructor(
    private readonly root: TSNode,
    /** The script's text, as parsed into `root`. */
    private readonly text: string,
    readonly offset: number,
    readonly wrappers: string[],
  ) {}

  get valid(): boolean {
    return !this.root.hasError;
  }

  get pipelines(): Pipeline[] {
    return (this.cache.pipelines ??= this.pipelineNodes().map((pipeline) => {
      const stages: PipelineStage[] = [];
      const pipes: Range[] = [];
      for (const child of pipeline.children) {
        if (!child) continue;
        if (child.type === "|" || child.type === "|&") pipes.push(this.rangeOf(child));
        else if (child.isNamed) {
          const name = child.type === "command" ? (child.childForFieldName("name")?.text ?? null) : null;
          stages.push({ range: this.rangeOf(child), name });
        }
      }
      return { stages, pipes };
    }));
  }

  /**
   * The pipeline nodes, outer before inner and otherwise in document order, found from the `|`
   * characters of the text: most of a script is no pipeline, and each node visited costs a
   * crossing from WebAssembly.
   */
  private pipelineNodes(): TSNode[] {
    const found = new Map<number, TSNode>();
    for (let at = this.text.indexOf("|"); at >= 0; at = this.text.indexOf("|", at + 1)) {
      // `||`, and `|` in a word, a string or a comment, are other nodes
      const token = this.root.descendantForIndex(at, at + 1);
      if (token?.type !== "|" && token?.type !== "|&") continue;
      const node = token.parent;
      if (node?.type === "pipeline" && !found.has(node.id)) found.set(node.id, node);
    }
    return [...found.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  }

  /**
   * Found from the `&` characters of the text, as the pipelines are: going through every node's
   * children took half a second on 100 KB of broken shell, most of it crossing from WebAssembly.
   */
  get background(): Range[] {
    if (!this.cache.background) {
      const statements: TSNode[] = [];
      for (let at = this.text.indexOf("&"); at >= 0; at = this.text.indexOf("&", at + 1)) {
        // `&&`, `&>`, `>&`, `|&`, and `&` in a word, a string or a comment, are other nodes
        const token = this.root.descendantForIndex(at, at + 1);
        const statement = token?.type === "&" ? token.previousSibling : null;
        if (statement) statements.push(statement);
      }
      statements.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
      this.cache.background = statements.map((s) => this.rangeOf(s));
    }
    return this.cache.background;
  }

  get childShells(): Range[] {
    return (this.cache.childShells ??= this.root
      .descendantsOfType(CHILD_SHELL_NODES)
      .flatMap((n) => (n ? [this.rangeOf(n)] : [])));
  }

  get constructs(): Set<ShellConstruct> {
    if (!this.cache.constructs) {
      const found = new Set<ShellConstruct>();
      for (const node of treeNodes(this.root, { named: true })) {
        const construct = CONSTRUCT_BY_NODE[node.type];
        if (construct) found.add(construct);
        else if (node.type === "variable_assignment" && node.parent?.type !== "command") found.add("bare-assignment");
      }
      this.cache.constructs = found;
    }
    return this.cache.constructs;
  }

  private rangeOf(node: TSNode): Range {
    return [this.offset + node.startIndex, this.offset + node.endIndex];
  }
}
