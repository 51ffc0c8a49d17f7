// Flags LABEL keys outside Docker's key format: lower-case reverse-DNS, no reserved Docker namespaces.
import type { Rule } from "../src/engine/rule.js";

const RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];

/** Why a key is invalid (a message id), or null when it is fine. Checks in the order a reader fixes them. */
function problemOf(key: string): string | null {
  if (RESERVED.some((ns) => key.startsWith(ns))) return "reserved";
  if (/[^a-z0-9.-]/.test(key)) return "characters";
  if (!/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key)) return "edges";
  if (key.includes("..") || key.includes("--")) return "separators";
  return null;
}

const rule: Rule = {
  meta: {
    type: "layout",
    docs: {
      description: "LABEL key that does not follow Docker's key format.",
      rationale:
        "Docker's guidelines for label keys: lower-case letters, digits, dots and dashes; starting with a letter " +
        "and ending with a letter or digit; no repeated separators; and a reverse-DNS prefix you own " +
        "(`org.opencontainers.image.*`, `com.example.*`). The `com.docker.*`, `io.docker.*` and " +
        "`org.dockerproject.*` namespaces are reserved for Docker. Consistent keys are what tools that read " +
        "labels (registries, scanners, `docker inspect --format`) expect.",
      examples: {
        valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.title="app" com.example.team=platform\n'],
        invalid: ['FROM alpine:3.20\nLABEL com.docker.label="foo"\n', "FROM alpine:3.20\nLABEL Build_Date=2024-01-01\n"],
      },
      differences:
        "Same checks as hadolint; keys are read after ARG/ENV substitution (a key that is still a variable is not " +
        "judged: hadolint flags `invalid$character` for its `$`, but the build expands the variable), and the " +
        "message says which check failed.",
      recommended: true,
    },
    aliases: ["DL3048"],
    defaultLevel: "style",
    messages: {
      reserved: "Label key `{{key}}` is in a namespace reserved for Docker (com.docker., io.docker., org.dockerproject.).",
      characters: "Label key `{{key}}` has characters other than lower-case letters, digits, `.` and `-`.",
      edges: "Label key `{{key}}` must start with a lower-case letter and end with a lower-case letter or digit.",
      separators: "Label key `{{key}}` has consecutive separators (`..` or `--`).",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Label(node) {
        for (const pair of node.pairs) {
          const resolved = sourceCode.resolve(pair.key.value, node);
          if (resolved.unresolved.length > 0) continue;
          const problem = problemOf(resolved.value);
          if (problem) context.report({ node: pair.key, messageId: problem, data: { key: resolved.value } });
        }
      },
    };
  },
};

export default rule;
