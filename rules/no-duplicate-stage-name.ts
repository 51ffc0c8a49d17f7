// Flags a stage whose name an earlier stage already has.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "Two stages have the same name.",
      rationale:
        "`FROM`, `COPY --from` and `RUN --mount=from` name stages, and with two stages of one name they cannot " +
        "say which they mean. BuildKit rejects the file.",
      examples: {
        valid: ["FROM debian:12 AS build\nRUN make\nFROM debian:12 AS test\nRUN make test\n"],
        invalid: ["FROM debian:12 AS build\nRUN make\nFROM debian:12 AS build\nRUN make test\n"],
      },
      differences:
        "Names are compared case-insensitively, as Docker does (`AS build` and `AS Build` clash); hadolint " +
        "compares them exactly. Names built from ARGs are compared by their values; unknown values are skipped.",
      recommended: true,
    },
    aliases: ["DL3024", "DuplicateStageName", "DS012", "CKV_DOCKER_11"],
    defaultLevel: "error",
    messages: { duplicate: "Stage name `{{name}}` is already used by the stage on line {{line}}." },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Dockerfile(file) {
        const seen = new Map<string, number>();
        for (const stage of file.stages) {
          const word = stage.from.stageName;
          if (!word) continue;
          const resolved = word.text.includes("$") ? sourceCode.resolve(word.text, stage.from) : null;
          if (resolved && resolved.unresolved.length > 0) continue;
          const name = (resolved ? resolved.value : word.text).toLowerCase();
          const line = seen.get(name);
          if (line === undefined) seen.set(name, word.loc.start.line);
          else context.report({ node: word, messageId: "duplicate", data: { name: word.text, line: String(line) } });
        }
      },
    };
  },
};

export default rule;
