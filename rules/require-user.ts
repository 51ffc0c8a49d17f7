// Flags a final image that never sets USER, so its processes run as whatever the base image uses (usually root).
import type { Rule } from "../src/engine/rule.js";

/** True when the image's tag promises a non-root default user (`distroless/static:nonroot`). */
function hasNonRootTag(image: string): boolean {
  // the tag is after the last `/` (`registry:5000/app` has a port); one regex from each `:` backtracked
  const name = image.slice(image.lastIndexOf("/") + 1);
  const tag = name.indexOf(":");
  return tag >= 0 && /\b(?:nonroot|non-root|rootless)\b/i.test(name.slice(tag));
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "The final stage never sets USER (neither itself nor a stage it is built `FROM`).",
      rationale:
        "Without USER the container runs as the base image's user, which is root for nearly every base image. " +
        "Naming an unprivileged user makes the image's run-time identity explicit and limits what a " +
        "compromised process can do. Not in the recommended set: some images must start as root (to bind " +
        "low ports or drop privileges in an entrypoint) and some bases already default to a non-root user.",
      examples: {
        valid: ["FROM debian:12-slim\nRUN useradd --uid 10001 app\nUSER 10001\n", "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n"],
        invalid: ["FROM debian:12-slim\nCOPY app /app\nCMD [\"/app\"]\n"],
      },
      differences:
        "A USER in a stage the final stage is built `FROM` counts; a USER in another build stage does not. A " +
        "base image whose tag says it runs as non-root (`:nonroot`, `:rootless`) is accepted.",
      recommended: false,
    },
    aliases: ["CKV_DOCKER_3"],
    defaultLevel: "info",
    messages: {
      missing: "The image never sets USER, so it runs as the base image's user (usually root): add `USER <uid>`.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      "Dockerfile:exit"() {
        const { facts } = sourceCode;
        const image = facts.target;
        if (!image || facts.user(image)) return;
        const base = facts.rootBase(image);
        if (base.written && hasNonRootTag(base.resolved)) return;
        context.report({ loc: sourceCode.locOf(image.from.keywordRange), messageId: "missing" });
      },
    };
  },
};

export default rule;
