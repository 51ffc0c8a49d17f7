// Flags an ARG without a default that a service's build uses and its `build.args` does not pass: the build reads an empty string.
import type { ComposeRule } from "../src/engine/rule.js";
import { pairOf } from "../src/compose/yaml-tree.js";

const DOCKERFILE = "ARG PYTHON_VERSION\nFROM python:${PYTHON_VERSION}-slim\nARG APP_VERSION\nRUN pip install --no-cache-dir app==${APP_VERSION}\n";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description:
        "An ARG without a default that the service's build uses (in a FROM, a COPY path, a RUN command) and that its `build.args` does not pass.",
      rationale:
        "An ARG declared without a default and given no build arg is an empty string. `FROM python:${PYTHON_VERSION}-slim` " +
        "then names `python:-slim` and the build fails with `invalid reference format`; `pip install app==${APP_VERSION}` " +
        "asks for `app==` and fails, and `COPY ${DIST}/ /srv/` copies the whole context. The Dockerfile expects the value " +
        "from outside, so the Compose file that builds it should pass it (`args:`), or the ARG should have a default. " +
        "Only what the build runs counts: ARGs before the first FROM and in the stages of the service's `target` and " +
        "those it copies from, read after they are declared. An ARG the Dockerfile reads with its own default or an " +
        "alternative (`${PY:-3.12}`, `${X:+...}`), tests (`[ -n \"$X\" ]`), reads where docklint cannot tell how " +
        "(`[[ ]]`, `case`, a heredoc's text) or only shows (`echo`), labels or copies into an ENV is taken as optional, " +
        "and so is one named for extra options (`GCFLAGS`, `TEST_ARGS`, `EXTRA_PACKAGES`). " +
        "BuildKit's platform and proxy args need no value, and an arg listed by name alone (`args: [TOKEN]`) is passed " +
        "from the environment `docker compose` runs in.",
      examples: {
        valid: [{ code: "services:\n  app:\n    build:\n      context: .\n      args:\n        PYTHON_VERSION: '3.12'\n        APP_VERSION: 2.4.1\n", options: [], files: { Dockerfile: DOCKERFILE } }],
        invalid: [{ code: "services:\n  app:\n    build:\n      context: .\n      args:\n        PYTHON_VERSION: '3.12'\n", options: [], files: { Dockerfile: DOCKERFILE } }],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      missing:
        "`{{name}}` has no default ({{dockerfile}} line {{line}}) and the build uses it ({{instruction}} on line {{useLine}}), but `{{service}}` does not pass it: it is empty. Add it to `args:` or give the ARG a default.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ComposeService(service) {
        const spec = service.build;
        if (!spec) return;
        const build = sourceCode.buildOf(service);
        if (!build) return;
        const { facts } = build.sourceCode;
        if (facts.graph.targetMissing) return; // compose-build-target says why
        const passed = new Set(spec.args.map((arg) => arg.name));
        const missing = facts.unsetArgs.filter((arg) => !passed.has(arg.name));
        if (!missing.length) return;
        const node = pairOf(spec.node, "args")?.key ?? service.pair("build")!.key;
        const dockerfile = sourceCode.relativeName(build.dockerfile);
        for (const arg of missing) {
          context.report({
            node,
            messageId: "missing",
            data: { name: arg.name, dockerfile, line: arg.declaration.loc.start.line, instruction: arg.use.name, useLine: arg.use.loc.start.line, service: service.name },
          });
        }
      },
    };
  },
};

export default rule;
