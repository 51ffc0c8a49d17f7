// Flags the top-level `version:` of a Compose file: Compose ignores it and warns that it is obsolete.
import type { ComposeRule } from "../src/engine/rule.js";
import { pairOf } from "../src/compose/yaml-tree.js";

const rule: ComposeRule = {
  meta: {
    type: "suggestion",
    language: "compose",
    docs: {
      description: "A top-level `version:` in a Compose file.",
      rationale:
        "The Compose Specification has no version: `docker compose` reads every file by the latest schema whatever " +
        "`version:` says, and warns that the attribute is obsolete. A `version: \"2.4\"` or `\"3.8\"` suggests limits " +
        "and features that no longer apply, and readers pick their documentation by it.",
      examples: {
        valid: ["services:\n  web:\n    image: nginx:1.27\n"],
        invalid: ['version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n'],
      },
      fixSafety: "Safe: Compose ignores the attribute, so removing its line changes nothing it does.",
      recommended: true,
    },
    aliases: ["no-version-field"],
    defaultLevel: "warning",
    fixable: "code",
    messages: { obsolete: "`version:` is obsolete: Compose ignores it (and warns). Remove it." },
    schema: [],
  },
  create(context) {
    return {
      ComposeFile() {
        const root = context.sourceCode.project.parsed.root;
        const version = pairOf(root ?? undefined, "version");
        if (!version || !context.sourceCode.isHere(version.key)) return;
        const { text, source } = context.sourceCode;
        // the whole line when the attribute has it to itself (block style, at the left margin)
        const lineStart = source.lineStarts[version.key.loc.start.line - 1];
        const endLine = version.value.loc.end.line;
        const nextLine = endLine < source.lineStarts.length ? source.lineStarts[endLine] : text.length;
        const ownLines = version.key.range[0] === lineStart && /^[ \t]*(#.*)?(\r\n|\r|\n)?$/.test(text.slice(version.value.range[1], nextLine));
        context.report({
          loc: { start: version.key.loc.start, end: version.value.loc.end },
          messageId: "obsolete",
          fix: ownLines ? (fixer) => fixer.removeRange([lineStart, nextLine]) : null,
        });
      },
    };
  },
};

export default rule;
