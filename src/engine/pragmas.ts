// Inline comments that switch rules off: docklint's own, hadolint's, and BuildKit's check directive.
//   # docklint-disable-next-line id[, id] [-- reason]   the next instruction
//   # docklint-disable id[, id] [-- reason]             the whole file (no ids: every rule)
//   # hadolint ignore=DL3008,DL3009 [# reason]         the next instruction
//   # hadolint global ignore=DL3008                     the whole file
//   # hadolint stage ignore=DL3008                      the rest of the stage
//   # hadolint shell=powershell                         RUN bodies are not POSIX shell
//   # check=skip=JSONArgsRecommended,StageNameCasing    as a parser directive (top of file): the whole file (BuildKit)
//   # check=skip=SecretsUsedInArgOrEnv // reason        below the directives: the next instruction only, and the
//                                                      value ends at the first blank (BuildKit since Nov 2025)
//   # check=error=true                                  build-check findings become errors (directive only)
//   # check=experimental=InvalidDefinitionDescription   turns those build checks on, `all` every one that is off;
//                                                      they run even when skipped (directive only, as in BuildKit)
import type { Range, SourceLocation, SourceText } from "../source/source.js";
import type { YamlComment } from "../compose/yaml-tree.js";
import type * as m from "../parse/model.js";
import { isBuildCheck, type RuleRegistry } from "./registry.js";

export interface Suppression {
  /** Rule ids (`id`, or `id#messageId` for one message), or null for every rule. */
  ruleIds: Set<string> | null;
  /** Offsets the suppression covers. */
  range: Range;
  /** Rule ids it leaves running: BuildKit runs a check turned on by `experimental=` even when `skip=` names it. */
  except?: Set<string>;
}

/** A name in a pragma that is no rule, alias or known code (a typo, or a rule of another linter). */
export interface UnknownPragmaName {
  name: string;
  /** The name's offsets in the text. */
  range: Range;
}

export interface Pragmas {
  suppressions: Suppression[];
  shell: string | null;
  /** BuildKit's `# check=error=true`: build-check violations fail the build. */
  checksAreErrors: boolean;
  /** Rules `# check=experimental=` turns on (`all`: every build check), whatever the config says. */
  experimental: Set<string> | "all";
  unknownNames: UnknownPragmaName[];
}

interface PragmaComment {
  range: Range;
  loc: SourceLocation;
  value: string;
  /** The offset of `value` in the text. */
  valueStart: number;
  /** A parser directive at the top of the file, not a comment below it. */
  directive: boolean;
}

const ALL: Range = [0, Number.MAX_SAFE_INTEGER];

export function readPragmas(doc: m.Dockerfile, text: string, registry: RuleRegistry, options: { hadolintPragmas: boolean }): Pragmas {
  const result: Pragmas = { suppressions: [], shell: null, unknownNames: [], checksAreErrors: false, experimental: new Set() };
  const comments: PragmaComment[] = [...doc.comments.map((c) => asPragmaComment(c, text)), ...doc.directives.map(directiveAsComment)];
  const checkSkips: Suppression[] = [];
  for (const comment of comments) {
    const value = comment.value;
    let match: RegExpExecArray | null;
    // a Dockerfile's comments are lines of their own: `docklint-disable-line` is YAML's
    const disable = disablePragma(value);
    if (disable && disable.scope !== "line") {
      // no names: every rule
      const ids = /[^\s,]/.test(disable.names) ? resolveNames(comment, disable.namesStart, disable.names, registry, result) : null;
      const range = disable.scope === "next-line" ? nextInstructionRange(doc, comment.range[1]) : ALL;
      if (range) result.suppressions.push({ ruleIds: ids, range });
    } else if (options.hadolintPragmas && (match = /^hadolint\s+(global\s+|stage\s+)?ignore\s*=\s*([^#]*)/d.exec(value))) {
      const ids = resolveNames(comment, match.indices![2]![0], match[2], registry, result);
      const scope = match[1]?.trim();
      const range = scope === "global" ? ALL : scope === "stage" ? restOfStage(doc, comment.range[1]) : nextInstructionRange(doc, comment.range[1]);
      if (range) result.suppressions.push({ ruleIds: ids, range });
    } else if (shellPragma(value)) {
      result.shell = shellPragma(value);
    } else if ((match = /^check\s*=\s*/.exec(value))) {
      readCheck(comment, match[0].length, doc, registry, result, checkSkips);
    }
  }
  const experimental = result.experimental;
  if (experimental === "all" || experimental.size) {
    const running = experimental === "all" ? new Set(registry.rules.filter(({ rule }) => isBuildCheck(rule)).map(({ id }) => id)) : experimental;
    for (const skip of checkSkips) skip.except = running;
  }
  result.suppressions.push(...checkSkips);
  return result;
}

/**
 * A Compose file's pragmas, in YAML comments: `# docklint-disable-next-line id` (the next line that
 * is neither blank nor a comment), `# docklint-disable-line id` after a value (its own line) and
 * `# docklint-disable id` (the whole file).
 */
export function readYamlPragmas(comments: YamlComment[], source: SourceText, registry: RuleRegistry): Pragmas {
  const result: Pragmas = { suppressions: [], shell: null, unknownNames: [], checksAreErrors: false, experimental: new Set() };
  for (const c of comments) {
    const disable = disablePragma(c.value);
    if (!disable) continue;
    const comment: PragmaComment = { range: c.range, loc: c.loc, value: c.value, valueStart: source.text.indexOf(c.value, c.range[0] + 1), directive: false };
    const ids = /[^\s,]/.test(disable.names) ? resolveNames(comment, disable.namesStart, disable.names, registry, result) : null;
    const range = disable.scope === "next-line" ? nextYamlLine(source, c.loc.start.line) : disable.scope === "line" ? lineOf(source, c.loc.start.line) : ALL;
    if (range) result.suppressions.push({ ruleIds: ids, range });
  }
  return result;
}

/** A line (1-based) as a range. */
function lineOf(source: SourceText, line: number): Range {
  const { text, lineStarts } = source;
  return [lineStarts[line - 1], line < lineStarts.length ? lineStarts[line] : text.length];
}

/** The line after `line` (1-based) that is neither blank nor a comment, as a range; null when none. */
function nextYamlLine(source: SourceText, line: number): Range | null {
  const { text, lineStarts } = source;
  for (let i = line; i < lineStarts.length; i++) {
    const start = lineStarts[i];
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    const content = text.slice(start, end).trim();
    if (content && !content.startsWith("#")) return [start, end];
  }
  return null;
}

/**
 * BuildKit's `check=` settings, `;`-separated `key=value` pairs. As a parser directive they hold for
 * the whole file; as a comment below the directives BuildKit reads only `skip=`, for the next
 * instruction, and the value ends at the first blank so that a reason may follow.
 */
function readCheck(comment: PragmaComment, valueAt: number, doc: m.Dockerfile, registry: RuleRegistry, result: Pragmas, skips: Suppression[]): void {
  const rest = comment.value.slice(valueAt);
  const settings = comment.directive ? rest : rest.slice(0, rest.search(/\s|$/));
  const range = comment.directive ? ALL : nextInstructionRange(doc, comment.range[1]);
  let at = valueAt;
  for (const pair of settings.split(";")) {
    const equals = pair.indexOf("=");
    const key = pair.slice(0, Math.max(equals, 0)).trim().toLowerCase();
    const list = pair.slice(equals + 1);
    const listStart = at + equals + 1;
    at += pair.length + 1;
    if (equals < 0 || !list.trim()) continue;
    if (key === "skip" && range) {
      const ids = list.trim() === "all" ? null : resolveNames(comment, listStart, list, registry, result);
      skips.push({ ruleIds: ids, range });
    } else if (key === "error" && comment.directive) {
      if (list.trim().toLowerCase() === "true") result.checksAreErrors = true;
    } else if (key === "experimental" && comment.directive) {
      if (list.trim() === "all") result.experimental = "all";
      else if (result.experimental !== "all") for (const id of resolveNames(comment, listStart, list, registry, result)) result.experimental.add(id.split("#")[0]!);
    }
  }
}

/** The shell a `# hadolint shell=...` comment (its text after `#`) names, or null. */
export function shellPragma(comment: string): string | null {
  return /^hadolint\s+shell\s*=\s*(\S+)/.exec(comment)?.[1] ?? null;
}

function asPragmaComment(comment: m.Comment, text: string): PragmaComment {
  // the value is the comment's text trimmed: it starts at its first non-blank character after `#`
  return { range: comment.range, loc: comment.loc, value: comment.value, valueStart: text.indexOf(comment.value, comment.range[0] + 1), directive: false };
}

/** A `# check=...` directive read like a comment: only offsets inside its value are needed, and kept exact. */
function directiveAsComment(d: m.Directive): PragmaComment {
  return { range: d.range, loc: d.loc, value: `${d.name}=${d.value}`, valueStart: d.valueRange[0] - d.name.length - 1, directive: true };
}

/** The rule ids a comma- or blank-separated list names; names that stand for nothing known are noted with their offsets. */
function resolveNames(comment: PragmaComment, listStart: number, list: string, registry: RuleRegistry, result: Pragmas): Set<string> {
  const ids = new Set<string>();
  for (const match of list.matchAll(/[^\s,]+/g)) {
    const name = match[0];
    const targets = registry.targets(name);
    if (!targets.length && !registry.knows(name)) {
      const start = comment.valueStart + listStart + match.index;
      result.unknownNames.push({ name, range: [start, start + name.length] });
    }
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
      !s.except?.has(ruleId) &&
      offset >= s.range[0] &&
      offset <= s.range[1],
  );
}

/**
 * `docklint-disable[-next-line] [names] [-- reason]`: the names (before the first `--` and blank)
 * and their offset in `text`, or null for another comment. Cut with indexOf: one regex with a lazy
 * names group and a trailing `\s*` tried each split of a long run of blanks.
 */
function disablePragma(text: string): { scope: "file" | "next-line" | "line"; names: string; namesStart: number } | null {
  const keyword = /^docklint-disable(-next-line|-line)?/.exec(text);
  if (!keyword) return null;
  const rest = text.slice(keyword[0].length);
  const reason = rest.search(/--\s/);
  const names = reason < 0 ? rest : rest.slice(0, reason);
  if (names && !/^\s/.test(names)) return null; // `docklint-disabled`
  const leading = names.length - names.trimStart().length;
  const scope = keyword[1] === "-next-line" ? "next-line" : keyword[1] === "-line" ? "line" : "file";
  return { scope, names: names.trim(), namesStart: keyword[0].length + leading };
}
