// Flags a relative WORKDIR whose meaning depends on the base image's working directory.
import type { Instruction, SimpleInstruction, Stage } from "../src/parse/model.js";
import type { Rule } from "../src/engine/rule.js";

/** `/app`, and Windows container paths: `C:\app`, `c:/app`, `\app`. */
function isAbsolute(path: string): boolean {
  return path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path);
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "Relative WORKDIR in a stage that has not set an absolute WORKDIR yet.",
      rationale:
        "A relative WORKDIR is resolved against the working directory of the base image, which the " +
        "Dockerfile does not control: when the base image changes its WORKDIR, every later COPY, RUN and " +
        "CMD silently runs somewhere else. An absolute path says where files go.",
      examples: {
        valid: ["FROM alpine:3.20\nWORKDIR /app\n", "FROM alpine:3.20\nWORKDIR /app\nWORKDIR src\n"],
        invalid: ["FROM alpine:3.20\nWORKDIR app/src\n"],
      },
      differences:
        "hadolint (DL3000) flags every relative WORKDIR, even after `WORKDIR /app` in the same stage, where " +
        "the path is well defined. Like BuildKit (WorkdirRelativePath) we flag it only while no absolute " +
        "WORKDIR has been set in the stage or a stage it is built `FROM`. Variables are resolved first; a " +
        "path that cannot be resolved is not flagged. Windows paths (`C:\\app`) are absolute.",
      recommended: true,
    },
    aliases: ["DL3000", "WorkdirRelativePath", "DS009", "CKV_DOCKER_10"],
    defaultLevel: "error",
    messages: {
      relative:
        "WORKDIR `{{path}}` is relative to the base image's working directory, which can change. Use an absolute path.",
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    /** Stages (by index) known to have an absolute WORKDIR at the end. */
    const absoluteAtEnd = new Map<number, boolean>();
    let absolute = false;

    function isAbsoluteWorkdir(node: Instruction): boolean | null {
      const word = node.args[0];
      if (!word) return null;
      const resolved = source.resolve(word.value, node);
      if (resolved.unresolved.length || !resolved.value) return null;
      return isAbsolute(resolved.value);
    }

    return {
      Stage(stage: Stage) {
        const from = source.facts.graph.parentOf(stage);
        absolute = from !== null && (absoluteAtEnd.get(from.index) ?? false);
      },
      "Stage:exit"(stage: Stage) {
        absoluteAtEnd.set(stage.index, absolute);
      },
      Workdir(node: SimpleInstruction) {
        if (node.isTrigger) return;
        const verdict = isAbsoluteWorkdir(node);
        // an unresolved path may well be absolute: count it as setting the directory
        if (verdict !== false) {
          absolute = true;
          return;
        }
        if (absolute) return;
        const word = node.args[0];
        context.report({ loc: word.loc, messageId: "relative", data: { path: source.resolve(word.value, node).value } });
      },
    };
  },
};

export default rule;
