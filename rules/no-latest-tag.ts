// Flags a FROM image tagged `latest`: a tag that moves is no pin.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "FROM names an image by its `latest` tag without a digest.",
      rationale:
        "`latest` is just the tag a publisher moves to each new release. Writing it down looks like a " +
        "pin but is none: rebuilding the same Dockerfile pulls a different base, possibly a new major " +
        "version, and a cached layer on one machine hides the change on another. Name a version tag, " +
        "or add a digest (`image:latest@sha256:...`), which pins the exact image.",
      examples: {
        valid: ["FROM node:20-alpine\n", `FROM node:latest@sha256:${"0".repeat(64)}\n`],
        invalid: ["FROM node:latest\nCMD [\"node\", \"server.js\"]\n", "ARG TAG=latest\nFROM node:${TAG}\n"],
      },
      differences: "ARG values are substituted first: `ARG TAG=latest` then `FROM node:${TAG}` is flagged.",
      recommended: true,
    },
    aliases: ["DL3007", "DS001", "CKV_DOCKER_7"],
    defaultLevel: "warning",
    messages: {
      latest: "Image `{{image}}` uses the `latest` tag: name a version (or pin a digest) so rebuilds use the same base.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      From(node) {
        if (!node.image) return;
        const parts = sourceCode.facts.fromImage(node).pulled;
        if (parts?.tag !== "latest" || parts.digest !== null) return;
        context.report({ loc: node.image.loc, messageId: "latest", data: { image: parts.name } });
      },
    };
  },
};

export default rule;
