// Flags a name in a Compose file's `# docklint-disable…` comment that is no rule or alias: the twin of
// pragma-known-rule for YAML, so a misspelt suppression does not go unnoticed there either.
import type { ComposeRule } from "../src/engine/rule.js";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A `# docklint-disable…` comment in a Compose file names what is no docklint rule or alias.",
      rationale:
        "A pragma that names an unknown rule switches nothing off: usually the name is misspelt, and the finding it " +
        "was written for is either still reported (and the pragma looks broken) or was fixed long ago (and the pragma " +
        "is dead). pragma-known-rule checks the pragmas of Dockerfiles; this rule checks those of Compose files.",
      examples: {
        valid: ["services:\n  db:\n    # docklint-disable-next-line compose-image-tag -- pinned by the registry mirror\n    image: postgres\n"],
        invalid: ["services:\n  db:\n    # docklint-disable-next-line compose-image-tags\n    image: postgres\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      unknown: "`{{name}}` is no docklint rule or alias, so this pragma switches nothing off for it (docklint --list-rules lists the rules).",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ComposeFile() {
        for (const { name, range } of sourceCode.pragmas?.unknownNames ?? []) {
          context.report({ loc: sourceCode.locOf(range), messageId: "unknown", data: { name } });
        }
      },
    };
  },
};

export default rule;
