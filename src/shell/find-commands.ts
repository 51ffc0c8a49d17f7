// Finds every simple command in a RUN, CMD or ENTRYPOINT: through lists, pipes, subshells,
// `$(...)`, control flow, `sh -c '...'`, wrappers such as `sudo`/`env`/`xargs`, and heredoc
// bodies run by a shell. Each word keeps its exact range in the Dockerfile.
import type { Node as TSNode, Tree, TreeCursor } from "web-tree-sitter";
import { locationOf, type Range, type SourceText } from "../source/source.js";
import { checkDeadline, LIMITS, TooComplex, type Deadline } from "../parse/limits.js";
import type * as m from "../parse/model.js";
import { nodeTypeId, parseBash } from "./bash-parser.js";
import { ShellCommand, type Redirect } from "./command.js";
import { isShortFlagCluster } from "./flags.js";
import { isShell, unwrap } from "./wrappers.js";
import { TreeScript, type ShellScript } from "./shell-script.js";
import { parseSimpleScript, type SimpleScript, type SimpleWord } from "./simple-script.js";

export type { ShellScript } from "./shell-script.js";

type CommandInstruction = m.Run | m.Cmd | m.Entrypoint;

export interface ParsedShell {
  commands: ShellCommand[];
  scripts: ShellScript[];
  /** Frees the syntax trees (they live in WebAssembly memory, outside the garbage collector). */
  dispose(): void;
}

/**
 * Parses an instruction's shell code once; the caller disposes of the result when done. Past a
 * limit or the deadline it throws TooComplex. Simple scripts are read without tree-sitter unless
 * `treeSitterOnly` (for the test that holds both readers to the same results).
 */
export function parseShell(instruction: CommandInstruction, source: SourceText, deadline?: Deadline, treeSitterOnly = false): ParsedShell {
  const found = new Finder(source, instruction, deadline, treeSitterOnly);
  try {
    if (instruction.exec) {
      const [name, ...args] = instruction.exec;
      if (name) found.add(name, args, [], [], instruction.exec[instruction.exec.length - 1].range[1], true);
    } else if (instruction.shellText !== null && instruction.shellRange) {
      found.script(instruction.shellText, instruction.shellRange[0], instruction.heredocs);
    }
  } catch (error) {
    // past a limit: the trees parsed so far live in WebAssembly memory and must be freed here
    found.trees.forEach((tree) => tree.delete());
    throw error;
  }
  return {
    commands: found.commands.sort((a, b) => a.range[0] - b.range[0]),
    scripts: found.scripts,
    dispose: () => found.trees.forEach((tree) => tree.delete()),
  };
}

export function findCommands(instruction: CommandInstruction, source: SourceText): ShellCommand[] {
  const parsed = parseShell(instruction, source);
  parsed.dispose();
  return parsed.commands;
}

type TypeName = "list" | "pipeline" | "command" | "declaration" | "unset" | "redirected" | "heredocBody" | "assignment" | "rawString" | "string" | "word" | "commandName" | "concatenation" | "number";
let typeIds: Record<TypeName, number> | null = null;

/** One heredoc marker (`<<EOF`, `<<-"EOF"`, `3<<'EOF'`) and the blanks after it, where `lastIndex` says. */
const HEREDOC_MARKER = /\d*<<-?\s*(?:"\w+"|'\w+'|\w+)\s*/y;

/**
 * Runs of plain characters, and each operator, quote, `$` and backquote: a parser builds no
 * more nodes than that (`echo $a$a$a...` is one word, but a node per `$a`).
 */
function countTokens(text: string): number {
  let tokens = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) inRun = false;
    else if (SYNTAX.has(c)) {
      tokens++;
      inRun = false;
    } else if (!inRun) {
      tokens++;
      inRun = true;
    }
  }
  return tokens;
}

const SYNTAX = new Set([...";&|()<>$\"'`{}"].map((c) => c.charCodeAt(0)));

/** `RUN <<EOF` (markers only on the command line): then each heredoc body is the script. */
export function isHeredocOnly(commandLine: string): boolean {
  // one marker at a time: a single `^\s*(marker)+$` backtracked exponentially on markers run
  // together, `<<A0<<A0<<...`, trying each `0` as the end of a name and as a file descriptor
  let at = commandLine.length - commandLine.trimStart().length;
  if (at === commandLine.length) return false;
  while (at < commandLine.length) {
    HEREDOC_MARKER.lastIndex = at;
    if (!HEREDOC_MARKER.test(commandLine)) return false;
    at = HEREDOC_MARKER.lastIndex;
  }
  return true;
}

class Finder {
  readonly commands: ShellCommand[] = [];
  readonly scripts: ShellScript[] = [];
  /** The syntax trees behind the scripts: they live in WebAssembly memory until deleted. */
  readonly trees: Tree[] = [];
  /** Arguments written after a redirect, by the offset of the command they belong to. */
  private readonly wordsAfterRedirects = new Map<number, m.Word[]>();

  constructor(
    private readonly source: SourceText,
    private readonly instruction: CommandInstruction,
    private readonly deadline?: Deadline,
    private readonly treeSitterOnly = false,
  ) {}

  /** Parses shell text that starts at `offset` in the Dockerfile. */
  script(text: string, offset: number, heredocs: m.Heredoc[] = [], wrappers: string[] = []): void {
    checkNesting(wrappers, offset);
    // before a parser builds a node for each: a heredoc or `sh -c '...'` may hold millions
    if (countTokens(text) > LIMITS.shellTokens) throw new TooComplex(`more than ${LIMITS.shellTokens} shell tokens`, offset);
    const bodies = heredocs.filter((h) => h.contentRange[0] >= offset);
    if (bodies.length) {
      const commandLine = text.slice(0, bodies[0].contentRange[0] - offset);
      if (isHeredocOnly(commandLine)) {
        // `RUN <<EOF`: each body is the script
        for (const h of bodies) this.heredocScript(h, wrappers);
        return;
      }
    }
    const simple = bodies.length || this.treeSitterOnly ? null : parseSimpleScript(text);
    if (simple) {
      this.simpleScript(simple, offset, wrappers);
      return;
    }
    const before = this.commands.length;
    const tree = parseBash(text, this.deadline?.at);
    if (!tree) {
      checkDeadline(this.deadline, offset); // the parse stopped at the deadline: this throws
      return;
    }
    this.trees.push(tree);
    this.scripts.push(new TreeScript(tree.rootNode, text, offset, wrappers));
    this.walk(tree.rootNode, text, offset, wrappers);
    if (bodies.length) {
      const lineCommands = this.commands.slice(before).filter((c) => c.range[0] < bodies[0].contentRange[0]);
      const runsBodyAsScript = lineCommands.some(
        (c) => isShell(c.command) && !c.hasFlag("-c") && c.positionals().length === 0,
      );
      if (runsBodyAsScript) for (const h of bodies) this.heredocScript(h, wrappers);
    }
  }

  /** A script read without tree-sitter: its commands, in document order, with their redirects. */
  private simpleScript(simple: SimpleScript, offset: number, wrappers: string[]): void {
    const range = (s: { start: number; end: number }): Range => [offset + s.start, offset + s.end];
    this.scripts.push({
      offset,
      wrappers,
      valid: true,
      pipelines: simple.pipelines.map(({ stages, pipes }) => ({
        stages: stages.map((stage) => ({ range: range(stage), name: stage.name })),
        pipes: pipes.map(([start, end]) => range({ start, end })),
      })),
      background: [],
      childShells: simple.childShells.map(([start, end]) => range({ start, end })),
      constructs: simple.constructs,
    });
    const word = (w: SimpleWord): m.Word => {
      const wordRange = range(w);
      return { type: "Word", text: w.text, value: w.value, range: wordRange, loc: locationOf(this.source, wordRange) };
    };
    // as in the tree walk: a command's redirects go to the commands found from it (what it wraps,
    // its `$(...)`) once those are found
    const pending: { until: number; redirects: Redirect[]; before: number; range: Range }[] = [];
    const attach = ({ redirects, before, range: [start, end] }: (typeof pending)[number]) => {
      for (const cmd of this.commands.slice(before)) if (cmd.range[0] >= start && cmd.range[1] <= end) cmd.redirects.push(...redirects);
    };
    simple.commands.forEach((command, index) => {
      while (pending.length && pending[pending.length - 1].until < index) attach(pending.pop()!);
      const name = word(command.name);
      const args = command.args.map(word);
      const before = this.commands.length;
      const added = this.add(name, args, command.assignments.map(word), wrappers, args.length ? args[args.length - 1].range[1] : name.range[1], false);
      const redirects = command.redirects.map(({ operator, target }) => ({ operator, target: word(target) }));
      if (redirects.length) pending.push({ until: index + command.nested, redirects, before, range: added.range });
    });
    while (pending.length) attach(pending.pop()!);
  }

  private heredocScript(h: m.Heredoc, wrappers: string[]): void {
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(h.content);
    if (shebang) {
      const interpreter = shebang[1].endsWith("/env") ? (shebang[2] ?? "") : shebang[1];
      if (!isShell(interpreter.slice(interpreter.lastIndexOf("/") + 1))) return;
    }
    this.script(h.content, h.contentRange[0], [], wrappers);
  }

  /**
   * Visits the tree in document order with a cursor: only commands and redirected statements are
   * materialized as nodes, since every node crossing from WebAssembly to JavaScript costs.
   */
  private walk(root: TSNode, script: string, offset: number, wrappers: string[]): void {
    const cursor = root.walk();
    // redirected statements wait until their children are done: their redirects go to the last command
    const pending: { node: TSNode; before: number; depth: number }[] = [];
    const finish = (depth: number) => {
      while (pending.length && pending[pending.length - 1].depth >= depth) {
        const { node, before } = pending.pop()!;
        this.attachRedirects(node, offset, before);
      }
    };
    const ids = typeIdsOnce();
    // most scripts run no command inside a word: then a command's words need no visit
    // (error recovery can hang commands anywhere: a tree with errors is walked whole)
    const prune = !root.hasError;
    const maybeNested = NESTED_CODE.test(script);
    let depth = 0;
    // nesting: the depth without the levels a chain adds (`a && b && c` is a list in a list)
    const types: number[] = [];
    const nesting: number[] = [0];
    try {
      walking: for (;;) {
        const type = cursor.nodeTypeId;
        if (depth > 0) {
          nesting[depth] = nesting[depth - 1] + (type === types[depth - 1] && (type === ids.list || type === ids.pipeline) ? 0 : 1);
          if (nesting[depth] > LIMITS.shellDepth) throw new TooComplex(`shell code nested more than ${LIMITS.shellDepth} levels deep`, offset + cursor.startIndex);
        }
        if (type === ids.command) this.command(cursor, script, offset, wrappers);
        else if (type === ids.declaration || type === ids.unset) this.declaration(cursor.currentNode, offset, wrappers);
        else if (type === ids.redirected) {
          const node = cursor.currentNode;
          this.noteWordsAfterRedirects(node, offset);
          pending.push({ node, before: this.commands.length, depth });
        }
        if (type !== ids.heredocBody && !(prune && (maybeNested ? cannotHoldCommands(type, cursor, script) : isWordlike(type))) && cursor.gotoFirstChild()) {
          types[depth++] = type;
          continue;
        }
        for (;;) {
          finish(depth);
          if (cursor.gotoNextSibling()) continue walking;
          if (depth === 0 || !cursor.gotoParent()) break walking;
          depth--;
        }
      }
    } finally {
      cursor.delete();
    }
  }

  /**
   * `echo > /f hello world`: tree-sitter-bash hangs the words after a redirect's target on the
   * redirect, but the shell passes them to the command. They are kept for the body command,
   * which the walk reaches next.
   */
  private noteWordsAfterRedirects(node: TSNode, offset: number): void {
    const body = lastCommandOf(node);
    if (body?.type !== "command") return;
    const extra = node
      .childrenForFieldName("redirect")
      .flatMap((r) => (r?.type === "file_redirect" ? r.childrenForFieldName("destination").slice(1) : []))
      .flatMap((w) => (w ? [this.word(w, offset)] : []));
    if (extra.length) this.wordsAfterRedirects.set(offset + body.startIndex, extra);
  }

  /**
   * `cmd > file`: the redirects belong to the command in the statement's body (and what it
   * wraps). tree-sitter-bash hangs a redirect written after `a && b` or `a | b` on the whole
   * list, while the shell applies it to the last command only; `cat <<EOF > file` nests it
   * inside the heredoc redirect.
   */
  private attachRedirects(node: TSNode, offset: number, firstCommand: number): void {
    const body = lastCommandOf(node);
    if (!body) return;
    const fileRedirects = node.childrenForFieldName("redirect").flatMap((r) =>
      r?.type === "heredoc_redirect" ? r.childrenForFieldName("redirect") : [r],
    );
    const redirects = fileRedirects.flatMap((r) => {
      const target = r?.type === "file_redirect" ? r.childForFieldName("destination") : null;
      if (!r || !target) return [];
      const operator = r.text.slice(0, target.startIndex - r.startIndex).trim();
      return [{ operator, target: this.word(target, offset) }];
    });
    // the body's command runs on past it when words follow a redirect (they are its arguments)
    const after = this.wordsAfterRedirects.get(offset + body.startIndex);
    const start = offset + body.startIndex;
    const end = Math.max(offset + body.endIndex, after?.[after.length - 1].range[1] ?? 0);
    for (const cmd of this.commands.slice(firstCommand)) {
      if (cmd.range[0] >= start && cmd.range[1] <= end) cmd.redirects.push(...redirects);
    }
  }

  /** The command at the cursor: its words are read through the cursor, and the cursor is left where it was. */
  private command(cursor: TreeCursor, script: string, offset: number, wrappers: string[]): void {
    const ids = typeIdsOnce();
    let name: m.Word | null = null;
    const args: m.Word[] = [];
    const assignments: m.Word[] = [];
    if (!cursor.gotoFirstChild()) return;
    try {
      do {
        const field = cursor.currentFieldName;
        if (field === "name") name = this.cursorWord(cursor, script, offset);
        else if (field === "argument") args.push(this.cursorWord(cursor, script, offset));
        else if (cursor.nodeTypeId === ids.assignment) assignments.push(this.cursorWord(cursor, script, offset));
      } while (cursor.gotoNextSibling());
    } finally {
      cursor.gotoParent();
    }
    if (!name) return;
    const start = assignments[0]?.range[0] ?? name.range[0];
    args.push(...(this.wordsAfterRedirects.get(start) ?? []));
    const end = args.length ? args[args.length - 1].range[1] : name.range[1];
    this.add(name, args, assignments, wrappers, end, false);
  }

  /** The word at the cursor, its value read from the script text; a node only for `$(...)` and backticks. */
  private cursorWord(cursor: TreeCursor, script: string, offset: number): m.Word {
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    const text = script.slice(start, end);
    const range: Range = [offset + start, offset + end];
    const value = textValue(cursor.nodeTypeId, text) ?? wordValue(cursor.currentNode);
    return { type: "Word", text, value, range, loc: locationOf(this.source, range) };
  }

  /** `export A=1`, `declare -x B`, `local C`, `readonly D`, `unset E`: builtins the grammar names apart. */
  private declaration(node: TSNode, offset: number, wrappers: string[]): void {
    const keyword = node.child(0);
    if (!keyword) return;
    const args = node.namedChildren.flatMap((c) => (c ? [this.word(c, offset)] : []));
    this.add(this.word(keyword, offset), args, [], wrappers, offset + node.endIndex, false);
  }

  /** The script word of `sh -c 'script'` (also `bash -ec`), or undefined. */
  shellScriptArgument(cmd: ShellCommand, args: m.Word[]): m.Word | undefined {
    if (!isShell(cmd.command)) return undefined;
    const flag = args.findIndex((a) => isShortFlagCluster(a.value, "c"));
    return flag >= 0 ? args[flag + 1] : undefined;
  }

  /**
   * Records a command, then what it runs: the command a wrapper wraps (`sudo x`), and the
   * script of `sh -c 'script'`. `json` says the words came split (exec-form JSON strings, a Compose
   * `command:`'s words), not as shell code.
   */
  add(name: m.Word, args: m.Word[], assignments: m.Word[], wrappers: string[], end: number, json: boolean): ShellCommand {
    const range: Range = [assignments[0]?.range[0] ?? name.range[0], end];
    checkNesting(wrappers, range[0]);
    if (this.commands.length >= LIMITS.shellCommands) throw new TooComplex(`more than ${LIMITS.shellCommands} shell commands`, range[0]);
    const cmd = new ShellCommand(name, args, assignments, wrappers, range, locationOf(this.source, range), this.instruction);
    this.commands.push(cmd);
    const inner = unwrap(cmd);
    if (inner) this.add(inner.name, inner.args, [], [...wrappers, cmd.command], end, json);
    const scriptWord = this.shellScriptArgument(cmd, args);
    const script = scriptWord && (json ? literalScript(scriptWord) : shellWordScript(scriptWord));
    if (script) this.script(script.text, script.offset, [], [...wrappers, cmd.command]);
    return cmd;
  }

  private word(node: TSNode, offset: number): m.Word {
    const range: Range = [offset + node.startIndex, offset + node.endIndex];
    return { type: "Word", text: node.text, value: wordValue(node), range, loc: locationOf(this.source, range) };
  }
}

/**
 * The statement a redirected statement's redirects apply to: tree-sitter-bash hangs a redirect
 * written after `a && b` or `a | b` on the whole list, while the shell applies it to the last
 * command only.
 */
function lastCommandOf(redirected: TSNode): TSNode | null {
  let body = redirected.childForFieldName("body");
  while (body && (body.type === "list" || body.type === "pipeline")) body = body.namedChild(body.namedChildCount - 1);
  return body;
}

/** What shell code inside a command or word starts with: `$(...)`, backticks, `<(...)`, `>(...)`, and `cmd (sub)`. */
const NESTED_CODE = /[(`]/;
/** Nodes whose children are words and redirects only: a command and the words themselves. */
const WORDLIKE = ["command", "word", "string", "raw_string", "concatenation", "number", "command_name", "variable_assignment", "file_redirect", "simple_expansion", "expansion"] as const;
let wordlikeIds: Set<number> | null = null;

function isWordlike(type: number): boolean {
  return (wordlikeIds ??= new Set(WORDLIKE.map((name) => nodeTypeId(name)))).has(type);
}

/** True when the node at the cursor holds no shell code: its children need no visit. */
function cannotHoldCommands(type: number, cursor: TreeCursor, script: string): boolean {
  return isWordlike(type) && !NESTED_CODE.test(script.slice(cursor.startIndex, cursor.endIndex));
}

function checkNesting(wrappers: string[], offset: number): void {
  if (wrappers.length > LIMITS.shellNesting) throw new TooComplex(`shells and wrappers nested more than ${LIMITS.shellNesting} deep`, offset);
}

function typeIdsOnce(): Record<TypeName, number> {
  return (typeIds ??= {
    list: nodeTypeId("list"),
    pipeline: nodeTypeId("pipeline"),
    command: nodeTypeId("command"),
    declaration: nodeTypeId("declaration_command"),
    unset: nodeTypeId("unset_command"),
    redirected: nodeTypeId("redirected_statement"),
    heredocBody: nodeTypeId("heredoc_body"),
    assignment: nodeTypeId("variable_assignment"),
    rawString: nodeTypeId("raw_string"),
    string: nodeTypeId("string"),
    word: nodeTypeId("word"),
    commandName: nodeTypeId("command_name"),
    concatenation: nodeTypeId("concatenation"),
    number: nodeTypeId("number"),
  });
}

/**
 * wordValue computed from a word's text alone, for the node types whose value is their text
 * with quotes and escapes removed. null when the text needs the tree (`$(...)`, backticks).
 */
function textValue(typeId: number, text: string): string | null {
  const ids = typeIdsOnce();
  if (typeId === ids.rawString) return text.slice(1, -1);
  if (typeId === ids.string) return text.includes("$(") || text.includes("`") ? null : text.slice(1, -1).replace(/\\([$`"\\\n])/g, "$1");
  if (typeId !== ids.word && typeId !== ids.commandName && typeId !== ids.concatenation && typeId !== ids.number) return typeId === ids.assignment ? text : null;
  if (!/[\\'"$`]/.test(text)) return text;
  if (text.includes("$(") || text.includes("`") || text.includes("$'") || text.includes("${")) return null;
  let value = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") value += text[++i] ?? "";
    else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return null;
      value += text.slice(i + 1, close);
      i = close;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (j >= text.length) return null;
      value += text.slice(i + 1, j).replace(/\\([$`"\\\n])/g, "$1");
      i = j;
    } else value += c;
  }
  return value;
}

/** The text of a word as the program receives it (quotes removed); expansions stay as written. */
function wordValue(node: TSNode): string {
  switch (node.type) {
    case "raw_string":
      return node.text.slice(1, -1);
    case "string":
      return node.text.slice(1, -1).replace(/\\([$`"\\\n])/g, "$1");
    case "ansi_c_string":
      return node.text.slice(2, -1);
    case "word":
    case "command_name":
      return node.namedChildCount ? node.namedChildren.map((c) => (c ? wordValue(c) : "")).join("") : node.text.replace(/\\(.)/g, "$1");
    case "concatenation":
      return node.children.map((c) => (c ? wordValue(c) : "")).join("");
    default:
      return node.text;
  }
}

interface Script {
  text: string;
  /** Where the script starts in the Dockerfile. */
  offset: number;
}

/**
 * The script of a `sh -c` argument written in shell: inside single quotes, inside double
 * quotes (kept as written, so `\"` stays escaped), or a bare word. Other shapes (`"a"'b'`,
 * `$SCRIPT`) are not read.
 */
function shellWordScript(word: m.Word): Script | null {
  const { text, range } = word;
  if (/^'[^']*'$/.test(text) || /^"(?:[^"\\]|\\.)*"$/.test(text)) return { text: text.slice(1, -1), offset: range[0] + 1 };
  if (!/["'$`\\]/.test(text)) return { text, offset: range[0] };
  return null;
}

/**
 * The script of `"-c", "script"` given as a word already split (exec-form JSON, a Compose
 * `command:`): its value as written, bare or between one pair of quotes. One with escapes (JSON's,
 * YAML's) or folded over lines would shift offsets, so it is skipped.
 */
function literalScript(word: m.Word): Script | null {
  const { text, value, range } = word;
  if (text === value) return { text: value, offset: range[0] };
  const quote = text[0];
  return (quote === '"' || quote === "'") && text === `${quote}${value}${quote}` ? { text: value, offset: range[0] + 1 } : null;
}
