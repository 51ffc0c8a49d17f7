// Fixes on real Dockerfiles keep their promises (scripts/fix-safety.ts), in the library and in
// the CLI; and the checker itself notices each way a fix can damage a file.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { FixedResult } from "../../src/lint-session.js";
import { checkFix, type FixingSession } from "../../scripts/fix-safety.js";
import { fixtureFiles } from "../corpus.js";
import { expectCliWritesCheckedFixes, session } from "./fix-checks.js";

describe("--fix on fixtures/, every rule on (the corpus: fix-safety.corpus.test.ts)", () => {
  it.each(fixtureFiles().map((f) => [path.relative(path.join(import.meta.dirname, "..", ".."), f), f]))("%s: the fixed text parses, is stable, and keeps what it must", async (_, file) => {
    const check = await checkFix(session, fs.readFileSync(file, "utf8"), "Dockerfile");
    expect(check.problems).toEqual([]);
  });

  it("the CLI writes exactly the checked fixes, and a second --fix writes nothing", async () => {
    await expectCliWritesCheckedFixes(fixtureFiles());
  }, 120_000);
});

describe("the fix checker notices damage", () => {
  const input = '\ufeff# syntax=docker/dockerfile:1\r\nFROM alpine:3.20\r\n# keep me\r\nRUN --mount=type=cache,target=/c echo hi\r\nCOPY <<EOF /etc/motd\r\nhello\r\nEOF\r\nMAINTAINER Ada\r\n';
  /** A session whose "fix" is `damage` applied to the text (and, for `unstable`, again to its own output). */
  const damaging = (damage: (text: string) => string, { unstable = false } = {}): FixingSession => {
    let fixes = 0;
    return {
      registry: session.registry,
      async lint(text, name, options) {
        if (!options?.fix || (fixes++ > 0 && !unstable)) return session.lint(text, name);
        const output = damage(text);
        const result: FixedResult = await session.lint(output, name);
        return { ...result, output };
      },
    };
  };

  it.each([
    ["a comment lost", (t: string) => t.replace("# keep me\r\n", ""), "comments lost"],
    ["a line ending changed", (t: string) => t.replace("FROM alpine:3.20\r\n", "FROM alpine:3.20\n"), 'line endings \\n appear'],
    ["the BOM lost", (t: string) => t.slice(1), "the BOM was added or lost"],
    ["a heredoc body changed", (t: string) => t.replace("hello", "bye"), "COPY/ADD heredoc bodies lost"],
    ["a --mount flag lost", (t: string) => t.replace("--mount=type=cache,target=/c ", ""), "flags lost"],
    ["the escape directive changed", (t: string) => t.replace("\ufeff", "\ufeff# escape=`\r\n"), "parser directives"],
    ["a syntax problem added", (t: string) => t.replace("RUN --mount", "RUN --mystery --mount"), "syntax problems"],
  ])("%s", async (_, damage, problem) => {
    const check = await checkFix(damaging(damage), input, "Dockerfile");
    expect(check.problems.join("\n")).toContain(problem);
  });

  it("a fix that a second --fix changes again", async () => {
    const check = await checkFix(damaging((t) => t + "# again\n", { unstable: true }), input, "Dockerfile");
    expect(check.problems).toContain("a second --fix changes the file again");
  });

  it("a finding of a rule without fixes that disappears from an untouched instruction", async () => {
    const text = "FROM alpine:3.20\nUSER root\nMAINTAINER Ada\n";
    const check = await checkFix(damaging((t) => t.replace("MAINTAINER Ada\n", "").replace("USER root", "USER  root")), text, "Dockerfile");
    expect(check.problems).toEqual([]); // USER changed: its last-user-not-root finding may change
    const untouched = await checkFix(damaging((t) => t.replace("MAINTAINER Ada", "LABEL a=b").replace("FROM alpine:3.20", "FROM alpine:3.20\n# docklint-disable last-user-not-root")), text, "Dockerfile");
    expect(untouched.problems.join("\n")).toContain("findings of rules without fixes lost");
  });
});
