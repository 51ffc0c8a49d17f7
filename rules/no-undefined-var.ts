// Flags `$VAR` in instructions Docker expands (COPY, ENV, WORKDIR, ...) when no ARG or ENV declares it.
import type { Rule } from "../src/engine/rule.js";
import { isScratch } from "../src/parse/image-ref.js";
import type { Instruction, Stage } from "../src/parse/model.js";
import { closestName, variableReferences } from "../src/parse/variable-references.js";
import { isAutomaticBuildArg } from "../src/parse/variables.js";


/** Set in every build (PATH), or by most base images: candidates for "did you mean". */
const alwaysSet = new Set(["PATH"]);
const wellKnown = ["PATH", "HOME", "HOSTNAME", "LANG", "LC_ALL", "TERM", "USER", "SHELL", "PWD", "TZ"];

/** Instructions whose arguments Docker expands; RUN, CMD, ENTRYPOINT and HEALTHCHECK are left to the shell. */
const expanded = new Set(["Env", "Arg", "Label", "Copy", "Add", "Workdir", "User", "Expose", "Volume", "Stopsignal"]);

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`$VAR` in an instruction Docker expands (COPY, ADD, ENV, ARG, LABEL, WORKDIR, USER, EXPOSE, VOLUME, STOPSIGNAL) that no ARG or ENV declares.",
      rationale:
        "Docker replaces an undeclared variable with an empty string and carries on: `COPY $foo .` copies the " +
        "whole context, `WORKDIR /opt/$APP_NAEM` lands in `/opt/`. Declare the variable with ARG or ENV before " +
        "use; a misspelled name is usually the cause.",
      examples: {
        valid: ["FROM alpine:3.20 AS base\nARG foo\nCOPY $foo .\n", "FROM alpine:3.20\nENV PATH=$PATH:/app/bin\n"],
        invalid: ["FROM alpine:3.20 AS base\nCOPY $foo .\n", "FROM alpine:3.20\nENV PATH=$PAHT:/app/bin\n"],
      },
      differences:
        "BuildKit knows the base image's ENV; we do not. In a stage built on an image (not `scratch`), an " +
        "upper-case name we cannot see declared may come from the base image (`$PYTHON_VERSION`, `$HOME`), so it " +
        "is flagged only when it looks like a typo of a declared name or of PATH, HOME, LANG and the like; " +
        "lower-case names (`$foo`) and every name in a `scratch` stage or before the first FROM are flagged. " +
        "A variable used with a default or alternative (`${V:-x}`, `${V:+x}`, `${V:?msg}`) is not flagged. " +
        "RUN, CMD, ENTRYPOINT and HEALTHCHECK are not checked (the shell expands shell form; Docker does not " +
        "expand exec form at all). FROM is no-undefined-arg-in-from's, and a name set earlier in the same ENV " +
        "is env-self-reference's. BuildKit's platform and proxy args (`TARGETARCH`, `no_proxy`) need " +
        "`ARG <name>` in the stage, as in BuildKit; so does a global ARG, which is reported whatever its case.",
      recommended: true,
    },
    aliases: ["UndefinedVar"],
    defaultLevel: "warning",
    messages: {
      undefined: "Usage of undefined variable `${{name}}`: declare it with ARG or ENV first.",
      typo: "Usage of undefined variable `${{name}}` (did you mean `${{suggestion}}`?).",
      automatic: "`${{name}}` is a global build arg: add `ARG {{name}}` in this stage to use it.",
      global: "`${{name}}` is declared before the first FROM, which does not make it visible in a stage: add `ARG {{name}}` in this stage.",
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    const escapeChar = source.ast.escapeChar;
    const baseKnown = new Map<number, boolean>();
    const globalArgs = new Set(source.ast.preamble.flatMap((i) => (i.type === "Arg" ? i.pairs.map((p) => p.key.value) : [])));

    /** True when the stage's lineage starts from an image whose ENV we cannot see. */
    function hasImageBase(stage: Stage): boolean {
      if (!baseKnown.has(stage.index)) {
        const lineage = source.stageLineage(stage);
        const root = lineage[lineage.length - 1].from;
        const image = root.image ? source.resolve(source.text.slice(...root.image.range), root) : null;
        baseKnown.set(stage.index, !(image && !image.unresolved.length && isScratch(image.value)));
      }
      return baseKnown.get(stage.index)!;
    }

    /** An ARG or ENV for `name` in the stage before `node`, or in a stage it is built from (both pass down). */
    function declaredInStage(name: string, node: Instruction, stage: Stage): boolean {
      return source.stageLineage(stage).some((s) =>
        s.instructions.some(
          (i) =>
            (s !== stage || i.range[0] < node.range[0]) &&
            (i.type === "Arg" || i.type === "Env") &&
            i.pairs.some((p) => p.key.value === name),
        ),
      );
    }

    function check(node: Instruction): void {
      if (node.isTrigger || !expanded.has(node.type)) return;
      // no `$` anywhere in the instruction: no reference in any of its words (most instructions)
      if (!source.text.slice(node.range[0], node.range[1]).includes("$")) return;
      const stage = source.stageOf(node);
      // names set earlier in this instruction: ARG reads them in order; ENV is env-self-reference's
      const sameInstruction = new Set<string>();
      const words = node.flags.filter((f) => f.valueRange).map((f) => f.valueRange!);
      for (const arg of node.args) words.push(arg.range);
      for (const range of words) {
        const text = source.text.slice(...range);
        const key = (node.type === "Env" || node.type === "Arg") ? /^[^=]+(?==)/.exec(text)?.[0] : undefined;
        for (const ref of variableReferences(text, escapeChar, range[0])) {
          const name = ref.name;
          if (ref.guarded || sameInstruction.has(name) || alwaysSet.has(name)) continue;
          const at = range[0] + ref.start;
          const loc = () => source.locOf([at, at + 1 + name.length]);
          if (stage && isAutomaticBuildArg(name)) {
            if (!declaredInStage(name, node, stage)) context.report({ loc: loc(), messageId: "automatic", data: { name } });
            continue;
          }
          if (source.variables.isDeclared(name, node)) continue;
          if (stage && globalArgs.has(name)) {
            context.report({ loc: loc(), messageId: "global", data: { name } });
            continue;
          }
          // upper case on an image we cannot see: it may be the image's ENV unless it is one edit from a known name
          const maybeImageEnv = Boolean(stage && hasImageBase(stage) && name === name.toUpperCase());
          const suggestion = closestName(name, [...source.variables.names(node).filter((n) => !isAutomaticBuildArg(n)), ...wellKnown], maybeImageEnv ? 1 : 2);
          if (!suggestion && maybeImageEnv) continue;
          context.report({ loc: loc(), messageId: suggestion ? "typo" : "undefined", data: { name, suggestion: suggestion ?? "" } });
        }
        if (key) sameInstruction.add(key);
      }
    }

    return {
      Env: check,
      Arg: check,
      Label: check,
      Copy: check,
      Add: check,
      Workdir: check,
      User: check,
      Expose: check,
      Volume: check,
      Stopsignal: check,
    };
  },
};

export default rule;
