// Flags `FROM --platform=`, for teams that keep the platform choice on the command line.
import type { Rule } from "../src/engine/rule.js";
import { automaticPlatform } from "../src/parse/platform-flag.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`FROM` with a `--platform` flag (other than `$BUILDPLATFORM`).",
      rationale:
        "A platform written into FROM overrides the one the build was asked for (`docker build --platform`, " +
        "buildx bake), so the Dockerfile builds a single platform, pulls an image the host may only run under " +
        "emulation, and its output can silently differ from the rest of a multi-platform build. Leave the choice " +
        "to the command line. `--platform=$BUILDPLATFORM` is the exception: it runs a cross-compiling stage on " +
        "the builder's own platform. Not in the recommended set: pinning a platform is sometimes intended.",
      examples: {
        valid: ["FROM debian:12-slim\n", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"],
        invalid: ["FROM --platform=linux/amd64 debian:12-slim\n"],
      },
      differences:
        "Like hadolint, `--platform=$BUILDPLATFORM` is allowed, also written `${BUILDPLATFORM}`, quoted, or with a " +
        "default (`${BUILDPLATFORM:-}`), which never applies since BuildKit always sets it; every other value " +
        "is flagged, variables included. See also `platform-not-constant` (BuildKit's narrower check) and " +
        "`no-redundant-target-platform`.",
      recommended: false,
    },
    aliases: ["DL3029"],
    defaultLevel: "warning",
    messages: {
      platform: "Do not set --platform in FROM: pass the platform to the build (`docker build --platform`) instead.",
    },
    schema: [],
  },
  create(context) {
    return {
      From(node) {
        const flag = node.platform;
        // `--platform=$BUILDPLATFORM`: the cross-compilation idiom, which runs build tools natively
        if (!flag || automaticPlatform(flag.value) === "BUILDPLATFORM") return;
        context.report({ node: flag, messageId: "platform" });
      },
    };
  },
};

export default rule;
