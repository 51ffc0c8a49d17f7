// Flags `FROM --platform=$TARGETPLATFORM`, which only restates the default; the fix removes the flag.
import type { Rule } from "../src/engine/rule.js";

const TARGET_PLATFORM = /^\$(TARGETPLATFORM|\{TARGETPLATFORM\})$/;

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`).",
      rationale:
        "A stage's base image is pulled for the target platform unless --platform says otherwise, so " +
        "`--platform=$TARGETPLATFORM` changes nothing. It makes readers look for a reason that is not there and " +
        "hides the stages whose --platform does matter (`$BUILDPLATFORM`).",
      examples: {
        valid: ["FROM alpine:3.20 AS builder\n", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"],
        invalid: ["FROM --platform=$TARGETPLATFORM alpine:3.20 AS builder\nRUN apk add --no-cache git\n"],
      },
      fixSafety:
        "Safe: without the flag the base image is resolved for the same target platform, so the build does not change.",
      recommended: true,
    },
    aliases: ["DL3065", "RedundantTargetPlatform"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      redundant: "`--platform={{value}}` is redundant: the target platform is the default. Remove the flag.",
    },
    schema: [],
  },
  create(context) {
    const { text } = context.sourceCode;
    return {
      From(node) {
        const flag = node.platform;
        if (!flag || !TARGET_PLATFORM.test(flag.value ?? "")) return;
        // the flag and the blanks after it on its line; a continuation after it stays as written
        let end = flag.range[1];
        while (text[end] === " " || text[end] === "\t") end++;
        context.report({
          node: flag,
          messageId: "redundant",
          data: { value: flag.value ?? "" },
          fix: (fixer) => fixer.removeRange([flag.range[0], end]),
        });
      },
    };
  },
};

export default rule;
