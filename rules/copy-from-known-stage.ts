// Flags `COPY --from=x` where x is no earlier stage and does not look like an image reference.
import type { Rule } from "../src/engine/rule.js";
import { isStageReference } from "../src/parse/image-ref.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`COPY --from=` names neither an earlier build stage nor an image reference.",
      rationale:
        "When `--from` names no stage defined before it, BuildKit pulls an image of that name instead: a typo " +
        "in a stage name (`--from=buidler`) or a stage defined further down silently pulls `docker.io/library/buidler` " +
        "or fails the build. Copy from a stage defined earlier, or write the image with its tag " +
        "(`--from=nginx:1.27`) so it is clear an image is meant.",
      examples: {
        valid: [
          "FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n",
          "FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n",
        ],
        invalid: ["FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM alpine:3.20\nCOPY --from=buidler /out/app /app\n"],
      },
      differences:
        "Variables are substituted first (`--from=${BUILDER}` with a default naming a stage is fine; an unknown " +
        "value is not flagged). A stage index (`--from=0`) must be an earlier stage. A reference with a tag, digest " +
        "or registry path (`:`, `@` or `/`) is an image and is accepted. A named build context " +
        "(`--build-context name=...`) cannot be seen from the Dockerfile: disable the rule for such lines. " +
        "COPY in ONBUILD runs in another build and is not checked.",
      recommended: true,
    },
    aliases: ["DL3022"],
    defaultLevel: "warning",
    messages: {
      unknown:
        "`--from={{name}}` is not a stage defined earlier: BuildKit pulls an image named `{{name}}`. Fix the stage " +
        "name, or write the image with its tag.",
      later: "`--from={{name}}` names a stage defined after this one: stages can only copy from earlier stages.",
      badIndex: "`--from={{name}}`: there is no earlier stage with that index.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    let names: (string | undefined | null)[] | undefined;
    /** Each stage's name with variables substituted (`AS ${STAGE}`); null when unknown. */
    const stageNames = () =>
      (names ??= sourceCode.ast.stages.map((stage) => {
        if (!stage.from.stageName) return undefined;
        const resolved = sourceCode.resolve(stage.from.stageName.value, stage.from);
        return resolved.unresolved.length ? null : resolved.value.toLowerCase();
      }));
    return {
      Copy(node) {
        const from = node.from;
        if (node.type !== "Copy" || node.isTrigger || !from?.value || !from.valueRange) return;
        const resolved = sourceCode.resolve(from.value, node);
        const name = resolved.value;
        if (resolved.unresolved.length || !name) return;
        const stages = sourceCode.ast.stages;
        const here = node.stageIndex;
        const loc = sourceCode.locOf(from.valueRange);
        if (/^\d+$/.test(name)) {
          // its own index is copy-from-not-self's
          if (Number(name) > here) context.report({ loc, messageId: "badIndex", data: { name } });
          return;
        }
        if (isStageReference(name, stages, here) || /[:/@]/.test(name)) return;
        const names = stageNames();
        if (names.includes(null)) return; // a stage named by an unknown variable may be it
        const lower = name.toLowerCase();
        if (names[here] === lower) return; // copy-from-not-self
        if (names.some((n, i) => i < here && n === lower)) return;
        const later = names.some((n, i) => i > here && n === lower);
        context.report({ loc, messageId: later ? "later" : "unknown", data: { name } });
      },
    };
  },
};

export default rule;
