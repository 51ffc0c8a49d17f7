// The parser on every 50th corpus file: no exception, each problem inside the text.
import { describe, expect, it } from "vitest";
import { corpusFiles, needsCorpus } from "../corpus.js";
import { problemsOutsideText } from "./problems-inside.js";

describe("a sample of real Dockerfiles", () => {
  it("parses every 50th corpus file without throwing, each problem inside the text", (test) => {
    needsCorpus(test, 4000);
    const sample = corpusFiles().filter((_, i) => i % 50 === 0);
    expect(problemsOutsideText(sample)).toEqual([]);
   }, 120_000);
});
