// Inputs meant to break a Dockerfile linter: real Dockerfiles damaged in the ways files get
// damaged (truncated, bytes flipped, line endings mixed, a BOM or NUL in the middle, pieces of
// syntax dropped in), and generated files built from the shapes that make parsers recurse or
// loop (deep nesting, long chains, many stages, self-referencing variables).
import fc from "fast-check";

/** Pieces of Dockerfile and shell syntax that open, close or escape something. */
const SNIPPETS = [
  "\0", "\ufeff", "\r", "\n", "\r\n", "\t", " ", "\\", "\\\n", "\\\r\n", "`", "`\n", '"', "'", "[", "]", "[\"", "\", \"",
  "{", "}", "(", ")", "$(", "${", "${A:-", "$", "<<EOF\n", "<<-'X'\n", "EOF\n", "<<", "&&", "||", "|", ";", "&", "#",
  "# escape=`\n", "# syntax=docker/dockerfile:1\n", "--mount=type=cache,target=/x ", "--mount=type=bind", "--from=", "--platform=",
  "--", "=", "\ud800", "\udfff", "é", "😀", "RUN ", "FROM ", "FROM a AS b\n", "ONBUILD ", "ONBUILD ONBUILD ", "ARG A=$A ",
  "ENV A=$A B=${A}", "sh -c '", "bash -c \"", "sudo ", "env A=1 ", "xargs ", "if true; then ", "fi", "case x in ", "esac",
  "apt-get install ", "pip install ", "COPY --from=0 / /\n", "HEALTHCHECK CMD ", "SHELL [\"pwsh\"]\n", "# hadolint ignore=DL3008\n",
  "# docklint-disable-next-line\n", "# hadolint shell=powershell\n", "EXPOSE 99999/tcp ", "USER root\n", "WORKDIR ",
];

type Edit =
  | { kind: "truncate"; at: number }
  | { kind: "flip"; at: number; bit: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "endings"; style: "\n" | "\r\n" | "\r" | "mixed" };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fraction }),
  fc.record({ kind: fc.constant("flip" as const), at: fraction, bit: fc.integer({ min: 0, max: 7 }) }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: fraction, text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 8, unit: "binary" })) }) },
  fc.record({ kind: fc.constant("delete" as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant("endings" as const), style: fc.constantFrom("\n" as const, "\r\n" as const, "\r" as const, "mixed" as const) }),
);

function applyEdit(text: string, e: Edit): string {
  const at = "at" in e ? Math.floor(e.at * (text.length + 1)) : 0;
  switch (e.kind) {
    case "truncate":
      return text.slice(0, at);
    case "flip": {
      // a bit flipped in the UTF-8 bytes, read back as the CLI's reader would not (the library takes any text)
      const bytes = Buffer.from(text, "utf8");
      if (!bytes.length) return text;
      const i = Math.min(Math.floor(e.at * bytes.length), bytes.length - 1);
      bytes[i] ^= 1 << e.bit;
      return bytes.toString("utf8");
    }
    case "insert":
      return text.slice(0, at) + e.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + e.length);
    case "duplicate":
      return text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length);
    case "endings": {
      let n = 0;
      return text.replace(/\r\n|\r|\n/g, () => (e.style === "mixed" ? ["\n", "\r\n", "\r"][n++ % 3] : e.style));
    }
  }
}

/** A real Dockerfile with up to `maxEdits` damages. */
export function damaged(texts: string[], maxEdits = 6): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: maxEdits }))
    .map(([text, edits]) => edits.reduce(applyEdit, text));
}

const repeat = (n: number, f: (i: number) => string, sep = "") => Array.from({ length: n }, (_, i) => f(i)).join(sep);

/**
 * Generated files of the shapes that make parsers recurse, loop or go quadratic, at sizes the
 * run can afford many times; `hostileFiles` below has the full sizes, once each.
 */
export const generated: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 60 }).map((n) => `FROM a:1\nRUN ${"echo $(".repeat(n)}x${")".repeat(n)}\n`),
  fc.integer({ min: 1, max: 60 }).map((n) => `FROM a:1\nRUN ${"sh -c '".repeat(1)}${"sudo ".repeat(n)}apt-get install x'\n`),
  fc.integer({ min: 1, max: 400 }).map((n) => `FROM a:1\nRUN ${repeat(n, (i) => `apt-get install -y p${i}`, " && \\\n  ")}\n`),
  fc.integer({ min: 1, max: 60 }).map((n) => repeat(n, (i) => (i ? `FROM s${i - 1} AS s${i}\nRUN curl x\nCOPY --from=s${i - 1} /a /b\n` : "FROM alpine:3 AS s0\n"))),
  fc.integer({ min: 1, max: 60 }).map((n) => `ARG A=\${A}\nFROM a:$A\n${repeat(n, (i) => `ARG V${i}=\${V${i + 1}:-\${V${i}}}\nENV E${i}=$E${i} F=\${E${i}}`, "\n")}\n`),
  fc.integer({ min: 1, max: 60 }).map((n) => `FROM a:1\nRUN <<EOF\n${"echo x\n".repeat(n)}`),
  fc.integer({ min: 1, max: 60 }).map((n) => `FROM a:1\nCMD ${"[".repeat(n)}"a", 'b${"]".repeat(n >> 1)}\n`),
  fc.integer({ min: 1, max: 60 }).map((n) => `FROM a:1\nRUN ${"(".repeat(n)}${"{ ".repeat(n)}true${"; }".repeat(n)}${")".repeat(n)}\n`),
  fc.integer({ min: 1, max: 40 }).map((n) => `FROM a:1\nRUN echo ${"`echo ".repeat(n)}x${"`".repeat(n)} \\`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `FROM a:1\nRUN echo ${"a".repeat(n * 50)}\n`),
);

/**
 * The issue's hostile files at full size, each with whether docklint lints it or declines it as
 * too complex (past a limit of src/parse/limits.ts). Either way: findings, no crash, no hang.
 */
export const hostileFiles: Record<string, { text: () => string; tooComplex: boolean }> = {
  // 68,266 words: under the limit of 100,000, past which a file is too complex (next case)
  "200 KB line": { text: () => `FROM a:1\nRUN echo ${"ab ".repeat(200 * 1024 / 3)}\n`, tooComplex: false },
  "a line of more than 100,000 words": { text: () => `FROM a:1\nRUN echo ${"a ".repeat(100_001)}\n`, tooComplex: true },
  "$( ) nested 500 deep": { text: () => `FROM a:1\nRUN ${"echo $(".repeat(500)}x${")".repeat(500)}\n`, tooComplex: false },
  "10,000-command && chain": { text: () => `FROM a:1\nRUN ${repeat(10_000, (i) => `apt-get install -y p${i}`, " && \\\n    ")}\n`, tooComplex: false },
  "1,000 stages, each built on the one before": {
    text: () => repeat(1000, (i) => (i ? `FROM s${i - 1} AS s${i}` : "FROM alpine:3.20 AS s0") + "\nRUN wget -q x\nEXPOSE 80\n"),
    tooComplex: false,
  },
  "2,000 stages": {
    text: () => repeat(2000, (i) => `FROM alpine:3.20 AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} /a /b\nRUN curl -o /x https://example.com/${i}\n`),
    tooComplex: true,
  },
  "ARG and ENV self-references": {
    text: () => `ARG A=\${A}\nFROM a:$A\nARG B=\${B:-\${B}}\nENV C=$C D=\${D} E=\${E:-\${E:-\${E}}}\n${repeat(3000, (i) => `ARG V${i}=\${V${i - 1}}\${V${i - 1}}x`, "\n")}\n`,
    tooComplex: false,
  },
  "unterminated heredoc": { text: () => `FROM a:1\nRUN <<EOF\n${"echo x\n".repeat(20_000)}`, tooComplex: false },
  "backslash at end of file": { text: () => `FROM a:1\nRUN echo \\${" \\\n".repeat(20_000)}\\`, tooComplex: false },
  "unbalanced exec form": { text: () => `FROM a:1\nCMD ${"[\"a\", ".repeat(20_000)}\nENTRYPOINT ${"]".repeat(20_000)}\n`, tooComplex: false },
  "sudo 5,000 deep": { text: () => `FROM a:1\nRUN ${"sudo ".repeat(5000)}apt-get install x\n`, tooComplex: true },
  "sh -c nested 200 deep": { text: () => `FROM a:1\nRUN ${"sh -c ".repeat(200)}true\n`, tooComplex: false },
  "( ) nested 5,000 deep": { text: () => `FROM a:1\nRUN ${"(".repeat(5000)}true${")".repeat(5000)}\n`, tooComplex: true },
  "50,000 RUNs": { text: () => `FROM a:1\n${"RUN echo x\n".repeat(50_000)}`, tooComplex: true },
  "BOM and NUL in the middle": { text: () => `FROM a:1\nRUN echo \ufeff\0x\nCMD ["\0"]\n\ufeffUSER root\n`, tooComplex: false },
  "mixed line endings": { text: () => "FROM a:1\rRUN apt-get update \\\r\n && apt-get install -y x\nCMD echo\r\n", tooComplex: false },
};
