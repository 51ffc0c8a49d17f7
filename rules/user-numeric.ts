// Flags USER given as a name instead of a numeric UID, which runtimes cannot check for non-root.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";

/** Windows images have no UIDs: their users (ContainerUser, ContainerAdministrator) are names. */
const WINDOWS_IMAGE = /(^|\/)windows\/|nanoserver|servercore|windowsservercore/i;

function isWindows(stage: m.Stage): boolean {
  const shell = stage.instructions.find((i) => i.type === "Shell")?.args[0]?.value ?? "";
  return WINDOWS_IMAGE.test(stage.from.image?.text ?? "") || /cmd|powershell|pwsh/i.test(shell);
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "The image's USER is a user name instead of a numeric UID (e.g. `USER app` rather than `USER 10001`).",
      rationale:
        "A runtime sees only the image config, not the image's /etc/passwd, so it cannot tell whether a user " +
        "name is root: Kubernetes' `runAsNonRoot` refuses to start a container whose USER is a name, and " +
        "policies that allow only certain UIDs cannot check it. A numeric UID (and GID) means the same thing in " +
        "every image and needs no passwd entry. Not in the recommended set: names are fine where no such " +
        "policy applies.",
      examples: {
        valid: ["FROM debian:12-slim\nRUN useradd --uid 10001 app\nUSER 10001:10001\n", "FROM debian:12-slim\nARG APP_USER=app\nUSER ${APP_USER}\n"],
        invalid: ["FROM debian:12-slim\nRUN useradd app\nUSER app\n"],
      },
      differences:
        "Only the USER the image runs as is judged (the final stage's last USER, or the one it inherits " +
        "through `FROM <stage>`): a `USER root` for install steps or a USER in a build stage never reaches a " +
        "runtime. Windows images (nanoserver/servercore bases, cmd or PowerShell SHELL) have no UIDs and are " +
        "skipped. A USER written with a variable (`USER ${APP_USER}`) is not flagged even when the ARG's default is a " +
        "name: the value is chosen at build time. Only the user part is judged; a group name after a numeric " +
        "UID (`USER 10001:app`) is accepted.",
      recommended: false,
    },
    aliases: ["DL3066"],
    defaultLevel: "info",
    messages: {
      name: "USER `{{user}}` is a name: use a numeric UID (e.g. `USER 10001`) so runtimes can verify the user is not root.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      "Dockerfile:exit"() {
        const image = sourceCode.facts.target;
        if (!image || sourceCode.facts.lineage(image).some(isWindows)) return;
        // the runtime sees only the image's last USER, which the image's stage may inherit
        const word = sourceCode.facts.user(image)?.instruction.args[0];
        if (!word || word.text.includes("$")) return;
        const name = word.value.split(":")[0];
        if (!/^\d+$/.test(name)) context.report({ node: word, messageId: "name", data: { user: name } });
      },
    };
  },
};

export default rule;
