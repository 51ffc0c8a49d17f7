// Flags ADD of plain local files and folders, where COPY does the same without ADD's extra magic.
import type { Rule } from "../src/engine/rule.js";
import type { Copy, Word } from "../src/parse/model.js";

/**
 * Names ADD may unpack: tar archives, plain or compressed (Docker looks at the content, so a bare
 * `.gz` or `.xz` may be a tarball too). Zip is not unpacked by ADD.
 */
const MAYBE_TAR = /\.(tar|tgz|taz|tbz|tbz2|tb2|txz|tzst|tlz|tar\.[a-z0-9]+|gz|bz2|xz|zst|lz|lzma|lz4|z)$/i;
/** Remote sources: ADD fetches URLs and git repositories. */
const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@)|\.git(#[^]*)?$/i;
/** Glob characters Docker's ADD/COPY patterns use. */
const GLOB = /[*?[]/;
/** ADD options COPY does not have. */
const ADD_ONLY_FLAGS = new Set(["checksum", "keep-git-dir", "unpack"]);

type Kind = "plain" | "glob" | "add";

/** What a source needs: "add" for anything ADD may treat specially (or that is unknown). */
function sourceKind(value: string): Kind {
  if (REMOTE.test(value) || MAYBE_TAR.test(value)) return "add";
  const last = value.split("/").filter(Boolean).pop() ?? "";
  if (!GLOB.test(last)) return GLOB.test(value) ? "glob" : "plain";
  // `*.py` cannot match an archive; `*`, `app-*` or `*.tar.*` might
  return /\.[A-Za-z0-9]+$/.test(last) && !GLOB.test(last.slice(last.lastIndexOf("."))) ? "glob" : "add";
}

function copyKeyword(keyword: string): string {
  if (keyword === keyword.toLowerCase()) return "copy";
  if (keyword === keyword.toUpperCase()) return "COPY";
  return "Copy";
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "ADD of local files or folders, where COPY does the same.",
      rationale:
        "ADD also downloads URLs, clones git repositories and unpacks local tar archives. For a plain " +
        "file or folder COPY does the same with no hidden behaviour: a reader need not wonder whether " +
        "something is fetched or unpacked, and a file that happens to be a tarball is not unpacked by surprise.",
      examples: {
        valid: [
          "FROM alpine:3.20\nCOPY app /app\n",
          "FROM alpine:3.20\nADD rootfs.tar.gz /\n",
          "FROM alpine:3.20\nADD https://example.com/tool.tgz /opt/\n",
          "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.16.0 /src\n",
        ],
        invalid: ["FROM alpine:3.20\nADD app /app\n"],
      },
      fixSafety:
        "Safe when every source is a literal file or folder name that cannot be a tar archive by its name and " +
        "no ADD-only option (--checksum, --keep-git-dir, --unpack) is given: then COPY copies exactly what ADD " +
        "did. Sources with unresolved variables, or globs that might match an archive, are not flagged at all.",
      differences:
        "hadolint flags `ADD file.zip`: so does docklint, because ADD does not unpack zip files. Compressed " +
        "files (`.gz`, `.xz`, `.zst`, ...) may be tarballs that ADD unpacks, so they are not flagged. A source " +
        "whose value is unknown (`ADD $SRC /x`) or a glob that could match an archive (`ADD * /x/`) is not flagged.",
      recommended: true,
    },
    aliases: ["DL3020", "DS005", "CKV_DOCKER_4"],
    defaultLevel: "error",
    fixable: "code",
    messages: {
      useCopy: "Use COPY instead of ADD for local files and folders: ADD also fetches URLs and unpacks archives.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const kindOf = (word: Word, node: Copy): Kind | null => {
      const resolved = sourceCode.resolve(word.value, node);
      if (resolved.unresolved.length) return null;
      return sourceKind(resolved.value);
    };
    return {
      Add(node) {
        if (!node.destination || (!node.sources.length && !node.heredocs.length)) return;
        const kinds = node.sources.map((w) => kindOf(w, node));
        if (kinds.some((k) => k === null || k === "add")) return;
        const fixable = kinds.every((k) => k === "plain") && !node.flags.some((f) => ADD_ONLY_FLAGS.has(f.name.toLowerCase()));
        context.report({
          loc: sourceCode.locOf(node.keywordRange),
          messageId: "useCopy",
          fix: fixable ? (fixer) => fixer.replaceTextRange(node.keywordRange, copyKeyword(node.keyword)) : null,
        });
      },
    };
  },
};

export default rule;
