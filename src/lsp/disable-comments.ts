// The edits that turn a rule off with a comment, placed where the engine's pragmas read them
// (engine/pragmas.ts): `docklint-disable-next-line` covers the next instruction, so it goes above
// the first line of the instruction holding the finding, with its indentation (never inside a
// multi-line instruction or a heredoc); `docklint-disable` covers the file, and goes after the
// parser directives (`# syntax=`, `# escape=`, `# check=`), which BuildKit reads only at the top.
// In a Compose file the comments are YAML's: `# docklint-disable-next-line` goes above the line of
// the finding, with its indentation, when it stays a comment there (not a line of a block scalar)
// and the file parses as well as before; `# docklint-disable` goes on the first line.
import type { TextEdit } from "../engine/result.js";
import type { ParsedDockerfile } from "../parse/parse.js";
import { createSource, positionAt, type SourceText } from "../source/source.js";
import { parseYaml } from "../compose/yaml-tree.js";

/** The edit that turns `id` off for the instruction at `offset`, or null when no instruction holds it. */
export function disableForInstruction({ source, document }: ParsedDockerfile, offset: number, id: string): TextEdit | null {
  const instruction = document.instructions.find((i) => i.range[0] <= offset && offset <= i.range[1]);
  if (!instruction) return null;
  const lineStart = source.lineStarts[positionAt(source, instruction.range[0]).line - 1]!;
  const indent = /^[ \t]*$/.test(source.text.slice(lineStart, instruction.range[0])) ? source.text.slice(lineStart, instruction.range[0]) : "";
  return { range: [lineStart, lineStart], text: `${indent}# docklint-disable-next-line ${id}${source.eol}` };
}

/** The edit that turns `id` off for the whole file. */
export function disableForFile({ source, document }: ParsedDockerfile, id: string): TextEdit {
  const comment = `# docklint-disable ${id}`;
  const last = document.directives.at(-1);
  if (!last) return { range: [0, 0], text: `${comment}${source.eol}` };
  const next = source.lineStarts[positionAt(source, last.range[1]).line];
  // a file of directives alone, without a line ending after the last
  if (next === undefined) return { range: [source.text.length, source.text.length], text: `${source.eol}${comment}${source.eol}` };
  return { range: [next, next], text: `${comment}${source.eol}` };
}

/** The edit that turns `id` off for the line of `offset` in a Compose file, or null when a comment cannot go above it. */
export function disableForYamlLine(source: SourceText, offset: number, id: string, file: string): TextEdit | null {
  const lineStart = source.lineStarts[positionAt(source, offset).line - 1]!;
  const indent = /^[ \t]*/.exec(source.text.slice(lineStart, offset))![0];
  const edit: TextEdit = { range: [lineStart, lineStart], text: `${indent}# docklint-disable-next-line ${id}${source.eol}` };
  try {
    const before = parseYaml(source, file, new Map());
    const after = parseYaml(createSource(source.text.slice(0, lineStart) + edit.text + source.text.slice(lineStart)), file, new Map());
    const isComment = after.comments.some((c) => c.range[0] === lineStart + indent.length);
    return isComment && after.problems.length <= before.problems.length ? edit : null;
  } catch {
    return null; // past the YAML limits: the file is one too-complex finding
  }
}

/** The edit that turns `id` off for the whole Compose file: a comment on its first line. */
export function disableForYamlFile(source: SourceText, id: string): TextEdit {
  return { range: [0, 0], text: `# docklint-disable ${id}${source.eol}` };
}
