// The real Dockerfiles tests run over: fixtures/ and a fixed sample of the corpus at
// ../shared/corpus (present in CI). A missing corpus fails the tests that use it, loudly.
import fs from "node:fs";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
export const CORPUS_DIR = path.join(root, "..", "shared", "corpus");

/** Every Dockerfile under fixtures/. */
export function fixtureFiles(): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/Dockerfile/.test(entry.name)) found.push(full);
    }
  };
  visit(path.join(root, "fixtures"));
  return found.sort();
}

/** `count` corpus files spread evenly over the sorted names: the same ones on every run. */
export function corpusSample(count: number): string[] {
  if (!fs.existsSync(CORPUS_DIR)) throw new Error(`The corpus is missing: ${CORPUS_DIR} (these tests need it; CI has it there).`);
  const names = fs.readdirSync(CORPUS_DIR).filter((n) => n.endsWith(".Dockerfile")).sort();
  if (names.length < count) throw new Error(`The corpus at ${CORPUS_DIR} has ${names.length} Dockerfiles; the tests sample ${count}.`);
  const step = Math.floor(names.length / count);
  return Array.from({ length: count }, (_, i) => path.join(CORPUS_DIR, names[i * step]));
}
