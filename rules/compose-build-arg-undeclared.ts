// Flags a build arg a service passes that no ARG of the stages it builds declares: it reaches nothing.
import type { ComposeRule } from "../src/engine/rule.js";
import { isPredefinedBuildArg } from "../src/parse/variables.js";

const DOCKERFILE = "ARG PYTHON_VERSION=3.11\nFROM python:${PYTHON_VERSION}-slim\n";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A service's build `args:` entry that no ARG declares, in the global scope or in a stage the build runs.",
      rationale:
        "A build arg reaches the Dockerfile only through an ARG of that name: one that none declares is silently " +
        "dropped (BuildKit says so only in a warning at the end of the build), so a renamed ARG or a typo " +
        "(`PYTHON_VERISON`) builds with the default instead of the value the Compose file asks for. Only the stages " +
        "the build runs count (the `target`, the stages it is built from and those it copies from). The proxy " +
        "variables, `BUILDKIT_*` settings and SOURCE_DATE_EPOCH need no ARG.",
      examples: {
        valid: [{ code: "services:\n  app:\n    build:\n      context: .\n      args:\n        PYTHON_VERSION: '3.12'\n        HTTP_PROXY: http://proxy:3128\n", options: [], files: { Dockerfile: DOCKERFILE } }],
        invalid: [{ code: "services:\n  app:\n    build:\n      context: .\n      args:\n        PYTHON_VERISON: '3.12'\n", options: [], files: { Dockerfile: DOCKERFILE } }],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      undeclared: "No ARG in the stages {{dockerfile}} builds declares `{{name}}`: the value is dropped.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ComposeService(service) {
        const args = service.build?.args ?? [];
        if (!args.length) return;
        const build = sourceCode.buildOf(service);
        if (!build) return;
        const { ast, facts } = build.sourceCode;
        if (facts.graph.targetMissing) return; // compose-build-target says why
        const declared = new Set<string>();
        const stages = ast.stages.filter((stage) => facts.graph.isBuilt(stage));
        for (const instruction of [...ast.preamble, ...stages.flatMap((s) => s.instructions)]) {
          if (instruction.type === "Arg") for (const pair of instruction.pairs) declared.add(pair.key.value);
        }
        for (const arg of args) {
          if (declared.has(arg.name) || isPredefinedBuildArg(arg.name)) continue;
          context.report({ node: arg.key, messageId: "undeclared", data: { name: arg.name, dockerfile: sourceCode.relativeName(build.dockerfile) } });
        }
      },
    };
  },
};

export default rule;
