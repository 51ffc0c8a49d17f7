// Reports what the Compose Specification's schema refuses: an unknown attribute (a typo such as
// `depend_on`), a value of the wrong type or out of its set, at the key or value it is about.
import type { ComposeRule } from "../src/engine/rule.js";
import { checkSchema } from "../src/compose/schema-check.js";
import type { YamlMap } from "../src/compose/yaml-tree.js";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A Compose file that the Compose Specification's JSON schema refuses: an unknown attribute, or a value of the wrong type or form.",
      rationale:
        "`docker compose` checks every file against the Compose Specification's schema and refuses one that fails: " +
        "`services.web Additional property depend_on is not allowed`. A misspelt attribute in an override file, or one " +
        "that a newer Compose added, fails only on the machine that runs it. The first problem is reported, at the key " +
        "or value it is about, with its path; services written at the top level (Compose file format 1, which " +
        "`docker compose` no longer reads) are said to be that. Values are checked after interpolation with `.env`; one that needs a " +
        "variable of unknown value is not judged. The schema is the Compose Specification's, vendored with its licence " +
        "(src/compose/schema).",
      examples: {
        valid: ["services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:16.4\n"],
        invalid: [
          "services:\n  web:\n    image: nginx:1.27\n    depend_on: [db]\n",
          "services:\n  web:\n    image: nginx:1.27\n    ports: 8080\n",
          "web:\n  image: nginx:1.27\n  ports:\n    - 8080:80\n",
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      unknownKey: "`{{path}}`: `{{key}}` is not a Compose attribute here; Compose refuses the file.",
      legacyFormat:
        "`{{key}}` at the top level is a service written in Compose file format 1, which `docker compose` refuses: put the services under `services:`.",
      invalid: "`{{path}}` {{problem}}; Compose refuses the file.",
    },
    schema: [],
  },
  create(context) {
    return {
      ComposeFile() {
        const { problems, root } = context.sourceCode.project.parsed;
        if (problems.length || root?.type !== "YamlMap") return; // compose-syntax says why
        const problem = checkSchema(root);
        if (!problem) return;
        if (problem.unknownKey !== null && problem.path === problem.unknownKey && isLegacyService(root, problem.unknownKey)) {
          context.report({ node: problem.node, messageId: "legacyFormat", data: { key: problem.unknownKey } });
        } else if (problem.unknownKey !== null) context.report({ node: problem.node, messageId: "unknownKey", data: { path: problem.path, key: problem.unknownKey } });
        else context.report({ node: problem.node, messageId: "invalid", data: { path: problem.path, problem: problem.message } });
      },
    };
  },
};

/** A top-level key holding what a service holds (`image:` or `build:`): Compose file format 1, where services were the top level. */
function isLegacyService(root: YamlMap, key: string): boolean {
  const value = root.pairs.find((pair) => pair.key.written === key)?.value;
  return value?.type === "YamlMap" && value.pairs.some((pair) => pair.key.written === "image" || pair.key.written === "build");
}

export default rule;
