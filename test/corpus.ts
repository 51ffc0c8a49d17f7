// Real Dockerfiles for the tests that gain from them: fixtures/ (written here, always present) and
// the corpus of Dockerfiles written by others, ../shared/corpus beside the checkout or the
// directory DOCKLINT_CORPUS names. A clone on its own has no corpus: the tests over it (files
// named *.corpus.test.ts) then skip, saying why, and `npm run test:corpus` (which sets
// DOCKLINT_REQUIRE_CORPUS) fails instead, so CI cannot pass them by skipping.
import fs from "node:fs";
import path from "node:path";
import type { TestContext } from "vitest";

const root = path.join(import.meta.dirname, "..");
export const CORPUS_DIR = process.env.DOCKLINT_CORPUS ? path.resolve(process.env.DOCKLINT_CORPUS) : path.join(root, "..", "shared", "corpus");

/** Every Dockerfile under fixtures/. */
export function fixtureFiles(): string[] {
  return fs
    .readdirSync(path.join(root, "fixtures"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.includes("Dockerfile"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Why the corpus cannot be used, or null when it can. */
function corpusMissing(): string | null {
  if (!fs.existsSync(CORPUS_DIR)) return `no corpus at ${CORPUS_DIR} (set DOCKLINT_CORPUS to a directory of *.Dockerfile files)`;
  if (corpusFiles().length === 0) return `no *.Dockerfile files in ${CORPUS_DIR}`;
  return null;
}

let names: string[] | undefined;
/** Every Dockerfile of the corpus, sorted by name; empty when there is no corpus. */
export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  names ??= fs.readdirSync(CORPUS_DIR).filter((n) => n.endsWith(".Dockerfile")).sort();
  return names.map((n) => path.join(CORPUS_DIR, n));
}

/** `count` corpus files spread evenly over the sorted names: the same ones on every run. */
export function corpusSample(count: number): string[] {
  const all = corpusFiles();
  if (all.length < count) return all;
  const step = Math.floor(all.length / count);
  return Array.from({ length: count }, (_, i) => all[i * step]);
}

/**
 * Call first in a test over the corpus: skips the test, with the reason, when there is no corpus,
 * or fails it when the run requires one (npm run test:corpus).
 */
export function needsCorpus(context: TestContext, atLeast = 1): void {
  const missing = corpusMissing() ?? (corpusFiles().length < atLeast ? `the corpus at ${CORPUS_DIR} has ${corpusFiles().length} Dockerfiles; this test needs ${atLeast}` : null);
  if (!missing) return;
  if (process.env.DOCKLINT_REQUIRE_CORPUS) throw new Error(`This run requires the corpus: ${missing}`);
  context.skip(missing);
}
