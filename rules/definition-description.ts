// Style: the comment right above a named stage or an ARG is its description, `# <name> <description>`.
import type { Rule } from "../src/engine/rule.js";
import type { Comment, Instruction } from "../src/parse/model.js";

/** Comments that are pragmas for a linter, not descriptions. */
const pragma = /^(?:hadolint\s|docklint-|check\s*=)/;

const rule: Rule = {
  meta: {
    type: "layout",
    docs: {
      description: "Comment right above a named FROM or an ARG that does not start with the stage or ARG name.",
      rationale:
        "Tools read the comment block right above `FROM ... AS <name>` and `ARG <name>` as the description of the " +
        "stage or build argument (`docker buildx build --call outline` lists them). The description starts with " +
        "the name it describes: `# VERSION the release to install`. A comment that is not a description " +
        "should be separated from the instruction by an empty line, or by an empty `#` line, which ends the " +
        "comment block as an empty line does.",
      examples: {
        valid: [
          "# base is a stage for compiling source\nFROM scratch AS base\n",
          '# VERSION is the version number\nARG VERSION="1.0"\n',
          "# unrelated note\n\nFROM scratch AS base\n",
        ],
        invalid: ["# a non-descriptive comment\nFROM scratch AS base\n", '# another non-descriptive comment\nARG VERSION="1.0"\n'],
      },
      differences:
        "Linter pragmas (`# hadolint ...`, `# docklint-...`, `# check=...`) right above are not descriptions and are " +
        "skipped, and the name may start either the first or the last line of a comment block. Stage names are " +
        "compared ignoring case, as Docker does.",
      recommended: false,
    },
    aliases: ["InvalidDefinitionDescription"],
    defaultLevel: "style",
    messages: {
      format: "A comment right above {{instruction}} describes it: write `# {{name}} <description>`, or separate the comment with an empty line.",
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    const byLine = new Map<number, Comment>();
    for (const c of source.ast.comments) byLine.set(c.loc.start.line, c);

    /** The comments on the lines right above `node`, top to bottom; an empty `#` line ends the block, as in BuildKit. */
    function block(node: Instruction): Comment[] {
      const lines: Comment[] = [];
      for (let line = node.loc.start.line - 1; byLine.has(line); line--) {
        const comment = byLine.get(line)!;
        if (!comment.value.trim()) break;
        lines.unshift(comment);
      }
      return lines;
    }

    function check(node: Instruction, names: string[], instruction: string, ignoreCase: boolean): void {
      const comments = block(node).filter((c) => !pragma.test(c.value));
      if (!comments.length || !names.length) return;
      const firstWord = (c: Comment) => {
        const word = c.value.split(/\s+/)[0];
        return ignoreCase ? word.toLowerCase() : word;
      };
      const wanted = names.map((n) => (ignoreCase ? n.toLowerCase() : n));
      if ([comments[0], comments[comments.length - 1]].some((c) => wanted.includes(firstWord(c)))) return;
      const name = names.length > 1 ? "<arg_key>" : names[0];
      context.report({ loc: comments[comments.length - 1].loc, messageId: "format", data: { instruction, name } });
    }

    return {
      From(node) {
        if (!node.isTrigger && node.stageName) check(node, [node.stageName.value], `stage \`${node.stageName.value}\``, true);
      },
      Arg(node) {
        if (!node.isTrigger) check(node, node.pairs.map((p) => p.key.value), "ARG", false);
      },
    };
  },
};

export default rule;
