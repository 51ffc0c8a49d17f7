// Property: whatever text docklint is given, linting and fixing it produce findings (or, for bytes
// that are no Dockerfile, one clean error), never an exception, an internal error or a position
// outside the file, and every fix it writes parses no worse than the input. Fixed seeds, so CI
// runs the same few thousand cases each time; a failure prints its seed and path, which go into
// REGRESSIONS below so the case is replayed from then on.
import fs from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DocklintError } from "../../src/engine/errors.js";
import { fixtureFiles } from "../corpus.js";
import { findingsOf, lintsCleanly, session } from "./lint-checks.js";
import { damaged, generated, hostileFiles } from "./hostile-inputs.js";

const SEED = 20_251_125;
/** Counterexamples fast-check reported, replayed on every run: `{ property, seed, path }`. */
const REGRESSIONS: { property: "damaged" | "generated"; seed: number; path: string }[] = [];

const texts = fixtureFiles().map((file) => fs.readFileSync(file, "utf8"));

beforeAll(() => session.lint("FROM alpine:3.20\n", "Dockerfile"));

const property = { damaged: damaged(texts), generated } as const;

describe("fuzz: every input lints to findings, never an exception", () => {
  it("the Dockerfiles of fixtures/, truncated, bit-flipped and spliced: 2,000 cases (150 corpus files: lint.fuzz.corpus.test.ts)", async () => {
    await fc.assert(fc.asyncProperty(property.damaged, lintsCleanly), { seed: SEED, numRuns: 2000 });
  }, 300_000);

  it("generated files of the shapes that nest, chain and repeat: 1,500 cases", async () => {
    await fc.assert(fc.asyncProperty(property.generated, lintsCleanly), { seed: SEED, numRuns: 1500 });
  }, 300_000);

  it.each(REGRESSIONS.map((r) => [r.property, r.seed, r.path] as const))("replays %s seed %i path %s", async (name, seed, path) => {
    await fc.assert(fc.asyncProperty(property[name], lintsCleanly), { seed, path, endOnFailure: true });
  });

  // Each of these once, at the sizes. Before the limits some crashed (sudo 5,000 deep:
  // stack overflow) or hung (50,000 RUNs: 20 minutes; 10,000 && commands with --fix: 31 s).
  it.each(Object.keys(hostileFiles))("%s", async (name) => {
    const { text, tooComplex } = hostileFiles[name];
    const findings = await findingsOf(text());
    if (tooComplex) expect(findings).toMatchObject([{ ruleId: null, messageId: "too-complex", message: expect.stringMatching(/^Too complex to lint: .*more than \d+/) }]);
    else expect(findings.filter((f) => f.messageId === "too-complex")).toEqual([]);
  }, 120_000);
});

describe("fuzz: bytes the CLI reads become a Dockerfile or one clean error", () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.tuple(fc.constantFrom(...texts.slice(0, 40)), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat()).map(([text, junk, at]) => {
      const buffer = Buffer.from(text, "utf8");
      const i = at % (buffer.length + 1);
      return Buffer.concat([buffer.subarray(0, i), junk, buffer.subarray(i)]);
    }),
  );

  it("500 cases: invalid UTF-8 and NUL bytes are io errors; the rest lints", async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (raw) => {
        let text: string;
        try {
          text = session.decodeDockerfile(Buffer.from(raw), "Dockerfile");
        } catch (error) {
          expect(error).toBeInstanceOf(DocklintError);
          expect((error as DocklintError).kind).toBe("io");
          expect((error as DocklintError).message).toMatch(/^Dockerfile is (a binary file, not a Dockerfile|not valid UTF-8)\.$/);
          return;
        }
        await lintsCleanly(text);
      }),
      { seed: SEED, numRuns: 500 },
    );
  }, 120_000);
});
