// Flags `container_name` on a service that runs more than one replica: container names are unique.
import type { ComposeRule } from "../src/engine/rule.js";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "`container_name` on a service with `deploy.replicas` (or `scale`) above 1.",
      rationale:
        "A container name is unique on a Docker host. With a fixed `container_name`, Compose cannot create a second " +
        "replica: `docker compose up` fails (or `--scale` does) once the service is asked for more than one. Leave the " +
        "name to Compose (`<project>-<service>-<n>`), and reach the service by its name on the project network.",
      examples: {
        valid: ["services:\n  worker:\n    image: app:1.0\n    deploy:\n      replicas: 3\n", "services:\n  db:\n    image: postgres:16.4\n    container_name: db\n"],
        invalid: ["services:\n  worker:\n    image: app:1.0\n    container_name: worker\n    deploy:\n      replicas: 3\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      scaled: "`container_name: {{name}}` names one container, but the service asks for {{count}} replicas: Compose cannot create the others. Remove `container_name`.",
    },
    schema: [],
  },
  create(context) {
    return {
      ComposeService(service) {
        const name = service.get("container_name");
        const replicas = service.replicas;
        if (name?.type !== "YamlScalar" || !replicas || replicas.count <= 1) return;
        context.report({ node: name, messageId: "scaled", data: { name: name.text ?? name.written, count: replicas.count } });
      },
    };
  },
};

export default rule;
