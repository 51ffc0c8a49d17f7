import fs from "node:fs";
import path from "node:path";
import { parseDockerfile } from "../src/parse/parse.js";
const corpus = "/work/shared/corpus";
const files = fs.readdirSync(corpus).filter((f) => f.endsWith(".Dockerfile")).map((f) => fs.readFileSync(path.join(corpus, f), "utf8"));
for (let i = 0; i < 4; i++) { const t = performance.now(); for (const f of files) parseDockerfile(f); console.log((performance.now() - t).toFixed(0)); }
