// Flags `depends_on: {x: {condition: service_healthy}}` where service x has no healthcheck:
// Compose then waits for a health status that never comes, and fails.
import type { ComposeRule } from "../src/engine/rule.js";
import type { ComposeService } from "../src/compose/model.js";
import { get } from "../src/compose/yaml-tree.js";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "`depends_on` with `condition: service_healthy` on a service that has no healthcheck (or has it disabled).",
      rationale:
        "Compose starts the dependent service once the other one reports healthy. A container without a " +
        "healthcheck never does: `docker compose up` fails with `container ... has no healthcheck configured`. Give " +
        "the dependency a `healthcheck:` (a `pg_isready`, a `curl -f` of its health endpoint), or depend on " +
        "`service_started`. A service built from a Dockerfile with a HEALTHCHECK has one; an image's own HEALTHCHECK " +
        "cannot be seen from the Compose file, so a service that only names an image is flagged: say so with a " +
        "pragma if its image has one.",
      examples: {
        valid: [
          "services:\n  app:\n    image: app:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n",
        ],
        invalid: ["services:\n  app:\n    image: app:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      noHealthcheck: "`{{service}}` waits for `{{dependency}}` to be healthy, but `{{dependency}}` has no healthcheck: Compose fails to start it. Add a `healthcheck:` to `{{dependency}}`.",
      disabled: "`{{service}}` waits for `{{dependency}}` to be healthy, but `{{dependency}}`'s healthcheck is disabled: Compose fails to start it.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const byName = new Map(sourceCode.project.services.map((s) => [s.name, s]));
    return {
      ComposeService(service) {
        for (const dependency of service.dependsOn) {
          if (dependency.condition !== "service_healthy" || !dependency.conditionNode) continue;
          const other = byName.get(dependency.service);
          if (!other) continue;
          const state = healthcheckOf(other);
          if (state === "yes" || state === "unknown") continue;
          context.report({ node: dependency.conditionNode, messageId: state === "disabled" ? "disabled" : "noHealthcheck", data: { service: service.name, dependency: other.name } });
        }
      },
    };

    function healthcheckOf(service: ComposeService): "yes" | "no" | "disabled" | "unknown" {
      const healthcheck = service.get("healthcheck");
      if (healthcheck) {
        const disable = get(healthcheck, "disable");
        const test = get(healthcheck, "test");
        if (disable?.type === "YamlScalar" && (disable.raw === true || disable.text === "true")) return "disabled";
        const first = test?.type === "YamlSeq" ? test.items[0] : test;
        if (first?.type === "YamlScalar" && first.text === "NONE") return "disabled";
        if (test) return "yes";
      }
      if (!service.build) return "no";
      const build = sourceCode.buildOf(service);
      if (!build) return "unknown";
      const { facts } = build.sourceCode;
      const target = facts.target;
      if (!target) return "unknown";
      const image = facts.healthcheck(target);
      // a base image's own HEALTHCHECK cannot be seen, as for a service that only names an image
      if (!image) return "no";
      return image.args[0]?.value.toUpperCase() === "NONE" ? "disabled" : "yes";
    }
  },
};

export default rule;
