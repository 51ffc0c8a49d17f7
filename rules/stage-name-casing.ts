// Flags stage names that are not lower case; the fix renames the stage and every reference to it.
import type { Rule } from "../src/engine/rule.js";
import type { Range } from "../src/source/source.js";
import type { Instruction, Stage } from "../src/parse/model.js";

/** Ranges of the literal references to `stage` from later stages: FROM, COPY --from, RUN --mount=from. */
function referencesTo(stage: Stage, instructions: Instruction[], text: string): Range[] {
  const name = stage.name;
  const ranges: Range[] = [];
  const matches = (range: Range | null | undefined) => {
    if (range && text.slice(range[0], range[1]).toLowerCase() === name) ranges.push(range);
  };
  for (const i of instructions) {
    if (i.stageIndex <= stage.index || i.isTrigger) continue;
    if (i.type === "From" && i.image) matches(i.image.range);
    if ((i.type === "Copy" || i.type === "Add") && i.from) matches(i.from.valueRange);
    if (i.type === "Run") {
      for (const mount of i.mounts) {
        const valueRange = mount.flag.valueRange;
        if (!valueRange) continue;
        const value = text.slice(valueRange[0], valueRange[1]);
        for (const m of value.matchAll(/(?:^|,)from=([^,]*)/gi)) {
          const start = valueRange[0] + m.index + m[0].length - m[1].length;
          matches([start, start + m[1].length]);
        }
      }
    }
  }
  return ranges;
}

const rule: Rule = {
  meta: {
    type: "layout",
    docs: {
      description: "A stage name is not lower case.",
      rationale:
        "Docker lower-cases stage names, so `AS Builder` and `--from=builder` name the same stage while looking " +
        "different. Lower-case names read the same everywhere they appear.",
      examples: {
        valid: ["FROM golang:1.22 AS builder\nFROM alpine:3.20\nCOPY --from=builder /app /app\n"],
        invalid: ["FROM golang:1.22 AS BuilderBase\nFROM alpine:3.20\nCOPY --from=BuilderBase /app /app\n"],
      },
      fixSafety:
        "Safe: Docker matches stage names case-insensitively, so lower-casing the name and its literal references " +
        "(FROM, COPY --from, RUN --mount=from) changes nothing; references written with variables still match.",
      differences:
        "A name built from ARGs (`AS ${NAME}`) is judged by its value, and not at all when the value is unknown; " +
        "BuildKit judges the text as written, so it flags `AS ${NAME}` even when NAME is lower case.",
      recommended: true,
    },
    aliases: ["StageNameCasing"],
    defaultLevel: "style",
    fixable: "code",
    messages: { casing: "Stage name `{{name}}` should be lower case: `{{fixed}}`." },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Dockerfile(file) {
        for (const stage of file.stages) {
          const word = stage.from.stageName;
          if (!word || !stage.name) continue;
          // A name built from ARGs is judged by its value; renaming it would mean editing the ARG, so no fix.
          const literal = !word.text.includes("$");
          const resolved = literal ? { value: word.text, unresolved: [] } : sourceCode.resolve(word.text, stage.from);
          if (resolved.unresolved.length > 0 || resolved.value === resolved.value.toLowerCase()) continue;
          const fixed = resolved.value.toLowerCase();
          const ranges = [word.range, ...referencesTo(stage, file.instructions, sourceCode.text)];
          context.report({
            node: word,
            messageId: "casing",
            data: { name: resolved.value, fixed },
            fix: literal
              ? (fixer) => ranges.map((r) => fixer.replaceTextRange(r, sourceCode.text.slice(r[0], r[1]).toLowerCase()))
              : null,
          });
        }
      },
    };
  },
};

export default rule;
