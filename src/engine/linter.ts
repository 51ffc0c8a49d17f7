// Runs the enabled rules over one document in a single walk and collects their reports.
import type { RuleTextEdit, RuleTextEditor, ViolationReport } from "@eslint/core";
import { parseDockerfile, type ParsedDockerfile } from "../parse/parse.js";
import { checkDeadline, LIMITS, OUT_OF_TIME, outOfTime, TooComplex, type Deadline } from "../parse/limits.js";
import { DocklintError } from "./errors.js";
import { ShellParserNotLoaded } from "../shell/bash-parser.js";
import { offsetAt, positionIn, type Position, type SourceLocation } from "../source/source.js";
import type * as m from "../parse/model.js";
import { DockerfileSourceCode } from "./source-code.js";
import { ComposeSourceCode } from "./compose-source-code.js";
import type { ReadFile } from "../compose/project.js";
import { ComposeSupportNotLoaded } from "../compose/load.js";
import { languageOf } from "../compose-names.js";
import { createSource } from "../source/source.js";
import { readBeside } from "./read-beside.js";
import type { BuildInputs } from "../facts/build-inputs.js";
import { FindingCap } from "./finding-cap.js";
import { LaterCheckFailed, type LaterCheck } from "./later-checks.js";
import { isSuppressed, readPragmas, readYamlPragmas, type Pragmas } from "./pragmas.js";
import { isBuildCheck, type RuleRegistry } from "./registry.js";
import { INTERNAL, TOO_COMPLEX, type Finding, type TextEdit } from "./result.js";
import { isComposeRule, type ComposeVisitor, type Level, type NamedRule, type Rule, type RuleContext, type RuleNode, type Setting, type Visitor } from "./rule.js";
import { now } from "../source/clock.js";
import type { UnsavedTexts } from "../source/unsaved-texts.js";

export interface ActiveRule extends NamedRule {
  level: Level;
  options: unknown[];
  /** Levels set for single messages through their aliases (`SC2086: off`, `DL3052: error`). */
  messageLevels?: Record<string, Setting>;
}

export interface LintOptions {
  filename: string;
  cwd: string;
  rules: ActiveRule[];
  registry: RuleRegistry;
  settings?: Record<string, unknown>;
  /** An editor's unsaved texts (RuleContext.unsaved). */
  unsaved?: UnsavedTexts;
  /** hadolint's `disable-ignore-pragma` turns its pragmas off. */
  hadolintPragmas?: boolean;
  /** Measure each phase's and each rule's time (`--timing`); shell parsing is a phase of its own. */
  timing?: boolean;
  /** Past it the file stops with one `too-complex` finding (checked between nodes and while parsing shell). */
  deadline?: Deadline;
  /** Rules may ask for checks whose results arrive later (RuleContext.checkLater): the outcome's `later`. */
  deferChecks?: boolean;
  /**
   * With deferChecks: the result of a check answered before (the same script in another file, or
   * in this file before an edit), undefined when there is none. A check answered so is not
   * deferred: its rule takes the result during the walk.
   */
  resultAtHand?: (check: { kind: string; input: unknown }) => unknown;
  /** What `docker build` is told besides the file (build args, target, platform, context): the facts rules read. */
  build?: BuildInputs;
  /** How a Compose file's lint reads the files beside it (its override or base, `.env`, the Dockerfiles it builds); the disk by default. */
  read?: ReadFile;
}

/** Milliseconds spent parsing the Dockerfile, parsing shell code, and running rules. */
export interface PhaseTimings {
  parse: number;
  shell: number;
  rules: number;
}

export interface LintOutcome {
  findings: Finding[];
  /** Rules' notices to the user (a tool they need is missing, ...). */
  notices: string[];
  /** Structural problems in the text; a fix must never add one. */
  parseProblems: number;
  /** Files the rules looked at (read, or looked for): a cached result holds while they are unchanged. */
  inputs: string[];
  /** With `timing`: milliseconds per rule id. */
  timings?: Record<string, number>;
  /** With `timing`: milliseconds per phase. */
  phases?: PhaseTimings;
  /**
   * Checks the rules asked for that are still to run (with `deferChecks`). While they are, the
   * findings above are the walk's, in order, without theirs: `settle` gives the outcome once
   * their results are in.
   */
  later?: PendingChecks;
}

export interface PendingChecks {
  checks: LaterCheck[];
  /** The file's outcome with the checks' results (in the order of `checks`) reported. */
  settle(results: unknown[]): LintOutcome;
}

/**
 * Lints one text. Whatever the text holds, the outcome is findings: a file past a limit gets one
 * `too-complex` finding, and a failure of the engine itself one `internal` finding, so that the
 * other files of the run are still linted. `parsed` is the text's parse, when the caller has it.
 */
export function lintText(text: string, options: LintOptions, parsed?: ParsedDockerfile): LintOutcome {
  if (languageOf(options.filename) === "compose") return guarded(text, () => lintCompose(text, options));
  return guarded(text, () => {
    if (!options.timing) return lintParsed(parsed ?? parseDockerfile(text), options);
    const start = now();
    const document = parsed ?? parseDockerfile(text);
    const parse = now() - start;
    const outcome = lintParsed(document, options);
    outcome.phases!.parse += parse;
    return outcome;
  });
}

/** `lint()`'s outcome, or the one finding of a text that stopped it. */
function guarded(text: string, lint: () => LintOutcome): LintOutcome {
  try {
    return lint();
  } catch (error) {
    if (error instanceof ShellParserNotLoaded) throw error; // the caller loads it and lints again
    if (error instanceof ComposeSupportNotLoaded) throw error; // the caller did not load it: a bug of the caller's
    if (error instanceof DocklintError) throw error; // an input a rule needs is refused: the file is not linted
    if (error instanceof TooComplex) return tooComplexOutcome(text, error);
    const at = positionIn(text, 0);
    return stoppedOutcome(internalFinding(null, error, { start: at, end: at }));
  }
}

/** The outcome of a text past one of docklint's limits: its one `too-complex` finding. */
export function tooComplexOutcome(text: string, error: TooComplex): LintOutcome {
  return stoppedOutcome(tooComplexFinding(error, positionIn(text, error.offset)));
}

function stoppedOutcome(finding: Finding): LintOutcome {
  // Infinity: no fix may turn a lintable text into this one
  return { findings: [finding], notices: [], parseProblems: Number.POSITIVE_INFINITY, inputs: [] };
}

export function lintParsed(parsed: ParsedDockerfile, options: LintOptions): LintOutcome {
  const { source, document } = parsed;
  const sourceCode = new DockerfileSourceCode(source, document, options.build);
  const target = options.build?.target;
  if (target !== undefined && sourceCode.facts.graph.targetMissing) {
    const names = document.stages.flatMap((s) => (s.name ? [s.name] : []));
    throw new DocklintError("usage", `No stage is named '${target}' (--target); ${names.length ? `the stages are ${names.join(", ")}` : "no stage has a name"}.`);
  }
  const pragmas = readPragmas(document, source.text, options.registry, { hadolintPragmas: options.hadolintPragmas ?? true });
  sourceCode.pragmas = pragmas;
  sourceCode.shellOverride = pragmas.shell;
  sourceCode.deadline = options.deadline;
  const cap = new FindingCap();
  const findings: Finding[] = [];

  const walkStart = options.timing ? now() : 0;
  sourceCode.timeShell = options.timing === true;
  const file = new FileState(sourceCode, options, pragmas, findings, cap);
  const timings: Record<string, number> | undefined = options.timing ? {} : undefined;
  const listeners = new Map<string, Listener[]>();
  for (const declared of withExperimental(options.rules, pragmas, options.registry)) {
    if (isComposeRule(declared.rule)) continue;
    const active = pragmas.checksAreErrors && isBuildCheck(declared.rule) ? { ...declared, level: "error" as const } : declared;
    let visitor: Visitor;
    try {
      visitor = (active.rule as Rule).create(options.deferChecks ? new DeferringRuleContext(active, file) : new FileRuleContext(active, file));
    } catch (error) {
      findings.push(internalFinding(active.id, error, document.loc));
      continue;
    }
    listen(listeners, active, visitor);
  }

  const dispatch = (key: string, node: RuleNode | m.Dockerfile | m.Stage) => {
    const list = listeners.get(key);
    if (!list) return;
    file.node = node;
    for (let i = 0; i < list.length; i++) {
      const listener = list[i];
      try {
        if (timings) {
          // the shell parse a handler triggers is the shell phase's, not the rule's
          const start = now();
          const shellBefore = sourceCode.shellMs;
          listener.handler(node as never);
          const id = listener.active.id;
          timings[id] = (timings[id] ?? 0) + now() - start - (sourceCode.shellMs - shellBefore);
        } else listener.handler(node as never);
      } catch (error) {
        // from the shared shell parse, or an input refused (a FIFO .dockerignore): the file stops
        if (error instanceof TooComplex || error instanceof ShellParserNotLoaded || error instanceof DocklintError) throw error;
        const { id } = listener.active;
        findings.push(internalFinding(id, error, node.loc));
        // a crashed rule stops: its handlers leave every list (this loop goes on over its snapshot)
        stopListening(listeners, id);
      }
    }
  };
  try {
    // the clock is read at the first node and every 32nd after: a read costs ~90 ns and a BigInt,
    // thousands of times a lint, and 32 nodes' handlers take microseconds (the time-limit window
    // stops any that does not)
    let nodes = 0;
    sourceCode.walk((node, phase) => {
      if (node.type !== "ShellCommand" && (nodes++ & 31) === 0) checkDeadline(options.deadline, node.range[0]);
      dispatch(phase === 1 ? node.type : exitKey(node.type), node);
    }, listeners.has("ShellCommand"));
  } finally {
    sourceCode.dispose();
    // the rules' visitors and all they hold: a file waiting for later checks keeps only the
    // callbacks that take their results (with ShellCheck, hundreds of files wait at a time)
    listeners.clear();
  }
  const complete = (): LintOutcome => {
    findings.push(...cap.summaries());
    return { findings: inOrder(findings), notices: [...file.notices], parseProblems: document.problems.length, inputs: [...file.inputs] };
  };
  const later = file.later;
  // waiting for later checks, the findings are the walk's as they would be reported (an editor shows them at once): a copy, as settle adds to the list
  const outcome: LintOutcome = later.length
    ? { findings: inOrder([...findings, ...cap.summaries()]), notices: [...file.notices], parseProblems: document.problems.length, inputs: [...file.inputs], later: { checks: later.map((l) => l.check), settle: (results) => guarded(source.text, () => settle(results)) } }
    : complete();
  if (timings) {
    outcome.timings = timings;
    outcome.phases = { parse: 0, shell: sourceCode.shellMs, rules: now() - walkStart - sourceCode.shellMs };
  }
  return outcome;

  /** The later checks' results reported by their rules, in the order asked, as reports during the walk are. */
  function settle(results: unknown[]): LintOutcome {
    const crashed = new Set<string>();
    for (const [i, { check, onResult, active, at }] of later.entries()) {
      if (crashed.has(active.id)) continue;
      const result = results[i];
      if (result === OUT_OF_TIME) throw outOfTime(options.deadline ?? { at: 0, seconds: LIMITS.seconds }, check.offset);
      try {
        if (result instanceof LaterCheckFailed) throw result.error;
        onResult(result);
      } catch (error) {
        if (error instanceof TooComplex || error instanceof DocklintError) throw error;
        // where it would be had the rule crashed in its visitor: the node it was visiting
        findings.push(internalFinding(active.id, error, at));
        crashed.add(active.id);
      }
    }
    return complete();
  }
}

/** Findings in the order they are reported: by position, then by rule id. */
function inOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || byCodeUnits(a.ruleId ?? "", b.ruleId ?? ""));
}

/**
 * Lints a Compose file: its project (the file with its base or override, `.env`) loaded, the
 * Compose rules walked over it once (the file, then each service), findings kept only for nodes
 * written in this file, pragmas read from its YAML comments.
 */
function lintCompose(text: string, options: LintOptions): LintOutcome {
  const start = options.timing ? now() : 0;
  const source = createSource(text);
  const sourceCode = new ComposeSourceCode(source, options.filename, options.read ?? readBeside(options.unsaved));
  const parse = options.timing ? now() - start : 0;
  const pragmas = readYamlPragmas(sourceCode.project.parsed.comments, source, options.registry);
  sourceCode.pragmas = pragmas;
  sourceCode.deadline = options.deadline;
  const cap = new FindingCap();
  const findings: Finding[] = [];
  const file = new FileState(sourceCode, options, pragmas, findings, cap);
  const timings: Record<string, number> | undefined = options.timing ? {} : undefined;
  const listeners = new Map<string, Listener[]>();
  for (const active of options.rules) {
    if (!isComposeRule(active.rule)) continue;
    let visitor: ComposeVisitor;
    try {
      visitor = active.rule.create(new FileRuleContext(active, file) as never);
    } catch (error) {
      findings.push(internalFinding(active.id, error, sourceCode.ast.loc));
      continue;
    }
    listen(listeners, active, visitor);
  }
  const dispatch = (key: string, node: { range: [number, number]; loc: SourceLocation }) => {
    const list = listeners.get(key);
    if (!list) return;
    checkDeadline(options.deadline, node.range[0]);
    file.node = node;
    for (const listener of list) {
      const started = timings ? now() : 0;
      try {
        listener.handler(node as never);
      } catch (error) {
        // a service's Dockerfile or `sh -c` script may need tree-sitter: the caller loads it and lints again
        if (error instanceof TooComplex || error instanceof ShellParserNotLoaded || error instanceof DocklintError) throw error;
        const { id } = listener.active;
        findings.push(internalFinding(id, error, node.loc));
        stopListening(listeners, id);
      }
      if (timings) timings[listener.active.id] = (timings[listener.active.id] ?? 0) + now() - started;
    }
  };
  const walkStart = options.timing ? now() : 0;
  try {
    dispatch("ComposeFile", sourceCode.ast);
    for (const service of sourceCode.project.services) dispatch("ComposeService", service);
    dispatch("ComposeFile:exit", sourceCode.ast);
  } finally {
    sourceCode.dispose();
  }
  for (const input of sourceCode.inputs) file.inputs.add(input);
  findings.push(...cap.summaries());
  findings.sort((a, b) => a.line - b.line || a.column - b.column || byCodeUnits(a.ruleId ?? "", b.ruleId ?? ""));
  const outcome: LintOutcome = { findings, notices: [...file.notices], parseProblems: sourceCode.project.parsed.problems.length, inputs: [...file.inputs] };
  if (timings) {
    outcome.timings = timings;
    outcome.phases = { parse, shell: 0, rules: now() - walkStart };
  }
  return outcome;
}

/**
 * The configured rules, plus the build checks the file turns on with `# check=experimental=`
 * (BuildKit's experimental checks are off unless asked for), each at its default level.
 */
function withExperimental(rules: ActiveRule[], pragmas: Pragmas, registry: RuleRegistry): ActiveRule[] {
  const wanted = pragmas.experimental;
  if (wanted !== "all" && !wanted.size) return rules;
  const on = new Set(rules.map((r) => r.id));
  const added = registry.rules
    .filter(({ id, rule }) => !on.has(id) && (wanted === "all" ? isBuildCheck(rule) : wanted.has(id)))
    .map(({ id, rule }) => ({ id, rule, level: rule.meta.defaultLevel, options: [] }));
  return added.length ? [...rules, ...added] : rules;
}

interface Listener {
  active: ActiveRule;
  handler: (node: never) => void;
}

/** A rule's visitor functions, each added to the list of its key. */
function listen(listeners: Map<string, Listener[]>, active: ActiveRule, visitor: Visitor | ComposeVisitor): void {
  for (const key of Object.keys(visitor)) {
    const handler = (visitor as Record<string, unknown>)[key];
    if (typeof handler !== "function") continue;
    let list = listeners.get(key);
    if (!list) listeners.set(key, (list = []));
    list.push({ active, handler: handler as (node: never) => void });
  }
}

/** A crashed rule's handlers leave every list; a loop running over a list keeps the array it had. */
function stopListening(listeners: Map<string, Listener[]>, id: string): void {
  for (const [key, handlers] of listeners) listeners.set(key, handlers.filter((h) => h.active.id !== id));
}

const exitKeys = new Map<string, string>();

/** `Run` -> `Run:exit`, one string per node type rather than one per node. */
function exitKey(type: string): string {
  let key = exitKeys.get(type);
  if (key === undefined) exitKeys.set(type, (key = `${type}:exit`));
  return key;
}

/** What every rule's context shares for one file, and where its reports go. */
class FileState {
  readonly notices = new Set<string>();
  readonly inputs = new Set<string>();
  /** Checks asked for with checkLater, in order, with the node being visited (where a failure is reported). */
  readonly later: { check: LaterCheck; onResult: (result: unknown) => void; active: ActiveRule; at: SourceLocation }[] = [];
  /** The node the rules are visiting. */
  node: { loc: SourceLocation } | null = null;

  constructor(
    readonly sourceCode: DockerfileSourceCode | ComposeSourceCode,
    readonly options: LintOptions,
    private readonly pragmas: Pragmas,
    private readonly findings: Finding[],
    private readonly cap: FindingCap,
  ) {}

  emit(active: ActiveRule, finding: Finding, offset: number): void {
    const messageLevel = finding.messageId ? active.messageLevels?.[finding.messageId] : undefined;
    if (messageLevel === "off" || isSuppressed(this.pragmas, active.id, finding.messageId, offset)) return;
    if (messageLevel) Object.assign(finding, { level: messageLevel, severity: messageLevel === "error" ? 2 : 1 });
    if (this.cap.admit(finding)) this.findings.push(finding);
  }
}

const NO_SETTINGS: Record<string, unknown> = {};

/**
 * ESLint's rule context for one rule over one file. A class: a linter run makes one per rule per
 * file, and methods on the prototype cost nothing per instance.
 */
class FileRuleContext implements RuleContext {
  readonly id: string;
  readonly cwd: string;
  readonly filename: string;
  readonly physicalFilename: string;
  readonly sourceCode: DockerfileSourceCode;
  readonly settings: Record<string, unknown>;
  readonly unsaved: UnsavedTexts | undefined;
  readonly languageOptions = {};
  readonly options: unknown[];
  readonly #active: ActiveRule;
  readonly #file: FileState;

  constructor(active: ActiveRule, file: FileState) {
    this.id = active.id;
    this.cwd = file.options.cwd;
    this.filename = file.options.filename;
    this.physicalFilename = file.options.filename;
    this.unsaved = file.options.unsaved;
    this.sourceCode = file.sourceCode as DockerfileSourceCode; // a Compose rule's context holds a ComposeSourceCode (ComposeRuleContext)
    this.settings = file.options.settings ?? NO_SETTINGS;
    this.options = active.options;
    this.#active = active;
    this.#file = file;
  }

  notice(message: string): void {
    this.#file.notices.add(message);
  }

  dependsOn(file: string): void {
    this.#file.inputs.add(file);
  }

  report(descriptor: ViolationReport<RuleNode, string>): void {
    const { id, rule, level } = this.#active;
    const { sourceCode } = this;
    // docklint's extensions: a level of its own, and a messageId with its own text (an
    // outside tool's code, such as ShellCheck's SC2086, that meta.messages cannot list)
    const report = descriptor as ViolationReport<RuleNode, string> & { level?: Level; message?: string; messageId?: string };
    // a Compose file's project holds nodes of its base or override file: those are that file's findings
    if ("node" in report && sourceCode instanceof ComposeSourceCode && !sourceCode.isHere(report.node as never)) return;
    const loc: SourceLocation =
      "node" in report ? report.node.loc : "start" in report.loc ? report.loc : { start: report.loc, end: report.loc };
    const template = report.messageId !== undefined ? rule.meta.messages[report.messageId] : undefined;
    const message = interpolate(template ?? report.message, report.data);
    const findingLevel = report.level ?? level;
    // keys in the order the JSON output shows them
    const finding: Finding = {
      ruleId: id,
      level: findingLevel,
      severity: findingLevel === "error" ? 2 : 1,
      message,
      line: loc.start.line,
      column: loc.start.column,
      endLine: loc.end.line,
      endColumn: loc.end.column,
    };
    if (report.messageId !== undefined) finding.messageId = report.messageId;
    const fix = report.fix ? toEdit(report.fix(editor), sourceCode.text) : null;
    if (fix) finding.fix = fix;
    if (report.suggest?.length) {
      const suggestions: NonNullable<Finding["suggestions"]> = [];
      for (const s of report.suggest) {
        const edit = toEdit(s.fix(editor), sourceCode.text);
        if (!edit) continue;
        if ("messageId" in s) suggestions.push({ desc: interpolate(rule.meta.messages[s.messageId], s.data), messageId: s.messageId, fix: edit });
        else suggestions.push({ desc: interpolate(s.desc, s.data), fix: edit });
      }
      finding.suggestions = suggestions;
    }
    if (rule.meta.docs.url) finding.docsUrl = rule.meta.docs.url;
    const offset = "node" in report ? report.node.range[0] : offsetAt(sourceCode.source, loc.start.line, loc.start.column);
    this.#file.emit(this.#active, finding, offset);
  }
}

/** The context of a lint whose rules may ask for checks that run after the walk (LintOptions.deferChecks). */
class DeferringRuleContext extends FileRuleContext {
  readonly #active: ActiveRule;
  readonly #file: FileState;

  constructor(active: ActiveRule, file: FileState) {
    super(active, file);
    this.#active = active;
    this.#file = file;
  }

  checkLater(check: LaterCheck, onResult: (result: unknown) => void): void {
    const known = this.#file.options.resultAtHand?.(check);
    if (known !== undefined) return onResult(known);
    const at = this.#file.node?.loc ?? this.sourceCode.locOf([check.offset, check.offset]);
    this.#file.later.push({ check: { kind: check.kind, input: check.input, offset: check.offset }, onResult, active: this.#active, at });
  }
}

function positions(loc: SourceLocation): Pick<Finding, "line" | "column" | "endLine" | "endColumn"> {
  return { line: loc.start.line, column: loc.start.column, endLine: loc.end.line, endColumn: loc.end.column };
}

function interpolate(template: string | undefined, data: Record<string, unknown> | undefined): string {
  if (template === undefined) throw new Error("report names a messageId the rule does not define");
  if (!data) return template;
  let message = "";
  for (const part of placeholders(template)) {
    if (typeof part === "string") message += part;
    else message += part.key in data ? String(data[part.key]) : part.whole;
  }
  return message;
}

type TemplatePart = string | { key: string; whole: string };
const templates = new Map<string, TemplatePart[]>();

/** A message template split at its `{{ key }}` placeholders, once per template (messages are few, reports many). */
function placeholders(template: string): TemplatePart[] {
  let parts = templates.get(template);
  if (parts) return parts;
  parts = [];
  let at = 0;
  for (const match of template.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)) {
    if (match.index > at) parts.push(template.slice(at, match.index));
    parts.push({ key: match[1], whole: match[0] });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  // rules may build templates from data (an outside tool's message): keep the cache bounded
  if (templates.size >= 1000) templates.clear();
  templates.set(template, parts);
  return parts;
}

/** A docklint bug: in a rule (the other rules still run) or, with a null rule id, in the engine (the file stops). */
function internalFinding(ruleId: string | null, error: unknown, loc: SourceLocation | { start: Position; end: Position }): Finding {
  // one line, whatever the error's message holds
  const detail = (error instanceof Error ? error.message : String(error))
    .split(/[\r\n]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" ");
  const message = ruleId
    ? `Internal error in rule '${ruleId}': ${detail}. Please report it; the other rules still ran.`
    : `Internal error: ${detail}. Please report it; this file was not linted.`;
  return { ruleId, level: "error", severity: 2, message, messageId: INTERNAL, ...positions({ start: loc.start, end: loc.start }) };
}

function tooComplexFinding(error: TooComplex, at: Position): Finding {
  const message = `Too complex to lint: ${error.message} (docklint's limit for one file); no rule was run.`;
  return { ruleId: null, level: "error", severity: 2, message, messageId: TOO_COMPLEX, ...positions({ start: at, end: at }) };
}


const rangeOf = (element: unknown): [number, number] => (element as { range: [number, number] }).range;

const editor: RuleTextEditor = {
  insertTextAfter: (el, text) => ({ range: [rangeOf(el)[1], rangeOf(el)[1]], text }),
  insertTextAfterRange: (range, text) => ({ range: [range[1], range[1]], text }),
  insertTextBefore: (el, text) => ({ range: [rangeOf(el)[0], rangeOf(el)[0]], text }),
  insertTextBeforeRange: (range, text) => ({ range: [range[0], range[0]], text }),
  remove: (el) => ({ range: rangeOf(el), text: "" }),
  removeRange: (range) => ({ range: [range[0], range[1]], text: "" }),
  replaceText: (el, text) => ({ range: rangeOf(el), text }),
  replaceTextRange: (range, text) => ({ range: [range[0], range[1]], text }),
};

/** Several edits from one fix become one edit over the span they cover, as in ESLint. */
function toEdit(result: RuleTextEdit | Iterable<RuleTextEdit> | null, text: string): TextEdit | null {
  if (!result) return null;
  const edits = Symbol.iterator in result ? [...(result as Iterable<RuleTextEdit>)] : [result as RuleTextEdit];
  if (!edits.length) return null;
  edits.sort((a, b) => a.range[0] - b.range[0]);
  let merged = "";
  let at = edits[0].range[0];
  for (const edit of edits) {
    if (edit.range[0] < at) throw new Error("a fix returned overlapping edits");
    merged += text.slice(at, edit.range[0]) + edit.text;
    at = edit.range[1];
  }
  return { range: [edits[0].range[0], at], text: merged };
}

/**
 * Rule ids in code-unit order: for docklint's ids ([a-z0-9-]) the order localeCompare gives, but
 * localeCompare's first call sets up ICU's collation, 9-16 ms of a one-file run.
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
