// Flags COPY/ADD of several sources into a destination not written as a directory (trailing `/`).
import type { Rule } from "../src/engine/rule.js";
import type { Copy } from "../src/parse/model.js";

/** `.` and `..` name directories however they are written; so does a trailing separator. */
function isDirectory(dest: string): boolean {
  return /[/\\]$/.test(dest) || /(^|[/\\])\.\.?$/.test(dest);
}

/** Options that take a value: written without `=`, the next word is swallowed as a source. */
const VALUE_FLAGS = new Set(["chown", "chmod", "from", "checksum", "exclude"]);

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "COPY or ADD with several sources and a destination that does not end with `/`.",
      rationale:
        "With more than one source the destination must be a directory, and Docker requires it to end with " +
        "`/`: the classic builder fails the build, and a reader cannot tell whether `/app/config` is meant " +
        "as a file or a folder. The trailing slash states it.",
      examples: {
        valid: ["FROM node:22\nCOPY package.json package-lock.json /app/\n", "FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json .\n"],
        invalid: ["FROM node:22\nCOPY package.json package-lock.json /app\n"],
      },
      fixSafety: "Safe: with several sources the destination is a directory already; the slash only says so.",
      differences:
        "A destination of `.` or `..` (or ending in `/.`) is a directory as written and is accepted, as BuildKit " +
        "does. A destination from a variable is checked after substitution; an unknown value is not flagged.",
      recommended: true,
    },
    aliases: ["DL3021", "DS011"],
    defaultLevel: "error",
    fixable: "code",
    messages: {
      noSlash: "{{instruction}} with more than one source needs a directory destination ending with `/`: write `{{fixed}}`.",
    },
    schema: [],
  },
  create(context) {
    const check = (node: Copy) => {
      const dest = node.destination;
      if (!dest || node.sources.length + node.heredocs.length < 2) return;
      // `COPY --chown 1:1 a /b`: a flag without `=` is a syntax error, reported by `syntax`
      if (node.flags.some((f) => f.value === null && VALUE_FLAGS.has(f.name))) return;
      const resolved = context.sourceCode.resolve(dest.value, node);
      if (resolved.unresolved.length || isDirectory(resolved.value)) return;
      const quote = dest.text.length > 1 && /^["']/.test(dest.text) && dest.text.endsWith(dest.text[0]);
      const at = quote ? dest.range[1] - 1 : dest.range[1];
      context.report({
        loc: dest.loc,
        messageId: "noSlash",
        data: { instruction: node.name, fixed: `${dest.value}/` },
        fix: (fixer) => fixer.insertTextAfterRange([at, at], "/"),
      });
    };
    return { Copy: check, Add: check };
  },
};

export default rule;
