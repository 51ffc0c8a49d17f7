// Flags a final image whose last USER is root: the container's processes then run as root.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";

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
        "Only the final stage counts (the stage that becomes the image); hadolint also flags build " +
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
    const lastUser = (stage: m.Stage) => stage.instructions.filter((i) => i.type === "User").at(-1);
    // Stage.parent reads FROM as written; the build resolves `FROM ${STAGE}` first
    const parentOf = (stage: m.Stage): m.Stage | undefined => {
      if (stage.parent !== null) return sourceCode.ast.stages[stage.parent];
      if (!stage.from.image?.text.includes("$")) return undefined;
      const name = sourceCode.resolve(stage.from.image.text, stage.from).value.toLowerCase();
      return sourceCode.ast.stages.find((s) => s.index < stage.index && s.name === name);
    };
    const lineage = (stage: m.Stage): m.Stage[] => {
      const chain = [stage];
      for (let s = parentOf(stage); s && !chain.includes(s); s = parentOf(s)) chain.push(s);
      return chain;
    };
    return {
      "Dockerfile:exit"(doc) {
        const final = doc.stages.at(-1);
        if (!final) return;
        for (const stage of lineage(final)) {
          const user = lastUser(stage);
          if (!user) continue;
          const value = sourceCode.resolve(user.args.map((a) => a.value).join(" "), user).value;
          if (!isRootUser(value)) return;
          const inherited = stage !== final;
          context.report({
            node: user,
            messageId: inherited ? "inherited" : "root",
            data: { user: value, stage: stage.name ?? String(stage.index) },
          });
          return;
        }
      },
    };
  },
};

/** `root`, `0`, with or without a group: the user part decides. */
function isRootUser(value: string): boolean {
  const name = value.split(":")[0].trim();
  return name === "root" || /^0+$/.test(name);
}

export default rule;
