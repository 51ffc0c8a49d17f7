// Reports a Compose file that is not valid YAML: the first problem the YAML parser finds, at its place.
import type { ComposeRule } from "../src/engine/rule.js";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A Compose file that is not valid YAML, or whose top level is not a mapping.",
      rationale:
        "`docker compose` refuses a file it cannot parse, and nothing else in it can be checked: no other Compose " +
        "rule reports on a file with a syntax problem it cannot read. The first problem is reported, at its line and " +
        "column, as Compose stops at the first too.",
      examples: {
        valid: ["services:\n  web:\n    image: nginx:1.27\n"],
        invalid: ["services:\n  web:\n    image: nginx:1.27\n   ports: [80]\n", "services:\n  web: {image: a, image: b}\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      yaml: "Not valid YAML: {{problem}}.",
      notMapping: "A Compose file is a mapping (`services:`, `volumes:`, ...) at its top level.",
    },
    schema: [],
  },
  create(context) {
    return {
      ComposeFile() {
        const { problems, root } = context.sourceCode.project.parsed;
        const first = problems[0];
        if (first) {
          const problem = first.message.replace(/\.$/, "");
          context.report({ loc: context.sourceCode.locOf(first.range), messageId: "yaml", data: { problem } });
        } else if (root && root.type !== "YamlMap") context.report({ node: root, messageId: "notMapping" });
      },
    };
  },
};

export default rule;
