import fs from "node:fs";
import path from "node:path";
import { parseDockerfile } from "../src/parse/parse.js";
import { DockerfileSourceCode } from "../src/engine/source-code.js";
import { loadShellParser } from "../src/shell/bash-parser.js";
const corpus = "/work/shared/corpus";
const files = fs.readdirSync(corpus).filter((f) => f.endsWith(".Dockerfile")).map((f) => fs.readFileSync(path.join(corpus, f), "utf8"));
await loadShellParser();
const docs = files.map((f) => parseDockerfile(f));
for (let r = 0; r < 4; r++) {
  const t = performance.now();
  for (const p of docs) { const sc = new DockerfileSourceCode(p.source, p.document); for (const i of p.document.instructions) sc.commandsOf(i); sc.dispose(); }
  console.log((performance.now() - t).toFixed(0));
}
