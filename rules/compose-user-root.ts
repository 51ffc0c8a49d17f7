// Flags `user: root` on a service whose Dockerfile switches to another user: the Compose file undoes it.
import type { ComposeRule } from "../src/engine/rule.js";
import { isRootUser } from "../src/facts/startup.js";

const DOCKERFILE = "FROM python:3.12-slim\nRUN useradd --create-home app\nUSER app\n";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "`user: root` (or `0`) on a service built from a Dockerfile whose image runs as another user.",
      rationale:
        "The Dockerfile's `USER app` is the decision to run without root; `user: root` in the Compose file quietly " +
        "undoes it for every container of the service, usually to get past a permission error on a mounted " +
        "directory. A compromised process then has root in the container, with what that reaches (mounted host " +
        "paths, the kernel's attack surface). Fix the ownership of what is mounted (`chown` it to the image's " +
        "user, or set `user:` to that user's id) instead. Only services with `build:` are judged, under their build " +
        "inputs: an image's own USER cannot be seen from the Compose file.",
      examples: {
        valid: [{ code: "services:\n  app:\n    build: .\n    user: '1000:1000'\n", options: [], files: { Dockerfile: DOCKERFILE } }],
        invalid: [{ code: "services:\n  app:\n    build: .\n    user: root\n", options: [], files: { Dockerfile: DOCKERFILE } }],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      root: "`user: {{user}}` runs `{{service}}` as root, undoing the image's `USER {{imageUser}}` ({{dockerfile}} line {{line}}): fix the ownership of what it writes instead.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ComposeService(service) {
        const user = service.get("user");
        if (user?.type !== "YamlScalar" || user.text === null || !isRootUser(user.text)) return;
        const build = sourceCode.buildOf(service);
        const target = build?.sourceCode.facts.target;
        if (!build || !target) return;
        const imageUser = build.sourceCode.facts.user(target);
        if (!imageUser || isRootUser(imageUser.value) || imageUser.value.includes("$")) return;
        const dockerfile = sourceCode.relativeName(build.dockerfile);
        context.report({
          node: user,
          messageId: "root",
          data: { user: user.text, service: service.name, imageUser: imageUser.value, dockerfile, line: imageUser.instruction.loc.start.line },
        });
      },
    };
  },
};

export default rule;
