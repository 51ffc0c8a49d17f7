// Flags COPY of a tar archive that a later RUN in the same stage only unpacks: ADD does that in one step.
import type { Rule } from "../src/engine/rule.js";
import type { Copy, Run, Word } from "../src/parse/model.js";
import type { ShellCommand } from "../src/shell/command.js";

/** Tar archives ADD unpacks, plain or compressed. */
const TAR_ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz|tbz2|tb2|txz|tzst)$/i;
/** tar options that select or reshape what is unpacked, which ADD cannot do. */
const RESHAPING = ["--strip-components", "--strip", "--exclude", "--wildcards", "--transform", "--xform", "--to-stdout", "-O", "--one-top-level"];
/** tar options whose value is a separate word. */
const TAR_VALUE_FLAGS = ["-C", "--directory", "-f", "--file", "-T", "--files-from", "-X", "--exclude-from", "--owner", "--group", "--mode"];

function basename(path: string): string {
  return path.split(/[/\\]/).filter(Boolean).pop() ?? "";
}

/** True for `tar -xzf`, `tar xf`, `tar --extract`: a tar command that unpacks. */
function isTarExtract(command: ShellCommand): boolean {
  if (command.command !== "tar") return false;
  const first = command.args[0]?.value ?? "";
  // old-style options without a dash: `tar xzf`
  return command.hasFlag("-x", "--extract", "--get") || (/^[A-Za-z]+$/.test(first) && first.includes("x"));
}

interface Archive {
  word: Word;
  name: string;
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "COPY of a tar archive that a later RUN in the same stage unpacks with tar.",
      rationale:
        "COPY followed by `RUN tar -x` stores the archive in one layer and its contents in the next, so the " +
        "image carries both (deleting the archive later does not shrink the earlier layer). `ADD archive.tar.gz " +
        "/dest/` unpacks a local tar archive in one step and keeps only the contents.",
      examples: {
        valid: ["FROM debian:12\nADD app.tar.gz /opt/app/\n", "FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz --strip-components=1 -C /opt/app\n"],
        invalid: ["FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n"],
      },
      differences:
        "Only tar archives are flagged: ADD does not unpack zip files, and decompressing a single file " +
        "(`gunzip`, `unxz`) is not unpacking, so `unzip` and decompressors do not count as hadolint's do. An " +
        "extraction ADD cannot reproduce (`--strip-components`, `--exclude`, `--wildcards`, selected members, " +
        "`-O`) is not flagged. Only stages whose layers reach an image are checked (" +
        "the stage built (the last, or `--target`) and the stages it builds FROM): a builder stage that is only copied from is discarded with both layers. Variables are substituted; unknown names are not matched.",
      recommended: true,
    },
    aliases: ["DL3010"],
    defaultLevel: "info",
    messages: {
      useAdd:
        "`{{name}}` is copied and then unpacked by the RUN on line {{line}}: `ADD {{name}} <dir>/` unpacks it in one layer.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const known = (text: string, at: Copy | Run) => {
      const r = sourceCode.resolve(text, at);
      return r.unresolved.length ? null : r.value;
    };
    /** The archive names a COPY puts in the stage: the destination's name, or the sources' names. */
    const archivesOf = (node: Copy): Archive[] => {
      if (!node.destination || node.from) return [];
      const dest = known(node.destination.value, node);
      if (dest !== null && TAR_ARCHIVE.test(dest)) return [{ word: node.destination, name: basename(dest) }];
      return node.sources.flatMap((word) => {
        const value = known(word.value, node);
        return value !== null && TAR_ARCHIVE.test(value) ? [{ word, name: basename(value) }] : [];
      });
    };
    /** The names of the archives a tar command unpacks whole (null when it reshapes or selects). */
    const unpacked = (command: ShellCommand, run: Run): string[] => {
      if (!isTarExtract(command) || command.hasFlag(...RESHAPING)) return [];
      const names: string[] = [];
      const file = command.flagValue("-f", "--file");
      const positionals = command.positionals(TAR_VALUE_FLAGS.filter((f) => f !== "-f" && f !== "--file"));
      for (const word of file ? [file, ...positionals] : positionals) {
        const value = known(word.value, run);
        if (value === null) continue;
        if (TAR_ARCHIVE.test(value)) names.push(basename(value));
        else if (word !== positionals[0] || !/^[A-Za-z]+$/.test(value)) return []; // a member: partial extraction
      }
      return names;
    };
    return {
      Stage(stage) {
        if (!sourceCode.facts.layersInImage(stage.from)) return;
        const pending: Archive[] = [];
        for (const instruction of stage.instructions) {
          if (instruction.type === "Copy") pending.push(...archivesOf(instruction));
          if (instruction.type !== "Run" || !pending.length) continue;
          for (const command of sourceCode.commandsOf(instruction)) {
            const names = unpacked(command, instruction);
            for (let i = pending.length - 1; i >= 0; i--) {
              if (!names.includes(pending[i].name)) continue;
              const [archive] = pending.splice(i, 1);
              context.report({
                loc: archive.word.loc,
                messageId: "useAdd",
                data: { name: archive.name, line: String(command.loc.start.line) },
              });
            }
          }
        }
      },
    };
  },
};

export default rule;
