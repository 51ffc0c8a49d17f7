// Inline comments that switch rules off: docklint's own, hadolint's, and BuildKit's check directive.
//   # docklint-disable-next-line id[, id] [-- reason]   the next instruction
//   # docklint-disable id[, id] [-- reason]             the whole file (no ids: every rule)
//   # hadolint ignore=DL3008,DL3009 [# reason]         the next instruction
//   # hadolint global ignore=DL3008                     the whole file
//   # hadolint stage ignore=DL3008                      the rest of the stage
//   # hadolint shell=powershell                         RUN bodies are not POSIX shell
//   # check=skip=JSONArgsRecommended,StageNameCasing    the whole file (BuildKit)
//   # check=error=true                                  build-check findings become errors
import type { Range, SourceLocation } from "../source/source.js";
import type * as m from "../parse/model.js";
import type { RuleRegistry } from "./registry.js";

export interface Suppression {
  /** Rule ids (`id`, or `id#messageId` for one message), or null for every rule. */
  ruleIds: Set<string> | null;
  /** Offsets the suppression covers. */
  range: Range;
}

export interface PragmaProblem {
  message: string;
  loc: SourceLocation;
}

export interface Pragmas {
  suppressions: Suppression[];
  shell: string | null;
  /** BuildKit's `# check=error=true`: build-check violations fail the build. */
  checksAreErrors: boolean;
  problems: PragmaProblem[];
}

interface PragmaComment {
  range: Range;
  loc: SourceLocation;
  value: string;
}

const ALL: Range = [0, Number.MAX_SAFE_INTEGER];

export function readPragmas(doc: m.Dockerfile, registry: RuleRegistry, options: { hadolintPragmas: boolean }): Pragmas {
  const result: Pragmas = { suppressions: [], shell: null, problems: [], checksAreErrors: false };
  const comments: PragmaComment[] = [...doc.comments, ...doc.directives.map(asComment)];
  for (const comment of comments) {
    const text = comment.value;
    let match: RegExpExecArray | null;
    const disable = disablePragma(text);
    if (disable) {
      const names = splitNames(disable.names);
      const ids = names.length ? resolveNames(names, comment, registry, result) : null;
      const range = disable.nextLine ? nextInstructionRange(doc, comment.range[1]) : ALL;
      if (range) result.suppressions.push({ ruleIds: ids, range });
    } else if (options.hadolintPragmas && (match = /^hadolint\s+(global\s+|stage\s+)?ignore\s*=\s*([^#]*)/.exec(text))) {
      const ids = resolveNames(splitNames(match[2]), comment, registry, result);
      const scope = match[1]?.trim();
      const range = scope === "global" ? ALL : scope === "stage" ? restOfStage(doc, comment.range[1]) : nextInstructionRange(doc, comment.range[1]);
      if (range) result.suppressions.push({ ruleIds: ids, range });
    } else if (shellPragma(text)) {
      result.shell = shellPragma(text);
    } else if ((match = /^check\s*=\s*([^]*)/.exec(text))) {
      const skip = /(?:^|;)\s*skip\s*=\s*([^;]*)/.exec(match[1])?.[1]?.trim();
      if (/(?:^|;)\s*error\s*=\s*true\s*(?:;|$)/i.test(match[1])) result.checksAreErrors = true;
      if (skip === "all") result.suppressions.push({ ruleIds: null, range: ALL });
      else if (skip) result.suppressions.push({ ruleIds: resolveNames(splitNames(skip), comment, registry, result), range: ALL });
    }
  }
  return result;
}

/**
 * `docklint-disable[-next-line] [names] [-- reason]`: the names (before the first `--` and blank),
 * or null for another comment. Cut with indexOf: one regex with a lazy names group and a trailing
 * `\s*` tried each split of a long run of blanks.
 */
function disablePragma(text: string): { nextLine: boolean; names: string } | null {
  const keyword = /^docklint-disable(-next-line)?/.exec(text);
  if (!keyword) return null;
  const rest = text.slice(keyword[0].length);
  const reason = rest.search(/--\s/);
  const names = reason < 0 ? rest : rest.slice(0, reason);
  if (names && !/^\s/.test(names)) return null; // `docklint-disabled`
  return { nextLine: keyword[1] !== undefined, names: names.trim() };
}

/** The shell a `# hadolint shell=...` comment (its text after `#`) names, or null. */
export function shellPragma(comment: string): string | null {
  return /^hadolint\s+shell\s*=\s*(\S+)/.exec(comment)?.[1] ?? null;
}

function asComment(d: m.Directive): PragmaComment {
  return { range: d.range, loc: d.loc, value: `${d.name}=${d.value}` };
}

function splitNames(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function resolveNames(names: string[], comment: PragmaComment, registry: RuleRegistry, result: Pragmas): Set<string> {
  const ids = new Set<string>();
  for (const name of names) {
    const targets = registry.targets(name);
    if (!targets.length) result.problems.push({ message: `Unknown rule '${name}' in a pragma.`, loc: comment.loc });
    for (const { id, messageId } of targets) ids.add(messageId ? `${id}#${messageId}` : id);
  }
  return ids;
}

function nextInstructionRange(doc: m.Dockerfile, after: number): Range | null {
  const next = doc.instructions.find((i) => i.range[0] >= after);
  return next ? next.range : null;
}

function restOfStage(doc: m.Dockerfile, after: number): Range | null {
  const next = doc.instructions.find((i) => i.range[0] >= after);
  if (!next) return null;
  const nextStage = doc.stages.find((s) => s.range[0] > next.range[0]);
  return [after, nextStage ? nextStage.range[0] : Number.MAX_SAFE_INTEGER];
}

export function isSuppressed(pragmas: Pragmas, ruleId: string, messageId: string | undefined, offset: number): boolean {
  return pragmas.suppressions.some(
    (s) =>
      (s.ruleIds === null || s.ruleIds.has(ruleId) || (messageId !== undefined && s.ruleIds.has(`${ruleId}#${messageId}`))) &&
      offset >= s.range[0] &&
      offset <= s.range[1],
  );
}
