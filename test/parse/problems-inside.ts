// The parser's problems on real files must lie inside the text they came from.
import fs from "node:fs";
import path from "node:path";
import { parseDockerfile } from "../../src/parse/parse.js";

/** Each problem of each file's parse whose range or location lies outside the file's text. */
export function problemsOutsideText(files: string[]): string[] {
  const outside: string[] = [];
  for (const file of files) {
    const { document, source } = parseDockerfile(fs.readFileSync(file, "utf8"));
    for (const p of document.problems) {
      const inside =
        p.range[0] >= 0 && p.range[1] <= source.text.length && p.range[0] <= p.range[1] && p.loc.start.line >= 1 && p.loc.end.line <= source.lineStarts.length;
      if (!inside) outside.push(`${path.basename(path.dirname(file))}/${path.basename(file)}: ${JSON.stringify(p)}`);
    }
  }
  return outside;
}
