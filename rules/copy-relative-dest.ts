// Flags COPY to a relative destination in a stage that never set its WORKDIR.
import type { Rule } from "../src/engine/rule.js";
import type { Copy, Instruction } from "../src/parse/model.js";

/** `/x`, and Windows paths: `C:\x`, `c:/x`, `\x`. */
function isAbsolute(path: string): boolean {
  return path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(path);
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "COPY to a relative destination when no WORKDIR is set in the stage or a stage it builds FROM.",
      rationale:
        "A relative destination is resolved against the working directory, which then comes from the base " +
        "image: files land wherever its author chose (often `/`), and move when the base image changes. Set " +
        "WORKDIR explicitly, or copy to an absolute path, so the destination is visible in this Dockerfile.",
      examples: {
        valid: ["FROM node:22\nCOPY package.json /app/\n", "FROM node:22\nWORKDIR /app\nCOPY package.json .\n"],
        invalid: ["FROM node:22\nCOPY package.json app/\n"],
      },
      differences:
        "Variables are substituted first: a destination whose value is unknown is not flagged (as in hadolint), " +
        "but one that resolves to a relative path is. A WORKDIR is inherited only through the actual stage " +
        "lineage (`FROM <stage>`), not from an unrelated earlier stage that happens to use the same base image. " +
        "Inside ONBUILD, a WORKDIR set earlier in the stage or in an earlier ONBUILD counts.",
      recommended: true,
    },
    aliases: ["DL3045"],
    defaultLevel: "warning",
    messages: {
      relative:
        "COPY to the relative destination `{{dest}}` with no WORKDIR set: it depends on the base image's working " +
        "directory. Set WORKDIR first or use an absolute path.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const setsWorkdir = (i: Instruction, trigger: boolean) =>
      i.type === "Workdir" || (trigger && i.type === "Onbuild" && i.trigger?.type === "Workdir");
    /** True when a WORKDIR precedes `node` in its stage or is set anywhere in an ancestor stage. */
    const hasWorkdir = (node: Copy): boolean => {
      const stage = sourceCode.stageOf(node);
      if (!stage) return false;
      return sourceCode.stageLineage(stage).some((s) =>
        s.instructions.some((i) => (s !== stage || i.range[0] < node.range[0]) && setsWorkdir(i, node.isTrigger && s === stage)),
      );
    };
    return {
      Copy(node) {
        const dest = node.destination;
        if (node.type !== "Copy" || !dest) return;
        const resolved = sourceCode.resolve(dest.value, node);
        if (resolved.unresolved.length || !resolved.value || isAbsolute(resolved.value)) return;
        // `c:\dir` under the default escape character loses its backslash in the value
        if (isAbsolute(dest.text.replace(/^["']/, ""))) return;
        if (hasWorkdir(node)) return;
        context.report({ loc: dest.loc, messageId: "relative", data: { dest: resolved.value } });
      },
    };
  },
};

export default rule;
