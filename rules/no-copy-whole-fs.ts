// Flags `COPY --from=x / /`: the whole filesystem of another stage or image copied over this one.
import type { Rule } from "../src/engine/rule.js";
import { isScratch, isStageReference } from "../src/parse/image-ref.js";
import type { Stage } from "../src/parse/model.js";

/** The root of a filesystem however it is written: `/`, `/.`, `.`, `./` (sources of --from are rooted). */
const ROOT = /^(\/+\.?|\.\/?|\/+\.\/+)$/;
const ROOT_DEST = /^\/+(?:\.\/*)?$/;

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`COPY --from=<stage> / /` copies a whole filesystem over this stage's.",
      rationale:
        "Copying `/` of another stage or image onto `/` overwrites this stage's system files (libc, " +
        "/etc/passwd, package databases) with files built for another base, and drags in caches and build " +
        "tools the copy was meant to leave behind. Copy the directories that are needed, or build FROM the stage.",
      examples: {
        valid: [
          "FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n",
          "FROM debian:12 AS rootfs\nRUN apt-get update\nFROM scratch\nCOPY --from=rootfs / /\n",
        ],
        invalid: ["FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM alpine:3.20\nCOPY --from=build / /\n"],
      },
      differences:
        "A stage FROM scratch is not flagged: copying a whole filesystem into an empty stage is the usual way " +
        "to squash layers, and overwrites nothing. Only stages are checked, not images (`--from=docker/buildx-bin`): " +
        "such images are usually built FROM scratch to be copied whole; for the same reason a stage that only " +
        "names an image (`FROM tonistiigi/xx AS xx`), a stage built on scratch, and a stage on the same base image " +
        "as this one (merging parallel stages) are not flagged. Variables are substituted first; unknown values are not flagged.",
      recommended: true,
    },
    aliases: ["DL3067"],
    defaultLevel: "warning",
    messages: {
      wholeFs:
        "COPY --from={{from}} copies the whole filesystem over this stage's: copy only the directories needed, or build FROM it.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const known = (text: string, at: Parameters<typeof sourceCode.resolve>[1]) => {
      const r = sourceCode.resolve(text, at);
      return r.unresolved.length ? null : r.value;
    };
    /** The image at the bottom of a stage's lineage, as written (null for scratch). */
    const baseImage = (stage: Stage) => {
      const root = sourceCode.stageLineage(stage).at(-1)!;
      const text = root.from.image?.text ?? "";
      return isScratch(text) ? null : text;
    };
    /**
     * False for copies that replace nothing foreign: from a stage that only names an image (`FROM
     * tonistiigi/xx AS xx`, built to be copied whole), from a stage built on scratch, or from a stage on
     * the same base image (merging parallel stages).
     */
    const overwrites = (source: Stage, target: Stage) =>
      sourceCode.stageLineage(source).some((s) => s.instructions.some((i) => i.type !== "From")) && baseImage(source) !== null && baseImage(source) !== baseImage(target);
    return {
      Copy(node) {
        if (node.type !== "Copy" || !node.from?.value || !node.destination || node.isTrigger) return;
        const stage = sourceCode.stageOf(node);
        if (!stage || sourceCode.facts.graph.parentOf(stage) === null && stage.from.image && isScratch(stage.from.image.text)) return;
        const from = known(node.from.value, node);
        // images copied whole (`--from=docker/buildx-bin`) are usually built FROM scratch to be used this way
        if (from === null) return;
        const stages = sourceCode.ast.stages;
        const source = /^\d+$/.test(from)
          ? stages[Number(from)]
          : isStageReference(from, stages, node.stageIndex) ? stages.find((s) => s.index < node.stageIndex && s.name === from.toLowerCase()) : undefined;
        if (!source || source.index >= node.stageIndex || !overwrites(source, stage)) return;
        const dest = known(node.destination.value, node);
        if (dest === null || !ROOT_DEST.test(dest)) return;
        const root = node.sources.find((s) => {
          const value = known(s.value, node);
          return value !== null && ROOT.test(value);
        });
        if (!root) return;
        context.report({ loc: root.loc, messageId: "wholeFs", data: { from: node.from.value } });
      },
    };
  },
};

export default rule;
