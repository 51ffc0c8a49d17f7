// The fuzz property of lint.fuzz.test.ts over 150 Dockerfiles written by others: damaged in the
// ways files get damaged, each still lints to well-formed findings, never an exception.
import fs from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { corpusSample, needsCorpus } from "../corpus.js";
import { damaged } from "./hostile-inputs.js";
import { lintsCleanly } from "./lint-checks.js";

const SEED = 20_251_125;

describe("fuzz: every input lints to findings, never an exception", () => {
  it("150 corpus files, truncated, bit-flipped and spliced: 2,000 cases", async (test) => {
    needsCorpus(test, 150);
    const texts = corpusSample(150).map((file) => fs.readFileSync(file, "utf8"));
    await fc.assert(fc.asyncProperty(damaged(texts), lintsCleanly), { seed: SEED, numRuns: 2000 });
  }, 300_000);
});
