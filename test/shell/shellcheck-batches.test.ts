// ShellCheck in batches gives exactly what one process per script gives, over fixtures/shapes
// (shellcheck-batches.corpus.test.ts does the same over Dockerfiles written by others).
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { shellcheckAvailable } from "../../src/shell/shellcheck.js";
import { batchedAndAlone, shellcheckFindings } from "./shellcheck-batches.js";

const shapes = path.join(import.meta.dirname, "..", "..", "fixtures", "shapes");

it.runIf(shellcheckAvailable())("the fixtures' findings are the same in batches as one script per process", async () => {
  const files = fs.readdirSync(shapes).map((shape) => path.join(shapes, shape, "Dockerfile"));
  const { batched, alone } = await batchedAndAlone(files);
  expect(shellcheckFindings(alone)).toBeGreaterThan(3);
  expect(batched).toEqual(alone);
});
