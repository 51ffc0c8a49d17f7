// The simple shell reader agrees with tree-sitter-bash on every RUN, CMD and ENTRYPOINT of the
// corpus (simple-script.test.ts checks fixtures/ and generated scripts).
import { beforeAll, describe, expect, it } from "vitest";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { corpusFiles, needsCorpus } from "../corpus.js";
import { readersOnFiles } from "./both-readers.js";

beforeAll(() => loadShellParser());

describe("the simple reader and tree-sitter-bash agree", () => {
  it("on every RUN, CMD and ENTRYPOINT of the corpus", (test) => {
    needsCorpus(test, 4000);
    const { disagreements, simple } = readersOnFiles(corpusFiles());
    expect(disagreements).toEqual([]);
    // most RUNs are simple: the comparison means something
    expect(simple).toBeGreaterThan(9000);
   }, 120_000);
});
