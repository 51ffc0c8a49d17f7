// One lint at a time per document: edits during a lint replace the waiting text, the latest text
// is linted as soon as the running lint ends, and a lint overtaken by an edit is not reported.
// The lints here end when the test says, so the order is the test's, not the clock's.
import { describe, expect, it } from "vitest";
import { DocumentLints, type LintSteps } from "../../src/lsp/document-lints.js";

function controlledLints() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const reported: [string, number, string][] = [];
  const lints = new DocumentLints(
    (uri, text) => {
      started.push(`${uri}:${text}`);
      return new Promise<LintSteps>((resolve, reject) =>
        finishers.push(() => (text === "crash" ? reject(new Error("boom")) : resolve({ result: { filePath: uri, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 } }))),
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

  describe("a lint with later checks (ShellCheck's)", () => {
    /** Lints that end at once, each text with later findings that come when the test says. */
    function laterLints() {
      const result = (uri: string, count: number) => ({ filePath: uri, messages: new Array(count).fill({}), errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
      const later = new Map<string, () => void>();
      const started: string[] = [];
      const reported: [number, boolean, number][] = [];
      const lints = new DocumentLints(
        async (uri, text) => {
          started.push(text);
          return { result: result(uri, 1), complete: new Promise((resolve) => later.set(text, () => resolve(result(uri, 2)))) };
        },
        (_, linted) => reported.push([linted.version, linted.partial === true, linted.result!.messages.length]),
      );
      const settle = async (text: string) => {
        later.get(text)!();
        for (let i = 0; i < 10; i++) await Promise.resolve();
      };
      return { lints, started, reported, settle };
    }

    it("is reported at once without their findings, then whole", async () => {
      const { lints, reported, settle } = laterLints();
      lints.update("a", 1, "one");
      expect(await lints.current("a")).toMatchObject({ version: 1, partial: true });
      expect(reported).toEqual([[1, true, 1]]);
      await settle("one");
      expect(reported).toEqual([
        [1, true, 1],
        [1, false, 2],
      ]);
    });

    it("the next edit does not wait for them, and their overtaken findings are not reported", async () => {
      const { lints, started, reported, settle } = laterLints();
      lints.update("a", 1, "one");
      await lints.current("a");
      lints.update("a", 2, "two");
      await lints.current("a");
      expect(started).toEqual(["one", "two"]);
      await settle("one");
      expect(reported).toEqual([
        [1, true, 1],
        [2, true, 1],
      ]);
      await settle("two");
      expect(reported.at(-1)).toEqual([2, false, 2]);
    });

    it("complete() waits for the latest text's whole lint", async () => {
      const { lints, settle } = laterLints();
      lints.update("a", 1, "one");
      const whole = lints.complete("a");
      await lints.current("a");
      lints.update("a", 2, "two");
      await settle("one");
      await settle("two");
      const linted = await whole;
      expect([linted?.version, linted?.partial, linted?.result?.messages.length]).toEqual([2, undefined, 2]);
    });
  });
});
