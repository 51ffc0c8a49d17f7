// Reads the shell code most RUNs hold without tree-sitter: commands joined by `&&`, `||`, `;`,
// `|` and newlines, with quoted words, `$VAR`, `$(...)`, file redirects and comments, inside
// `if`, `for`, `while`, `case`, `{ }`, `( )` and the usual `[ ]` tests. Anything else (functions,
// arithmetic, backticks, heredocs, background jobs...) returns null and the script goes to
// tree-sitter-bash, which stays the reference: test/shell/simple-script.test.ts holds the two to
// the same commands and structure on every script of the corpus and on generated ones. Where
// tree-sitter-bash's tree departs from bash, the shape is left to it too, so the readers agree.
import type { ShellConstruct } from "./shell-script.js";

/** A word; offsets are in the script. */
export interface SimpleWord {
  start: number;
  end: number;
  text: string;
  /** As the program receives it: quotes and backslashes removed, expansions kept as written. */
  value: string;
}

export interface SimpleCommand {
  /** `VAR=value` words before the name (their value is their text, as tree-sitter's). */
  assignments: SimpleWord[];
  name: SimpleWord;
  args: SimpleWord[];
  redirects: { operator: string; target: SimpleWord }[];
  /** How many of the commands that follow in the list are inside this one's `$(...)`. */
  nested: number;
}

export interface SimplePipeline {
  stages: { start: number; end: number; name: string | null }[];
  pipes: [number, number][];
}

export interface SimpleScript {
  /** In document order, a command before those in its `$(...)`. */
  commands: SimpleCommand[];
  /** In document order, a pipeline before those nested in it. */
  pipelines: SimplePipeline[];
  /** The `$(...)` and `( )`, in document order. */
  childShells: [number, number][];
  constructs: Set<ShellConstruct>;
}

/** Words that start other syntax at a command's place, and builtins tree-sitter reads as declarations. */
const NOT_SIMPLE_NAMES = new Set([
  "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in", "function",
  "select", "time", "coproc", "{", "}", "!", "[[", "]]", "[",
]);
/** Builtins tree-sitter reads as declarations: their `A=1` arguments keep their text as value, as assignments do. */
const DECLARATIONS = new Set(["export", "declare", "local", "readonly", "typeset"]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;
/** A name or an option, which tree-sitter reads as one word after `export`, `unset`... */
const DECLARATION_ARGUMENT = /^(?:[A-Za-z_][A-Za-z0-9_]*|-[A-Za-z]+)$/;
/** A file redirect operator, with the file descriptor written before it. */
const REDIRECT = /\d*(?:&>>|&>|>>|>&|>\||>|<&|<>|<)/y;
const SPECIAL_PARAMETER = /[0-9@*#?$!-]/;
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Lists nested deeper than this are left to tree-sitter. */
const MAX_NESTING = 100;

/** Thrown (one object: no stack trace to capture) when the script is left to tree-sitter. */
const NOT_SIMPLE = Symbol("not simple");

/** A reserved word where a command could start: unquoted, and ended by a blank or operator. */
const RESERVED = /(if|then|elif|else|fi|for|in|while|until|do|done|case|esac|\{|\}|\[\[|\[)(?=[\s;&|<>()]|$)/y;
const COMPOUND_STARTS = new Set(["if", "for", "while", "until", "case", "{", "[", "[["]);
const NOTHING = new Set<string>();
const THEN = new Set(["then"]);
const ELSE = new Set(["elif", "else", "fi"]);
const FI = new Set(["fi"]);
const DO = new Set(["do"]);
const DONE = new Set(["done"]);
const ESAC = new Set(["esac"]);
const CLOSE_BRACE = new Set(["}"]);
const UNARY_TEST = /^-[A-Za-z]$/;
const BINARY_TEST = new Set(["=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge"]);
// (tree-sitter reads `=` and `#` inside an operand apart)
const isOperand = (word: string | undefined) => word !== undefined && !word.startsWith("-") && word !== "!" && !/[=#]/.test(word);
/** `[ W ]`, `[ -f W ]`, `[ ! -f W ]`, `[ W = W ]`. */
const TEST_SHAPES: ((words: string[]) => boolean)[] = [
  (w) => w.length === 1 && isOperand(w[0]),
  (w) => w.length === 2 && UNARY_TEST.test(w[0]) && isOperand(w[1]),
  (w) => w.length === 3 && w[0] === "!" && UNARY_TEST.test(w[1]) && isOperand(w[2]),
  (w) => w.length === 3 && isOperand(w[0]) && BINARY_TEST.has(w[1]) && isOperand(w[2]),
];
/** A case pattern: plain characters and globs, or one quoted string. */
const PATTERN = /[A-Za-z0-9_.*?+@%:\/,-]+|'[^']*'|"[^"$`\\]*"/y;

/** The script's commands and structure, or null when it uses syntax this reader leaves to tree-sitter. */
export function parseSimpleScript(text: string): SimpleScript | null {
  if (text.includes("\r")) return null;
  try {
    return new Reader(text).script();
  } catch (error) {
    if (error === NOT_SIMPLE) return null;
    throw error;
  }
}

interface Stage {
  start: number;
  /** The end of the last word, redirect targets included. */
  end: number;
  /** The end of the name or last argument, redirects left out. */
  wordsEnd: number;
  command: SimpleCommand | null;
  /** Arguments written after a redirect (`echo >f a`). */
  argsAfterRedirect: boolean;
  /** `export`, `unset`...: not a command in tree-sitter's trees. */
  declaration?: boolean;
}

class Reader {
  private i = 0;
  /** Commands in document order; a slot is taken when a command starts, so it precedes its `$(...)`. */
  private readonly commands: (SimpleCommand | null)[] = [];
  private readonly pipelines: (SimplePipeline | null)[] = [];
  private readonly childShells: [number, number][] = [];
  private readonly constructs = new Set<ShellConstruct>();
  /** How many `$(` and `( )` the reader is inside. */
  private depth = 0;
  /** How many lists the reader is inside (`$(`, `( )`, `if`, loops...): its recursion depth. */
  private nesting = 0;

  constructor(private readonly text: string) {}

  script(): SimpleScript {
    this.statements();
    if (this.i < this.text.length) throw NOT_SIMPLE;
    return {
      commands: this.commands.filter((c): c is SimpleCommand => c !== null),
      pipelines: this.pipelines.filter((p): p is SimplePipeline => p !== null),
      childShells: this.childShells,
      constructs: this.constructs,
    };
  }

  /**
   * Lists separated by `;` and newlines, up to the end of the text, the `)` closing the `$(...)`
   * or `( )` being read, one of the reserved words `until` (`then`, `fi`...) at a command's place,
   * or, in a case item, `;;`.
   */
  private statements(until: ReadonlySet<string> = NOTHING, inCaseItem = false): void {
    // deeper code goes to tree-sitter, whose walk has the limits (a stack overflow here would be a crash)
    if (++this.nesting > MAX_NESTING) throw NOT_SIMPLE;
    try {
      this.statementsInList(until, inCaseItem);
    } finally {
      this.nesting--;
    }
  }

  private statementsInList(until: ReadonlySet<string>, inCaseItem: boolean): void {
    for (;;) {
      this.skipBlankLines();
      if (this.i >= this.text.length || (this.depth && this.text[this.i] === ")") || until.has(this.reservedWord())) return;
      if (inCaseItem && this.text.startsWith(";;", this.i)) return;
      this.list();
      this.skipBlanks();
      const c = this.text[this.i];
      if (c === ";") {
        if (this.text[this.i + 1] === ";" || this.text[this.i + 1] === "&") {
          if (inCaseItem) return;
          throw NOT_SIMPLE;
        }
        this.i++;
      } else if (c === "\n") this.i++;
      else if (this.depth && c === ")") return;
      // `done fi` without a separator is an error to tree-sitter
      else if (this.i < this.text.length) throw NOT_SIMPLE;
    }
  }

  /** The unquoted word at the reader, when it is one the shell reserves at a command's place. */
  private reservedWord(): string {
    RESERVED.lastIndex = this.i;
    return RESERVED.exec(this.text)?.[1] ?? "";
  }

  /** Consumes the reserved word `word` (with the blanks before it), or gives up on the script. */
  private expect(word: string): void {
    this.skipBlankLines();
    if (this.reservedWord() !== word) throw NOT_SIMPLE;
    this.i += word.length;
  }

  /** `if`, `for`, `while`, `until`, `case`, `{ }`, `( )`, `[ ]`, `[[ ]]`, read for the commands inside them. */
  private compound(keyword: string): void {
    if (keyword === "(") return this.subshell();
    this.i += keyword.length;
    if (keyword === "if") {
      this.statements(THEN);
      this.expect("then");
      this.statements(ELSE);
      for (;;) {
        const next = this.reservedWord();
        this.i += next.length;
        if (next === "fi") return;
        if (next === "else") {
          this.statements(FI);
          return this.expect("fi");
        }
        if (next !== "elif") throw NOT_SIMPLE;
        this.statements(THEN);
        this.expect("then");
        this.statements(ELSE);
      }
    }
    if (keyword === "while" || keyword === "until") {
      this.statements(DO);
      return this.loopBody();
    }
    if (keyword === "for") {
      this.skipBlanks();
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(this.word().text)) throw NOT_SIMPLE;
      this.skipBlanks();
      if (this.reservedWord() === "in") {
        this.i += 2;
        for (;;) {
          this.skipBlanks();
          const c = this.text[this.i];
          if (c === ";" || c === "\n") break;
          this.word();
        }
      }
      this.constructs.add("for-loop");
      return this.loopBody();
    }
    if (keyword === "case") return this.caseItems();
    if (keyword === "{") {
      this.statements(CLOSE_BRACE);
      return this.expect("}");
    }
    // `[ ... ]` and `[[ ... ]]`, read for the `$(...)` in them; only the usual shapes, as
    // tree-sitter-bash parses the expression and marks others as errors
    const close = keyword === "[" ? "]" : "]]";
    const words: string[] = [];
    for (;;) {
      this.skipBlanks();
      if (this.text.startsWith(close, this.i) && this.endsWord(this.i + close.length)) {
        this.i += close.length;
        if (!TEST_SHAPES.some((shape) => shape(words))) throw NOT_SIMPLE;
        return;
      }
      words.push(this.word("test").text);
    }
  }

  /** `; do ... done` after a loop's head. */
  private loopBody(): void {
    this.skipBlanks();
    if (this.text[this.i] === ";") this.i++;
    this.expect("do");
    this.statements(DONE);
    this.expect("done");
  }

  /** `pattern|pattern) commands ;;`... `esac`, after `case word`. */
  private caseItems(): void {
    this.skipBlanks();
    this.word();
    this.expect("in");
    for (;;) {
      this.skipBlankLines();
      if (this.reservedWord() === "esac") {
        this.i += 4;
        return;
      }
      if (this.text[this.i] === "(") this.i++;
      for (;;) {
        this.skipBlanks();
        PATTERN.lastIndex = this.i;
        const pattern = PATTERN.exec(this.text);
        if (!pattern) throw NOT_SIMPLE;
        this.i += pattern[0].length;
        this.skipBlanks();
        if (this.text[this.i] === ")") break;
        if (this.text[this.i] !== "|") throw NOT_SIMPLE;
        this.i++;
      }
      this.i++;
      this.statements(ESAC, true);
      if (this.text.startsWith(";;", this.i)) this.i += 2;
      else if (this.reservedWord() !== "esac") throw NOT_SIMPLE;
    }
  }

  /** `( ... )`: a child shell. */
  private subshell(): void {
    this.i = this.childShell(this.i, this.i + 1);
  }

  /** Pipelines joined by `&&` and `||`. */
  private list(): void {
    let stages = this.pipeline(false);
    for (;;) {
      this.skipBlanks();
      const op = this.text.slice(this.i, this.i + 2);
      if (op !== "&&" && op !== "||") return;
      // tree-sitter-bash reads `a | b | c && d` as `a | (b | c && d)`: left to it, so both readers agree
      if (stages > 2) throw NOT_SIMPLE;
      this.i += 2;
      this.skipBlankLines();
      stages = this.pipeline(true);
    }
  }

  /**
   * Commands joined by `|` and `|&`; returns how many. tree-sitter-bash's trees are followed
   * where they differ from the shell's grammar: a redirect after the last command applies to the
   * whole pipeline, and shapes whose trees are further off are left to it.
   */
  private pipeline(afterAndOr: boolean): number {
    const compound = COMPOUND_STARTS.has(this.reservedWord()) ? this.reservedWord() : this.text[this.i] === "(" ? "(" : null;
    if (compound) {
      this.compound(compound);
      // a compound command in a pipeline or redirected is left to tree-sitter
      this.skipBlanks();
      REDIRECT.lastIndex = this.i;
      if ((this.text[this.i] === "|" && this.text[this.i + 1] !== "|") || REDIRECT.test(this.text)) throw NOT_SIMPLE;
      return 1;
    }
    const slot = this.pipelines.length;
    this.pipelines.push(null);
    const stages: Stage[] = [this.simpleCommand()];
    const pipes: [number, number][] = [];
    for (;;) {
      this.skipBlanks();
      if (this.text[this.i] !== "|" || this.text[this.i + 1] === "|") break;
      const length = this.text[this.i + 1] === "&" ? 2 : 1;
      pipes.push([this.i, this.i + length]);
      this.i += length;
      this.skipBlankLines();
      stages.push(this.simpleCommand());
    }
    if (stages.length === 1) {
      if (!stages[0].command) this.constructs.add("bare-assignment");
      return 1;
    }
    const last = stages.length - 1;
    const notSimple = stages.some(
      (s, i) =>
        !s.command || // `A=1 | b`
        s.declaration ||
        (s.command.redirects.length &&
          ((i > 0 && i < last) ||
            (i === 0 && (afterAndOr || last > 1 || stages[last].command?.redirects.length)) ||
            (i === last && s.argsAfterRedirect))),
    );
    if (notSimple) throw NOT_SIMPLE;
    this.pipelines[slot] = {
      stages: stages.map(({ start, end, wordsEnd, command }, i) => {
        if (i === last) return { start, end: wordsEnd, name: command!.name.text };
        return { start, end, name: command!.redirects.length ? null : command!.name.text };
      }),
      pipes,
    };
    return stages.length;
  }

  /** Assignments, a name, arguments and redirects; null command for assignments alone. */
  private simpleCommand(): Stage {
    const assignments: SimpleWord[] = [];
    let name: SimpleWord | null = null;
    const args: SimpleWord[] = [];
    const redirects: SimpleCommand["redirects"] = [];
    let end = -1;
    let wordsEnd = -1;
    /** `export`, `declare`... or `unset`: not commands in tree-sitter's trees. */
    let declaration: "declare" | "unset" | null = null;
    const slot = this.commands.length;
    this.commands.push(null);
    for (;;) {
      this.skipBlanks();
      const c = this.text[this.i];
      if (c === undefined || c === "\n" || c === ";" || c === "|" || (c === "&" && this.text[this.i + 1] === "&")) break;
      if (c === ")" && this.depth) break;
      if (c === "#") throw NOT_SIMPLE; // a comment ending a command: left to tree-sitter
      REDIRECT.lastIndex = this.i;
      const redirect = REDIRECT.exec(this.text);
      if (redirect) {
        if (!name || declaration || /^[<>]/.test(this.text.slice(this.i + redirect[0].length))) throw NOT_SIMPLE;
        const start = this.i;
        this.i += redirect[0].length;
        this.skipBlanks();
        const before = this.commands.length;
        const target = this.word();
        if (this.commands.length > before) throw NOT_SIMPLE; // `> $(mktemp)`
        redirects.push({ operator: this.text.slice(start, target.start).trim(), target });
        end = target.end;
        continue;
      }
      const word = this.word(name ? "argument" : "other");
      end = wordsEnd = word.end;
      // tree-sitter reads a declaration's other words (`export a$X-b`, `export a#b`) apart
      if (name && declaration && !DECLARATION_ARGUMENT.test(word.text) && !ASSIGNMENT.test(word.text)) throw NOT_SIMPLE;
      if (name) args.push(declaration === "declare" && ASSIGNMENT.test(word.text) ? { ...word, value: word.text } : word);
      else if (ASSIGNMENT.test(word.text)) assignments.push({ ...word, value: word.text });
      // `A=1 --x=y` is two assignments to tree-sitter, and `a#b` an error
      else if (NOT_SIMPLE_NAMES.has(word.value) || word.text.startsWith("[") || /[=#]/.test(word.text)) throw NOT_SIMPLE;
      else {
        name = word;
        declaration = DECLARATIONS.has(word.text) ? "declare" : word.text === "unset" ? "unset" : null;
        if (declaration && assignments.length) throw NOT_SIMPLE;
      }
    }
    if (!name && !assignments.length) throw NOT_SIMPLE;
    const start = assignments[0]?.start ?? name!.start;
    const argsAfterRedirect = redirects.length > 0 && args.length > 0 && args[args.length - 1].start > redirects[0].target.start;
    if (!name) {
      // tree-sitter-bash runs `A=1 B=2` on into the next line's command
      if (assignments.length > 1 && this.text[this.i] === "\n") throw NOT_SIMPLE;
      this.commands.splice(slot, 1);
      return { start, end, wordsEnd, command: null, argsAfterRedirect };
    }
    const command = { assignments, name, args, redirects, nested: this.commands.length - slot - 1 };
    this.commands[slot] = command;
    if (declaration) {
      this.constructs.add("declaration");
      // `export A=1` sets A in the shell, as `A=1` alone does
      if (declaration === "declare" && args.some((a) => ASSIGNMENT.test(a.text))) this.constructs.add("bare-assignment");
    }
    return { start, end, wordsEnd, command, argsAfterRedirect, declaration: declaration !== null };
  }

  /** One word: unquoted characters, `'...'`, `"..."`, `$NAME`, `${NAME}`, backslash escapes. */
  private word(role: "argument" | "test" | "other" = "other"): SimpleWord {
    const text = this.text;
    const start = this.i;
    if (text[start] === "#") throw NOT_SIMPLE; // a comment, where a word could start
    // arguments `{}` and `!` (`find ! -name x -exec cmd {} \;`), and `!=` in a test
    const literal = /^(?:\{\}|!=?)/.exec(text.slice(start, start + 2))?.[0];
    if (literal && (role === "test" || role === "argument") && this.endsWord(start + literal.length)) {
      this.i = start + literal.length;
      return { start, end: this.i, text: literal, value: literal };
    }
    let value = "";
    let i = start;
    let expansions = 0;
    for (;;) {
      if (this.endsWord(i)) break;
      const c = text[i];
      if (c === "(" || c === ")" || c === "`" || c === "{" || c === "}" || c === "[" || c === "]" || c === "!") throw NOT_SIMPLE;
      if (c === "'") {
        const close = text.indexOf("'", i + 1);
        if (close < 0) throw NOT_SIMPLE;
        value += text.slice(i + 1, close);
        i = close + 1;
      } else if (c === '"') {
        const close = this.closingQuote(i);
        value += text.slice(i + 1, close).replace(/\\([$`"\\\n])/g, "$1");
        i = close + 1;
      } else if (c === "\\") {
        const next = text[i + 1];
        // tree-sitter-bash ends a word at `${X}\*`, and reads `\ ` at a word's start as a blank
        if (next === undefined || next === "\n" || next === " " || next === "\t" || expansions > 0) throw NOT_SIMPLE;
        value += next;
        i += 2;
      } else if (c === "$" && text[i + 1] === "(") {
        if (expansions++ > 0) throw NOT_SIMPLE;
        const end = this.substitution(i);
        value += text.slice(i, end);
        i = end;
      } else if (c === "$") {
        const end = this.expansionEnd(i);
        // tree-sitter-bash splits `a$X$Y.c` after the second `$`: such words are left to it
        if (expansions++ > 0 && text[i + 1] !== "{" && !this.endsWord(end)) throw NOT_SIMPLE;
        value += text.slice(i, end);
        i = end;
      } else {
        value += c;
        i++;
      }
    }
    if (i === start) throw NOT_SIMPLE;
    this.i = i;
    return { start, end: i, text: text.slice(start, i), value };
  }

  private endsWord(i: number): boolean {
    const c = this.text[i];
    return c === undefined || c === " " || c === "\t" || c === "\n" || c === ";" || c === "&" || c === "|" || c === "<" || c === ">" || (c === ")" && this.depth > 0);
  }

  /** Reads the `$(...)` at `dollar` (its commands join the list); returns where it ends. */
  private substitution(dollar: number): number {
    return this.childShell(dollar, dollar + 2);
  }

  /**
   * A child shell, `$(...)` or `( )`, starting at `open` with its code at `code`: its commands join
   * the list; returns where it ends, leaving the reader where it was.
   */
  private childShell(open: number, code: number): number {
    if (this.text[code] === "(") throw NOT_SIMPLE; // `$((...))` and `((...))` are arithmetic
    const saved = this.i;
    const slot = this.childShells.length;
    this.childShells.push([open, -1]);
    this.i = code;
    this.depth++;
    this.statements();
    this.depth--;
    if (this.text[this.i] !== ")") throw NOT_SIMPLE;
    const end = this.i + 1;
    this.childShells[slot][1] = end;
    this.i = saved;
    return end;
  }

  /** The `"` closing the string opened at `open`; expansions inside may be `$NAME` and `${NAME}` only. */
  private closingQuote(open: number): number {
    const text = this.text;
    let i = open + 1;
    let expansionEnd = -1;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === "`") throw NOT_SIMPLE;
      if (c === '"') return i;
      if (c === "\\") i += 2;
      else if (c === "$" && text[i + 1] === "(") {
        // in `"$(a) $(b)"` and `"$A $(b)"` tree-sitter starts the `$(` at the blank before it
        if (expansionEnd >= 0 && /^[ \t]+$/.test(text.slice(expansionEnd, i))) throw NOT_SIMPLE;
        i = expansionEnd = this.substitution(i);
      } else if (c === "$") i = expansionEnd = this.expansionEnd(i);
      else i++;
    }
  }

  /** Where `$NAME`, `$1`, `$@` or `${...}` (no quotes, nesting or escapes inside) ends. */
  private expansionEnd(dollar: number): number {
    const text = this.text;
    const c = text[dollar + 1];
    if (c === "{") {
      const close = text.indexOf("}", dollar + 2);
      if (close < 0 || /["'`$\\{\n]/.test(text.slice(dollar + 2, close))) throw NOT_SIMPLE;
      return close + 1;
    }
    if (c !== undefined && NAME_START.test(c)) {
      let i = dollar + 2;
      while (i < text.length && NAME_CHAR.test(text[i])) i++;
      return i;
    }
    if (c !== undefined && SPECIAL_PARAMETER.test(c)) return dollar + 2;
    throw NOT_SIMPLE;
  }

  /** Spaces, tabs and line continuations. */
  private skipBlanks(): void {
    const text = this.text;
    for (;;) {
      const c = text[this.i];
      if (c === " " || c === "\t") this.i++;
      else if (c === "\\" && text[this.i + 1] === "\n") this.i += 2;
      else return;
    }
  }

  /** Blanks, newlines and whole-line comments: what may come before a command. */
  private skipBlankLines(): void {
    for (;;) {
      this.skipBlanks();
      const c = this.text[this.i];
      if (c === "\n") this.i++;
      else if (c === "#") {
        if (this.depth) throw NOT_SIMPLE;
        this.constructs.add("comment");
        const eol = this.text.indexOf("\n", this.i);
        this.i = eol < 0 ? this.text.length : eol;
      } else return;
    }
  }
}
