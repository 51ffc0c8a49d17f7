// What a fix must never do to a Dockerfile, checked on one file: the fixed text re-parses, a
// second --fix changes nothing, no rule reports more than before, and comments, heredoc bodies,
// flags, line endings, the BOM, parser directives (the escape character) and the findings no
// fix addresses are all kept. Two things fixes may change on purpose: a RUN heredoc is a script,
// which shell fixes edit as they edit any RUN (its name and place are kept; COPY/ADD heredocs,
// file contents, stay byte for byte), and the findings of rules without fixes are compared on
// the instructions no fix touched (renaming `sklearn` renames it in pip-pin-versions' message).
// Used by `npm run fix-check` (whole corpus) and test/fix-safety.
import type { Finding } from "../src/engine/result.js";
import type { LintSession } from "../src/lint-session.js";
import type * as m from "../src/parse/model.js";
import { parseDockerfile } from "../src/parse/parse.js";
import { offsetAt } from "../src/source/source.js";

export interface FixCheck {
  /** The fixed text, when fixing changed the file. */
  output?: string;
  findingsBefore: number;
  fixableBefore: number;
  findingsAfter: number;
  rejected: { ruleId: string; reason: string }[];
  /** Broken promises; empty when the fix is safe. */
  problems: string[];
}

/**
 * The config fix checks run with: every rule at its default level (so every fixable rule gets to
 * fix), except ShellCheck, which fixes nothing and starts a process per RUN.
 */
export const FIX_CHECK_CONFIG = { extends: "all", rules: { shellcheck: "off" } } as const;

/** What checkFix needs of a session (tests pass one whose fixes break things on purpose). */
export type FixingSession = Pick<LintSession, "lint" | "registry">;

export async function checkFix(session: FixingSession, text: string, name: string): Promise<FixCheck> {
  const before = (await session.lint(text, name)).messages;
  const fixed = await session.lint(text, name, { fix: true });
  const check: FixCheck = {
    findingsBefore: before.length,
    fixableBefore: before.filter((f) => f.fix).length,
    findingsAfter: fixed.messages.length,
    rejected: fixed.rejectedFixes,
    problems: [],
  };
  if (fixed.output === undefined) return check;
  const output = fixed.output;
  check.output = output;
  const problem = (message: string) => check.problems.push(message);

  const original = parse(text);
  const result = parse(output);
  if (!original || !result) {
    if (!result) problem("the fixed text is past docklint's limits");
    return check;
  }
  if (result.problems.length > original.problems.length) problem(`the fixed text has ${result.problems.length} syntax problems, the original ${original.problems.length}`);
  if ((await session.lint(output, name, { fix: true })).output !== undefined) problem("a second --fix changes the file again");

  const countsBefore = countBy(before, (f) => f.ruleId ?? "(no rule)");
  for (const [ruleId, n] of countBy(fixed.messages, (f) => f.ruleId ?? "(no rule)")) {
    if (n > (countsBefore.get(ruleId) ?? 0)) problem(`${ruleId} reports ${n} findings, ${countsBefore.get(ruleId) ?? 0} before`);
  }
  compare("comments", original.comments, result.comments, problem);
  compare("COPY/ADD heredoc bodies", original.fileHeredocs, result.fileHeredocs, problem);
  compare("RUN heredocs", original.runHeredocs, result.runHeredocs, problem);
  compare("parser directives", original.directives, result.directives, problem);
  compare("flags", [...new Set(original.flags)], [...new Set(result.flags)], problem, ignoredFlag);
  const endingsBefore = lineEndings(text);
  const added = [...lineEndings(output)].filter((e) => !endingsBefore.has(e) && !(endingsBefore.size === 0 && e === "\\n"));
  if (added.length) problem(`line endings ${added.join(", ")} appear that the file did not use`);
  if (text.startsWith("\ufeff") !== output.startsWith("\ufeff")) problem("the BOM was added or lost");
  // the findings no fix addresses stay as they were on the instructions no fix touched
  const unfixable = (findings: Finding[], own: Parts, other: Parts) =>
    findings.flatMap((f) => {
      if (!f.ruleId || session.registry.get(f.ruleId)?.meta.fixable) return [];
      const instruction = own.instructionAt(f.line, f.column);
      // untouched: as many instructions with this text in both (a fix may make one like another)
      if (instruction !== null && own.instructions.get(instruction) !== other.instructions.get(instruction)) return [];
      // "on line 12" moves when a fix joins or splits lines
      return [`${f.ruleId}: ${f.message.replace(/\bline \d+/g, "line N")}`];
    });
  compare("findings of rules without fixes", unfixable(before, original, result), unfixable(fixed.messages, result, original), problem);
  return check;
}

interface Parts {
  problems: m.ParseProblem[];
  comments: string[];
  fileHeredocs: string[];
  runHeredocs: string[];
  directives: string[];
  flags: string[];
  /** How many instructions have each text. */
  instructions: Map<string, number>;
  /** The text of the instruction at a position, or null outside instructions. */
  instructionAt(line: number, column: number): string | null;
}

function parse(text: string): Parts | null {
  let parsed: ReturnType<typeof parseDockerfile>;
  try {
    parsed = parseDockerfile(text);
  } catch {
    return null; // past a limit
  }
  const { document, source } = parsed;
  const all = document.instructions.flatMap((i) => (i.type === "Onbuild" && i.trigger ? [i, i.trigger] : [i]));
  const heredocs = (keep: (i: m.Instruction) => boolean, show: (h: m.Heredoc) => string) =>
    all.filter(keep).flatMap((i) => ("heredocs" in i ? i.heredocs.map(show) : []));
  const textOf = (i: m.Instruction) => source.text.slice(i.range[0], i.range[1]);
  const stages = new Set(document.stages.flatMap((s) => (s.name ? [s.name] : [])));
  return {
    problems: document.problems,
    comments: document.comments.map((c) => c.value),
    fileHeredocs: heredocs((i) => i.type !== "Run", (h) => h.content),
    runHeredocs: heredocs((i) => i.type === "Run", (h) => `<<${h.name}`),
    directives: [`escape=${document.escapeChar}`, ...document.directives.map((d) => `${d.name}=${d.value}`)],
    // stage-name-casing renames a stage and every `from=` naming it
    flags: all.flatMap((i) =>
      i.flags.map((f) => source.text.slice(f.range[0], f.range[1]).replace(/(^--|,)from=([^,]+)/gi, (whole, before: string, name: string) => (stages.has(name.toLowerCase()) ? `${before}from=${name.toLowerCase()}` : whole))),
    ),
    instructions: countBy(document.instructions, textOf),
    instructionAt(line, column) {
      const offset = offsetAt(source, line, column);
      const found = document.instructions.find((i) => i.range[0] <= offset && offset <= i.range[1]);
      return found ? textOf(found) : null;
    },
  };
}

/** `FROM --platform=$TARGETPLATFORM` is what no-redundant-target-platform removes. */
const ignoredFlag = (flag: string) => /^--platform=(\$TARGETPLATFORM|\$\{TARGETPLATFORM\})$/.test(flag);

/** Reports what one list has that the other lacks, each item as often as it occurs. */
function compare(what: string, before: string[], after: string[], problem: (message: string) => void, ignore = (_: string) => false): void {
  const counts = countBy(before, (x) => x);
  for (const x of after) counts.set(x, (counts.get(x) ?? 0) - 1);
  const lost = [...counts].filter(([x, n]) => n > 0 && !ignore(x)).map(([x]) => x);
  const gained = [...counts].filter(([x, n]) => n < 0 && !ignore(x)).map(([x]) => x);
  const show = (items: string[]) => items.slice(0, 3).map((x) => JSON.stringify(x.length > 80 ? x.slice(0, 80) + "..." : x)).join(", ");
  if (lost.length) problem(`${what} lost: ${show(lost)}`);
  if (gained.length) problem(`${what} added: ${show(gained)}`);
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function lineEndings(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/\r\n|\r|\n/g)) found.add(JSON.stringify(match[0]).slice(1, -1));
  return found;
}
