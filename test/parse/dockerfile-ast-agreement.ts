// The instruction splitter against dockerfile-ast on real files: the same instructions at the same
// offsets, but for the places BuildKit (which the splitter follows) and dockerfile-ast differ.
import fs from "node:fs";
import path from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import { splitInstructions } from "../../src/parse/split-instructions.js";
import { createSource, offsetAt } from "../../src/source/source.js";

/** Each difference found in `files`, and how many files were compared. */
export function differencesFromDockerfileAst(files: string[]): { differences: unknown[]; compared: number } {
  const differences: unknown[] = [];
  let compared = 0;
  for (const file of files) {
    const name = `${path.basename(path.dirname(file))}/${path.basename(file)}`;
    const text = createSource(fs.readFileSync(file, "utf8")).text;
    // dockerfile-ast continues a line ending in an escaped escape (C:\\dir\\); BuildKit does not
    if (/[^\\]\\\\[ \t]*$/m.test(text)) continue;
    // nor does it read a heredoc opened on a file descriptor (cat 3<<END) as one
    if (/[0-9]<<-?["']?[A-Za-z_]/.test(text)) continue;
    const source = createSource(text);
    const theirs = DockerfileParser.parse(text).getInstructions();
    const ours = splitInstructions(text).instructions;
    const at = (p: { line: number; character: number }) => offsetAt(source, p.line + 1, p.character + 1);
    const oursStarts = ours.map((i) => [i.keyword.replace(/\\$/, ""), i.range[0]]);
    const theirStarts = theirs.map((i) => [i.getInstruction().replace(/\\$/, ""), at(i.getRange().start)]);
    if (JSON.stringify(oursStarts) !== JSON.stringify(theirStarts)) differences.push({ file: name, ours: oursStarts, theirs: theirStarts });
    // dockerfile-ast's ranges may include trailing blanks
    else ours.forEach((i, k) => text.slice(i.range[1], at(theirs[k].getRange().end)).trim() && differences.push({ file: name, instruction: k, ours: i.range }));
    compared++;
  }
  return { differences, compared };
}
