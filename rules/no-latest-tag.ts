// Flags a FROM image tagged `latest` or another tag that floats (`lts`, `stable`, `edge`, ...): a tag that moves is no pin.
import type { Rule } from "../src/engine/rule.js";
import { floatingTag } from "../src/images/floating-tags.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "FROM names an image by its `latest` tag, or another tag that floats (`lts`, `stable`, `edge`, `main`), without a digest.",
      rationale:
        "`latest` is just the tag a publisher moves to each new release. Writing it down looks like a " +
        "pin but is none: rebuilding the same Dockerfile pulls a different base, possibly a new major " +
        "version, and a cached layer on one machine hides the change on another. Tags named for a channel " +
        "move the same way: `node:lts`, `nginx:stable` or `mainline`, `alpine:edge`, `ubuntu:rolling`, " +
        "`debian:testing`, and a project's branch builds (`:main`, `:dev`, `:nightly`), also with variant " +
        "words (`node:lts-alpine`). Name a version tag, " +
        "or add a digest (`image:latest@sha256:...`), which pins the exact image.",
      examples: {
        valid: ["FROM node:20-alpine\n", `FROM node:latest@sha256:${"0".repeat(64)}\n`],
        invalid: ["FROM node:latest\nCMD [\"node\", \"server.js\"]\n", "ARG TAG=latest\nFROM node:${TAG}\n", "FROM node:lts-alpine\n"],
      },
      differences:
        "ARG values are substituted first: `ARG TAG=latest` then `FROM node:${TAG}` is flagged. hadolint's DL3007 " +
        "flags only `latest`; this rule also flags the other tags that float by name (`lts`, `stable`, `edge`, " +
        "`main`, ..., and `latest-alpine`), with their own message, as compose-image-tag does for `image:`.",
      recommended: true,
    },
    aliases: ["DL3007", "DS001", "CKV_DOCKER_7"],
    defaultLevel: "warning",
    messages: {
      latest: "Image `{{image}}` uses the `latest` tag: name a version (or pin a digest) so rebuilds use the same base.",
      floating: "Image `{{image}}` uses the `{{tag}}` tag, which follows {{follows}}: name a version (or pin a digest) so rebuilds use the same base.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      From(node) {
        if (!node.image) return;
        const parts = sourceCode.facts.fromImage(node).pulled;
        if (!parts || parts.tag === null || parts.digest !== null) return;
        const floating = floatingTag(parts.tag);
        if (!floating) return;
        if (parts.tag === "latest") context.report({ loc: node.image.loc, messageId: "latest", data: { image: parts.name } });
        else context.report({ loc: node.image.loc, messageId: "floating", data: { image: parts.name, tag: parts.tag, follows: floating.follows } });
      },
    };
  },
};

export default rule;
