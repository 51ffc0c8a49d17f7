// Every regular expression in src/ and rules/ runs in time linear in its input. A running RegExp
// cannot be interrupted by docklint's 10-second deadline, and docklint applies them to text from
// Dockerfiles, .dockerignore files and configs, so one that backtracks is a hang waiting for its
// input (issue 12). The TypeScript compiler finds the regex literals and the RegExp constructor
// calls (no regex over the source text); recheck, a ReDoS checker, must call every literal safe;
// a RegExp built at run time must be listed in CONSTRUCTED with the reason its pattern is safe.
//
// Determinism: recheck's time-based limits are off, so its verdicts depend only on its step counts
// and its fixed seed, never on the machine's speed or load. It runs its native build (an optional
// dependency, installed on Linux, macOS and Windows), else its pure-JavaScript build: the same
// checker, about five times slower. Each regex still has a time limit, CHECK_TIMEOUT_MS, far above
// the slowest check (2 s native, 12 s in JavaScript, on a loaded 2-core machine): a regex recheck
// cannot decide within it fails as "unknown", like an unsafe one, and is better written simpler.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { check } from "recheck";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE_DIRS = ["src", "rules"];
const CHECK_TIMEOUT_MS = 60_000;

/** RegExp objects built at run time: where, the start of the call's text, and why the pattern cannot backtrack. */
const CONSTRUCTED: { file: string; call: string; reason: string }[] = [
  {
    file: "src/parse/image-ref.ts",
    call: "new RegExp(`^(?:${domainComponent}",
    reason:
      "constants only: a registry host as dot-separated components (each a letter or digit, or a run " +
      "of them and `-` that starts and ends with one) or an IPv6 literal, then an optional port; " +
      "anchored, and the dots and the port's `:` split it one way only",
  },
  {
    file: "src/shell/package-managers.ts",
    call: "new RegExp([...MANAGERS.map((m) => managers[m].programs.source)",
    reason: "the union of the managers' program-name literals (each checked here, each anchored `^...$`) and `^python[0-9.]*$`",
  },
  {
    file: "src/compose/json-schema.ts",
    call: "new RegExp(source, \"u\")",
    reason:
      "the vendored Compose schema's patterns only, never the linted file's: `^x-`, `^.+$`, `.+`, `^[a-z]+$`, " +
      "`^[a-zA-Z0-9._-]+$`, `[a-zA-Z0-9][a-zA-Z0-9_.-]+` and pull_policy's `every_([0-9]+[wdhms])+`, whose " +
      "repetition ends each round at a letter, so a text splits one way only",
  },
  {
    file: "src/shell/tls-bypasses.ts",
    call: "new RegExp(TLS_BYPASSES.flatMap((b) => (b.fileHint ? [b.fileHint.replace(",
    reason: "the union of the table's file hints, constant words escaped: alternatives of plain text",
  },
];

interface Found {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return entry.name.endsWith(".ts") ? [relative] : [];
  });
}

/** Every regex literal, and every `new RegExp(...)` or `RegExp(...)` call, of the sources. */
function findRegexes(): { literals: Found[]; constructed: Found[] } {
  const literals: Found[] = [];
  const constructed: Found[] = [];
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
    const found = (node: ts.Node): Found => ({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.getText(source) });
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) literals.push(found(node));
      else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        constructed.push(found(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructed };
}

const { literals, constructed } = findRegexes();

/** Each distinct pattern once, with every place it is written. */
const patterns = new Map<string, Found[]>();
for (const literal of literals) patterns.set(literal.text, [...(patterns.get(literal.text) ?? []), literal]);

describe("regular expressions", () => {
  it("are found in the sources", () => {
    // a walk that found nothing would pass everything below
    expect(literals.length).toBeGreaterThan(300);
  });

  it("are built at run time only where CONSTRUCTED says why that is safe", () => {
    const listed = (c: Found) => CONSTRUCTED.some((entry) => entry.file === c.file && c.text.startsWith(entry.call));
    expect(constructed.filter((c) => !listed(c)).map((c) => `${c.file}:${c.line}: ${c.text}`)).toEqual([]);
    const stale = CONSTRUCTED.filter((entry) => !constructed.some((c) => entry.file === c.file && c.text.startsWith(entry.call)));
    expect(stale).toEqual([]);
  });

});

describe("regular expression literals are linear (recheck calls them safe)", () => {
  it.each([...patterns].map(([text, places]) => [text, places.map((p) => `${p.file}:${p.line}`).join(", ")]))(
    "%s (%s)",
    async (text) => {
      const slash = text.lastIndexOf("/");
      // the `d` flag (match indices) does not change what matches, and recheck does not know it
      const flags = text.slice(slash + 1).replace("d", "");
      const result = await check(text.slice(1, slash), flags, {
        timeout: CHECK_TIMEOUT_MS,
        attackTimeout: null,
        incubationTimeout: null,
        seedingTimeout: null,
        recallTimeout: -1,
        randomSeed: 0,
      });
      const verdict =
        result.status === "safe" ? "safe"
        : result.status === "vulnerable" ? `${result.complexity.summary}, e.g. ${result.attack.pattern}`
        : `unknown: ${result.error.kind}`;
      expect(verdict).toBe("safe");
    },
    CHECK_TIMEOUT_MS + 30_000,
  );
});
