// Flags a FROM whose image is invalid when the build uses the global ARGs' defaults (no --build-arg).
import type { Rule } from "../src/engine/rule.js";
import { isScratch, isStageReference, parseImageRef } from "../src/parse/image-ref.js";
import { variableReferences } from "../src/parse/variable-references.js";
import { substitute } from "../src/parse/variables.js";

/** What BuildKit sets the automatic args to: a representative platform, and no proxies. */
const automaticDefaults: Record<string, string> = {
  TARGETPLATFORM: "linux/amd64", TARGETOS: "linux", TARGETARCH: "amd64", TARGETVARIANT: "",
  BUILDPLATFORM: "linux/amd64", BUILDOS: "linux", BUILDARCH: "amd64", BUILDVARIANT: "",
};

/** What a stage sees before any global ARG: BuildKit's automatic args, and the proxy args (empty). */
const initialDefaults: [string, string][] = [
  ...Object.entries(automaticDefaults),
  ...["HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY"].flatMap((n): [string, string][] => [[n, ""], [n.toLowerCase(), ""]]),
];

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "FROM image that is empty or invalid with the default values of the global ARGs.",
      rationale:
        "A build should work without `--build-arg`. When an ARG used in FROM has no default (or a default " +
        "that does not fit), a plain `docker build` fails: `ARG TAG` then `FROM busybox:${TAG}` asks for " +
        "`busybox:`, which is no image reference.",
      examples: {
        valid: [
          "ARG TAG=1.36\nFROM busybox:${TAG}\n",
          "ARG VARIANT\nFROM busybox:stable${VARIANT}\n",
          "ARG TAG\nFROM alpine:${TAG:-3.20}\n",
        ],
        invalid: ["ARG TAG\nFROM busybox:${TAG}\n"],
      },
      differences:
        "An ARG that is not declared at all is left to no-undefined-arg-in-from (UndefinedArgInFrom), so one " +
        "mistake is reported once. Automatic platform args count as set (e.g. `TARGETARCH=amd64`).",
      recommended: true,
    },
    aliases: ["InvalidDefaultArgInFrom"],
    defaultLevel: "warning",
    messages: {
      empty: "With the default ARG values the FROM image is empty: give {{args}} a default.",
      invalid: "With the default ARG values the FROM image is `{{image}}`, which is not a valid image reference: give {{args}} a default that fits.",
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    const escapeChar = source.ast.escapeChar;
    // global ARG defaults as a build without --build-arg sees them: no default means empty
    const defaults = new Map<string, string | null>(initialDefaults);
    const withoutDefault = new Set<string>();
    for (const i of source.ast.preamble) {
      if (i.type !== "Arg") continue;
      for (const p of i.pairs) {
        const name = p.key.value;
        if (p.value) {
          const value = substitute(p.value.value, defaults, escapeChar);
          // a default built from an unknown variable: not ours to judge (no-undefined-arg-in-from)
          defaults.set(name, value.unresolved.length ? null : value.value);
          withoutDefault.delete(name);
        } else if (!defaults.has(name)) {
          defaults.set(name, "");
          withoutDefault.add(name);
        }
      }
    }

    return {
      From(node) {
        if (node.isTrigger || !node.image) return;
        const written = source.text.slice(...node.image.range);
        if (!written.includes("$") || written.includes("'")) return;
        // Docker removes double quotes when it expands the reference: `alpine:"${TAG}"` is fine
        const result = substitute(written.replaceAll('"', ""), defaults, escapeChar);
        if (result.unresolved.length) return;
        const image = result.value;
        const ast = source.ast;
        if (image && (isScratch(image) || isStageReference(image, ast.stages, node.stageIndex) || parseImageRef(image))) return;
        const referenced = new Set(variableReferences(written, escapeChar).map((r) => r.name));
        const used = [...withoutDefault].filter((name) => referenced.has(name));
        const args = used.length ? used.map((n) => `\`${n}\``).join(", ") : "the ARGs used here";
        context.report({ loc: node.image.loc, messageId: image ? "invalid" : "empty", data: { image, args } });
      },
    };
  },
};

export default rule;
