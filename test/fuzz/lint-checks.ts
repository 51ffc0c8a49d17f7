// What the fuzz tests require of every input: linting and fixing it give well-formed findings
// inside the file, never an exception or an internal error, and a fix parses no worse than its input.
import type { Finding } from "../../src/engine/result.js";
import { LintSession } from "../../src/lint-session.js";
import { parseDockerfile } from "../../src/parse/parse.js";

// ShellCheck is off: it is a separate program, and starting it for each of thousands of cases
// would cost minutes; its rule's own tests cover it.
// a generous time limit: these tests are about exceptions and positions, and on a loaded machine the
// largest hostile files (10,000 chained commands, fixed) took over the default 10 s of wall time;
// the limit itself is tested in engine/limits.test.ts and engine/time-limit-session.test.ts
export const session = new LintSession({ noConfig: true, rules: { shellcheck: "off" }, timeLimit: 120 });

/** Lints and fixes `text`; throws (failing the property) on anything but well-formed findings. */
export async function lintsCleanly(text: string): Promise<void> {
  await findingsOf(text);
}

export async function findingsOf(text: string): Promise<Finding[]> {
  const result = await session.lint(text, "Dockerfile", { fix: true });
  const internal = result.messages.filter((m) => m.messageId === "internal");
  if (internal.length) throw new Error(internal.map((m) => m.message).join("\n"));
  // with fixes applied, the findings are those left in the fixed text
  const lines = (result.output ?? text).replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  for (const m of result.messages) {
    const inFile = m.line >= 1 && m.line <= lines.length && m.column >= 1 && m.column <= lines[m.line - 1].length + 1;
    const ordered = m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column);
    if (!inFile || !ordered || m.endLine > lines.length) throw new Error(`finding outside the file: ${JSON.stringify(m)}`);
  }
  if (result.output !== undefined) {
    const before = problemCount(text);
    const after = problemCount(result.output);
    if (after > before) throw new Error(`the fixed text has ${after} syntax problems, the input ${before}`);
  }
  return result.messages;
}

function problemCount(text: string): number {
  try {
    return parseDockerfile(text).document.problems.length;
  } catch {
    return Number.POSITIVE_INFINITY; // past a limit
  }
}
