// The instruction splitter agrees with dockerfile-ast on every 10th corpus file, but for trailing
// blanks, escaped escapes and heredocs on a file descriptor (split-instructions.test.ts checks fixtures/).
import { describe, expect, it } from "vitest";
import { corpusFiles, needsCorpus } from "../corpus.js";
import { differencesFromDockerfileAst } from "./dockerfile-ast-agreement.js";

describe("splitInstructions on real Dockerfiles", () => {
  it("agrees with dockerfile-ast on every 10th corpus file, but for trailing blanks, escaped escapes and heredocs on a file descriptor", (test) => {
    needsCorpus(test, 4000);
    const { differences, compared } = differencesFromDockerfileAst(corpusFiles().filter((_, i) => i % 10 === 0));
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(400);
   }, 120_000);
});
