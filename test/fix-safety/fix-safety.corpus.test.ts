// Fixes on 150 Dockerfiles written by others keep their promises, in the library and in the CLI
// (the same checks as fix-safety.test.ts runs over fixtures/).
import { describe, expect, it } from "vitest";
import { corpusSample, needsCorpus } from "../corpus.js";
import { expectCliWritesCheckedFixes, fixProblems } from "./fix-checks.js";

describe("--fix on 150 corpus files, every rule on", () => {
  it("each fixed text parses, is stable, and keeps what it must", async (test) => {
    needsCorpus(test, 150);
    expect(await fixProblems(corpusSample(150))).toEqual({});
  }, 120_000);

  it("the CLI writes exactly the checked fixes, and a second --fix writes nothing", async (test) => {
    needsCorpus(test, 150);
    await expectCliWritesCheckedFixes(corpusSample(150));
  }, 120_000);
});
