// Flags a service's `build.target` that names no stage of the Dockerfile it builds.
import type { ComposeRule } from "../src/engine/rule.js";

const DOCKERFILE = "FROM python:3.12-slim AS base\nFROM base AS dev\nRUN pip install --no-cache-dir pytest==8.3.3\n";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A service's `build: target:` that names no stage of its Dockerfile.",
      rationale:
        "`docker compose build` fails with `target stage \"...\" could not be found` when the target names no " +
        "`FROM ... AS <name>` of the Dockerfile: typically a stage renamed in the Dockerfile and not in the Compose " +
        "file. The Dockerfile is the one the service's `context` and `dockerfile` name; a target whose value comes " +
        "from a variable of unknown value, and a Dockerfile that cannot be read, are not judged.",
      examples: {
        valid: [{ code: "services:\n  app:\n    build:\n      context: .\n      target: dev\n", options: [], files: { Dockerfile: DOCKERFILE } }],
        invalid: [{ code: "services:\n  app:\n    build:\n      context: .\n      target: development\n", options: [], files: { Dockerfile: DOCKERFILE } }],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      missing: "No stage of {{dockerfile}} is named `{{target}}`: the build fails. {{stages}}",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ComposeService(service) {
        const target = service.build?.target;
        if (!target?.text) return;
        const build = sourceCode.buildOf(service);
        if (!build || !build.sourceCode.facts.graph.targetMissing) return;
        const names = build.sourceCode.ast.stages.flatMap((s) => (s.name ? [`\`${s.name}\``] : []));
        const stages = names.length ? `The stages are ${names.join(", ")}.` : "No stage has a name.";
        context.report({ node: target, messageId: "missing", data: { target: target.text, dockerfile: sourceCode.relativeName(build.dockerfile), stages } });
      },
    };
  },
};

export default rule;
