// One lint at a time per document: edits during a lint replace the waiting text, the latest text
// is linted as soon as the running lint ends, and a lint overtaken by an edit is not reported.
// The lints here end when the test says, so the order is the test's, not the clock's.
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/engine/result.js";
import { DocumentLints } from "../../src/lsp/document-lints.js";

function controlledLints() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const reported: [string, number, string][] = [];
  const lints = new DocumentLints(
    (uri, text) => {
      started.push(`${uri}:${text}`);
      return new Promise<FileResult>((resolve, reject) =>
        finishers.push(() => (text === "crash" ? reject(new Error("boom")) : resolve({ filePath: uri, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 }))),
      );
    },
    (uri, linted) => reported.push([uri, linted.version, linted.error?.message ?? linted.text]),
  );
  /** Ends the oldest running lint and lets what follows it run. */
  const finish = async () => {
    finishers.shift()!();
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { lints, started, reported, finish };
}

describe("DocumentLints", () => {
  it("lints a lone edit at once", async () => {
    const { lints, started, reported, finish } = controlledLints();
    lints.update("a", 1, "one");
    expect(started).toEqual(["a:one"]);
    await finish();
    expect(reported).toEqual([["a", 1, "one"]]);
  });

  it("edits during a lint: only the latest text is linted next, and the overtaken lint is not reported", async () => {
    const { lints, started, reported, finish } = controlledLints();
    lints.update("a", 1, "one");
    lints.update("a", 2, "two");
    lints.update("a", 3, "three");
    expect(started).toEqual(["a:one"]);
    await finish();
    expect(started).toEqual(["a:one", "a:three"]);
    expect(reported).toEqual([]);
    await finish();
    expect(reported).toEqual([["a", 3, "three"]]);
  });

  it("documents do not wait for each other", () => {
    const { lints, started } = controlledLints();
    lints.update("a", 1, "one");
    lints.update("b", 1, "uno");
    expect(started).toEqual(["a:one", "b:uno"]);
  });

  it("current() waits for the latest text's lint", async () => {
    const { lints, finish } = controlledLints();
    lints.update("a", 1, "one");
    lints.update("a", 2, "two");
    const current = lints.current("a");
    await finish();
    await finish();
    expect((await current)?.version).toBe(2);
    expect(await lints.current("unknown")).toBeUndefined();
  });

  it("a lint that throws is reported as its error, and the next edit is linted", async () => {
    const { lints, reported, finish } = controlledLints();
    lints.update("a", 1, "crash");
    await finish();
    lints.update("a", 2, "two");
    await finish();
    expect(reported).toEqual([
      ["a", 1, "boom"],
      ["a", 2, "two"],
    ]);
  });

  it("a document closed during its lint is not reported", async () => {
    const { lints, reported, finish } = controlledLints();
    lints.update("a", 1, "one");
    lints.close("a");
    await finish();
    expect(reported).toEqual([]);
    expect(await lints.current("a")).toBeUndefined();
  });
});
