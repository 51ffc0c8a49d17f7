// ShellCheck in batches gives exactly what one process per script gives, over 60 Dockerfiles
// written by others (about 180 scripts): findings, order and positions.
import { expect, it } from "vitest";
import { shellcheckAvailable } from "../../src/shell/shellcheck.js";
import { corpusSample, needsCorpus } from "../corpus.js";
import { batchedAndAlone, shellcheckFindings } from "./shellcheck-batches.js";

it.runIf(shellcheckAvailable())("the corpus sample's findings are the same in batches as one script per process", async (test) => {
  needsCorpus(test, 60);
  const { batched, alone } = await batchedAndAlone(corpusSample(60));
  expect(shellcheckFindings(alone)).toBeGreaterThan(50);
  expect(batched).toEqual(alone);
}, 300_000);
