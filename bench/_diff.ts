import fs from "node:fs";
import path from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import { splitInstructions } from "../src/parse/split-instructions.js";
import { createSource, offsetAt } from "../src/source/source.js";
const corpus = "/work/shared/corpus";
let files = 0, diffs = 0;
const kinds = new Map<string, number>();
for (const f of fs.readdirSync(corpus).filter((f) => f.endsWith(".Dockerfile"))) {
  const text = createSource(fs.readFileSync(path.join(corpus, f), "utf8")).text;
  const src = createSource(text);
  const off = (p: { line: number; character: number }) => offsetAt(src, p.line + 1, p.character + 1);
  const a = DockerfileParser.parse(text);
  const b = splitInstructions(text);
  files++;
  const ai = a.getInstructions(), bi = b.instructions;
  const report = (kind: string, detail: string) => { kinds.set(kind, (kinds.get(kind) ?? 0) + 1); if ((kinds.get(kind) ?? 0) <= 3) console.log(f, kind, detail); diffs++; };
  if (a.getEscapeCharacter() !== b.escapeChar) report("escape", "");
  if (ai.length !== bi.length) { report("count", `${ai.length} vs ${bi.length}: ${ai.map((i) => i.getKeyword()).join(",").slice(0, 200)} | ${bi.map((i) => i.keyword.toUpperCase()).join(",").slice(0, 200)}`); continue; }
  ai.forEach((x, k) => {
    const y = bi[k];
    if (x.getInstruction() !== y.keyword) report("keyword", `${x.getInstruction()} vs ${y.keyword}`);
    if (off(x.getRange().start) !== y.range[0]) report("start", `${k} ${x.getKeyword()}`);
    if (off(x.getRange().end) !== y.range[1]) report("end", `${k} ${x.getKeyword()} ${off(x.getRange().end)} vs ${y.range[1]} ${JSON.stringify(text.slice(Math.min(off(x.getRange().end), y.range[1]) - 10, Math.max(off(x.getRange().end), y.range[1]) + 5))}`);
  });
  const ad = a.getDirectives().map((d) => d.getName().toLowerCase() + "=" + d.getValue()).join(";");
  const bd = b.directives.map((d) => d.name + "=" + d.value).join(";");
  if (ad !== bd) report("directives", `${ad} vs ${bd}`);
  const ac = a.getComments().length, bc = b.comments.length;
  if (ac !== bc) report("comments", `${ac} vs ${bc}`);
}
console.log(files, "files", diffs, "differences", Object.fromEntries(kinds));
