// Flags VOLUME paths that are relative, and shell-form lists that were meant as JSON arrays.
import type { Rule } from "../src/engine/rule.js";

/** `/data`, and Windows container paths: `C:\data`, `c:/data`, `\data`. */
function isAbsolute(path: string): boolean {
  return path.startsWith("/") || path.startsWith("\\") || /^[A-Za-z]:/.test(path);
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "VOLUME with a relative path, or a list in brackets that is not valid JSON.",
      rationale:
        "A VOLUME path is not resolved against WORKDIR. Depending on the Docker version a relative path " +
        "is mounted at the root (`VOLUME data` becomes `/data`) or the container fails to start because the " +
        "mount destination is not absolute. A bracketed list is read as JSON only when it is valid JSON, " +
        "with double quotes: `VOLUME ['/data']` or `VOLUME [/data]` falls back to the shell form and " +
        "declares a volume literally named `[/data]` (or `['/data',`), not `/data`.",
      examples: {
        valid: ['FROM postgres:16\nVOLUME /var/lib/postgresql/data\n', 'FROM alpine:3.20\nVOLUME ["/data", "/logs"]\n'],
        invalid: ["FROM alpine:3.20\nVOLUME data\n", "FROM alpine:3.20\nVOLUME ['/data']\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      relative:
        "VOLUME `{{path}}` is relative: it is not resolved against WORKDIR, so it lands at the root or the " +
        "container fails to start. Write the absolute path.",
      notJson:
        "`{{text}}` is not a JSON array (JSON needs double quotes), so Docker reads it as a path and " +
        "declares a volume named `{{first}}`. Write `VOLUME [\"/path\"]` or `VOLUME /path`.",
    },
    schema: [],
  },
  create(context) {
    return {
      Volume(node) {
        const first = node.paths[0];
        if (!first) return;
        if (!node.json && first.text.startsWith("[")) {
          const text = node.argsRange ? context.sourceCode.text.slice(node.argsRange[0], node.argsRange[1]).trim() : first.text;
          context.report({ loc: first.loc, messageId: "notJson", data: { text, first: first.value } });
          return;
        }
        for (const word of node.paths) {
          const resolved = context.sourceCode.resolve(word.value, node);
          // `$DATA_DIR` unknown: the value decides; `${DIR}/x` may well be absolute
          if (resolved.unresolved.length || !resolved.value || isAbsolute(resolved.value)) continue;
          context.report({ loc: word.loc, messageId: "relative", data: { path: resolved.value } });
        }
      },
    };
  },
};

export default rule;
