// Flags a FROM image with neither a tag nor a digest: the build then takes whatever `latest` is.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "FROM names an image without a tag or digest.",
      rationale:
        "An image without a tag means `:latest`, which moves whenever its publisher pushes. The same " +
        "Dockerfile then builds a different image from one day to the next, and a new major version of " +
        "the base can break the build or the application without any change on your side. A tag names " +
        "the version you tested; a digest pins it exactly.",
      examples: {
        valid: [
          "FROM python:3.12-slim\n",
          "ARG BASE=python:3.12\nFROM ${BASE}\n",
          "FROM golang:1.22 AS build\nRUN go build -o /app .\n\nFROM build\n",
          "FROM scratch\nCOPY app /app\n",
        ],
        invalid: ["FROM python\nRUN pip install --no-cache-dir requests==2.32.3\n"],
      },
      differences:
        "ARG values are substituted first, as the build does: hadolint reads `FROM ${BASE}` as written. " +
        "A reference that is a variable nobody can resolve is not flagged, and a stage named through a " +
        "variable counts as a stage.",
      recommended: true,
    },
    aliases: ["DL3006", "DS001", "CKV_DOCKER_7"],
    defaultLevel: "warning",
    messages: {
      untagged: "Image `{{image}}` has no tag: name the version you tested, e.g. `{{image}}:<version>`.",
      untaggedResolved: "`{{written}}` is `{{image}}`, which has no tag: name the version you tested, e.g. `{{image}}:<version>`.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      From(node) {
        if (!node.image) return;
        const { resolved, pulled: parts, reference } = sourceCode.facts.fromImage(node);
        if (!parts || parts.tag !== null || parts.digest !== null || parts.open) return;
        // a reference Docker would reject is another rule's finding
        if (!resolved.includes("$") && !reference) return;
        const written = node.image.text;
        context.report({
          loc: node.image.loc,
          messageId: written === resolved ? "untagged" : "untaggedResolved",
          data: { image: resolved, written },
        });
      },
    };
  },
};

export default rule;
