// Reports what the parser found structurally wrong: unknown instructions, missing arguments,
// exec form that is not JSON, unknown flags or flag values, unterminated heredocs and quotes.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "The Dockerfile has a syntax problem Docker would reject or misread.",
      rationale:
        "A typo in an instruction, a flag Docker does not know, or exec form written with single quotes " +
        "either fails the build late or, worse, silently runs something else (an invalid JSON array runs " +
        "as a shell command). Each problem is reported where it is, and the rest of the file is still linted.",
      examples: {
        valid: ['FROM alpine:3.20\nCMD ["echo", "hello"]\n'],
        invalid: ["FROM alpine:3.20\nRUNN echo hello\n", "FROM alpine:3.20\nCMD ['echo', 'hello']\n"],
      },
      recommended: true,
    },
    aliases: ["DL1000"],
    defaultLevel: "error",
    messages: { problem: "{{message}}" },
    schema: [],
  },
  create(context) {
    return {
      Dockerfile(node) {
        for (const problem of node.problems) {
          context.report({ loc: problem.loc, messageId: "problem", data: { message: problem.message } });
        }
      },
    };
  },
};

export default rule;
