// Flags ONBUILD triggers Docker refuses: ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER.
import type { Rule } from "../src/engine/rule.js";

const forbidden = new Set(["ONBUILD", "FROM", "MAINTAINER"]);

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "ONBUILD whose trigger is ONBUILD, FROM or MAINTAINER.",
      rationale:
        "Docker does not allow chaining ONBUILD, nor FROM or MAINTAINER as a trigger: the image builds, but " +
        "every build that uses it as a base fails when the trigger runs. The mistake shows up only downstream, " +
        "in someone else's build.",
      examples: {
        valid: ["FROM node:22\nONBUILD COPY . /app\nONBUILD RUN npm ci\n"],
        invalid: ["FROM node:22\nONBUILD ONBUILD RUN npm ci\n", "FROM node:22\nONBUILD FROM alpine:3.20\n"],
      },
      recommended: true,
    },
    aliases: ["DL3043"],
    defaultLevel: "error",
    messages: {
      forbidden: "`ONBUILD {{trigger}}` is not allowed: builds that use this image as a base fail when the trigger runs.",
    },
    schema: [],
  },
  create(context) {
    return {
      Onbuild(node) {
        const trigger = node.trigger;
        if (!trigger || !forbidden.has(trigger.name)) return;
        context.report({
          loc: context.sourceCode.locOf(trigger.keywordRange),
          messageId: "forbidden",
          data: { trigger: trigger.name },
        });
      },
    };
  },
};

export default rule;
