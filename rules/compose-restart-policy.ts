// Flags a service with no restart policy (`restart:` or `deploy.restart_policy`): after a crash or a
// reboot of the host it stays down. A one-shot job other services wait for is left alone.
import type { ComposeRule } from "../src/engine/rule.js";
import type { YamlNode } from "../src/compose/yaml-tree.js";

const rule: ComposeRule = {
  meta: {
    type: "suggestion",
    language: "compose",
    docs: {
      description: "A service with no restart policy: no `restart:` and no `deploy.restart_policy`.",
      rationale:
        "Without a restart policy Compose starts a container once: when its process crashes, or the Docker host " +
        "reboots, the service stays down until someone runs `docker compose up` again. A server wants " +
        "`restart: unless-stopped` (or `always`, or `on-failure`); a container meant to run once says so with " +
        "`restart: \"no\"`. Off in the recommended preset: on a laptop's development stack, staying down is often what " +
        "is wanted.",
      examples: {
        valid: [
          "services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n",
          "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: on-failure\n",
          "services:\n  migrate:\n    image: app:1.0\n    command: ./migrate\n  web:\n    image: app:1.0\n    restart: always\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n",
        ],
        invalid: ["services:\n  web:\n    image: nginx:1.27\n"],
      },
      recommended: false,
    },
    aliases: [],
    defaultLevel: "info",
    messages: {
      none: "`{{service}}` has no restart policy: after a crash or a reboot of the host it stays down. Set `restart: unless-stopped`, or `restart: \"no\"` for a container meant to run once.",
    },
    schema: [],
  },
  create(context) {
    const { project } = context.sourceCode;
    /** Services another one waits for to finish (`condition: service_completed_successfully`): jobs, not servers. */
    const jobs = new Set(project.services.flatMap((s) => s.dependsOn.filter((d) => d.condition === "service_completed_successfully").map((d) => d.service)));
    return {
      ComposeService(service) {
        if (service.get("restart") !== undefined || hasRestartPolicy(service.get("deploy")) || jobs.has(service.name)) return;
        context.report({ node: service.key, messageId: "none", data: { service: service.name } });
      },
    };
  },
};

function hasRestartPolicy(deploy: YamlNode | undefined): boolean {
  return deploy?.type === "YamlMap" && deploy.pairs.some((pair) => pair.key.written === "restart_policy");
}

export default rule;
