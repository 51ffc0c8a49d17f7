// Flags a final image whose last USER is root: the container's processes then run as root.
import type { Rule } from "../src/engine/rule.js";
import { isRootUser } from "../src/facts/startup.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "The final stage's last USER is root (`root`, `0`, `root:group`, `0:gid`).",
      rationale:
        "The last USER of the final stage is the user the container runs as. Root in a container is " +
        "root on the host's kernel: a process that escapes through a kernel or runtime bug, or writes " +
        "to a mounted volume, does so with full privileges. Switch back to an unprivileged user after " +
        "the steps that need root.",
      examples: {
        valid: [
          "FROM debian:12-slim\nUSER root\nRUN apt-get update\nUSER app\n",
          "FROM golang:1.22 AS build\nUSER root\n\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\n",
        ],
        invalid: ["FROM debian:12-slim\nRUN useradd app\nUSER root\n"],
      },
      differences:
        "Only the final stage counts (the stage that becomes the image: the last, or the one `--target` names); hadolint also flags build " +
        "stages that end as root, whose user no container ever runs as. The user is read after ARG/ENV " +
        "substitution, and a final stage without USER inherits the last USER of the stage it is built " +
        "`FROM`. As in hadolint, a Dockerfile with no USER at all is not flagged (see `require-user`).",
      recommended: true,
    },
    aliases: ["DL3002", "DS002", "CKV_DOCKER_8"],
    defaultLevel: "warning",
    messages: {
      root: "The image runs as root (`USER {{user}}` is the final stage's last USER): switch to an unprivileged user.",
      inherited:
        "The image runs as root: the final stage inherits `USER {{user}}` from stage `{{stage}}`. Set an unprivileged USER in the final stage.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      "Dockerfile:exit"() {
        const image = sourceCode.facts.target;
        const user = image && sourceCode.facts.user(image);
        if (!user || !isRootUser(user.value)) return;
        context.report({
          node: user.instruction,
          messageId: user.stage === image ? "root" : "inherited",
          data: { user: user.value, stage: user.stage.name ?? String(user.stage.index) },
        });
      },
    };
  },
};

export default rule;
