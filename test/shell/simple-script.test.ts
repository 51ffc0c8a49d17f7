// The reader for simple scripts must agree with tree-sitter-bash on every script it accepts: the
// same commands (names, words, values, ranges, redirects, wrappers) and the same structure
// (pipelines, child shells, constructs). Checked on every RUN, CMD and ENTRYPOINT of fixtures/ (and
// of the corpus: simple-script.corpus.test.ts) and on generated scripts built from the shapes that
// differ between the two.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type * as m from "../../src/parse/model.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { parseSimpleScript } from "../../src/shell/simple-script.js";
import { createSource, type SourceText } from "../../src/source/source.js";
import { fixtureFiles } from "../corpus.js";
import { bothReaders, readersOnFiles } from "./both-readers.js";

beforeAll(() => loadShellParser());

/** A RUN holding exactly `script`, as the parser would make it. */
function runOf(script: string): { run: m.Run; source: SourceText } {
  const source = createSource(script);
  const run = { type: "Run", exec: null, shellText: script, shellRange: [0, script.length], heredocs: [] } as unknown as m.Run;
  return { run, source };
}

const commandsOf = (script: string) => parseSimpleScript(script)?.commands.map((c) => [c.name.value, ...c.args.map((a) => a.value)]);

describe("parseSimpleScript", () => {
  it.each([
    ["a list", "apt-get update && apt-get install -y curl || true; echo done", [["apt-get", "update"], ["apt-get", "install", "-y", "curl"], ["true"], ["echo", "done"]]],
    ["quotes and escapes", `echo 'a b' "c \\"d\\" $X" e\\:f`, [["echo", "a b", 'c "d" $X', "e:f"]]],
    ["continuations and comment lines", "a \\\n  -x &&\n# note\n  b", [["a", "-x"], ["b"]]],
    ["assignments", "A=1 B='x y' make install", [["make", "install"]]],
    ["declarations", "export A=1 B && unset C", [["export", "A=1", "B"], ["unset", "C"]]],
    ["command substitution", 'echo "$(uname -m)" $(id -u)', [["echo", "$(uname -m)", "$(id -u)"], ["uname", "-m"], ["id", "-u"]]],
    ["redirects", "make 2>&1 > /log && cat < in", [["make"], ["cat"]]],
    // the official php images' script: a `test` with `!=`, and a command substitution in a redirected command
    ["test with !=", 'test "$PHP_INI_DIR" != "${PHP_INI_DIR%/php}"', [["test", "$PHP_INI_DIR", "!=", "${PHP_INI_DIR%/php}"]]],
    ["a substitution in a redirected command", `echo "MAKEFLAGS=-j$(nproc)" >> /etc/R/Renviron.site`, [["echo", "MAKEFLAGS=-j$(nproc)"], ["nproc"]]],
  ])("reads %s", (_, script, commands) => {
    expect(commandsOf(script)).toEqual(commands);
  });

  it("keeps exact offsets, redirects and pipelines", () => {
    const read = parseSimpleScript("curl -s x | tar -xz >/dev/null")!;
    expect(read.commands[1].redirects).toEqual([{ operator: ">", target: { start: 21, end: 30, text: "/dev/null", value: "/dev/null" } }]);
    // as in tree-sitter's tree, the redirect after the last command belongs to the whole pipeline
    expect(read.pipelines).toEqual([{ stages: [{ start: 0, end: 9, name: "curl" }, { start: 12, end: 19, name: "tar" }], pipes: [[10, 11]] }]);
  });

  it("notes comments, bare assignments and declarations", () => {
    expect([...parseSimpleScript("# c\nA=1 && export B=2")!.constructs].sort()).toEqual(["bare-assignment", "comment", "declaration"]);
  });

  it.each([
    ["if", "if [ -f x ]; then a; elif b; then c; else d; fi", [["a"], ["b"], ["c"], ["d"]]],
    ["loops", "for x in 1 $(seq 2); do a $x; done; while b; do c; done", [["seq", "2"], ["a", "$x"], ["b"], ["c"]]],
    ["case", 'case "$(uname -m)" in\n  x86_64|amd64) a;;\n  *) b ;;\nesac', [["uname", "-m"], ["a"], ["b"]]],
    ["groups and subshells", "{ a; b; } && (cd x && make)", [["a"], ["b"], ["cd", "x"], ["make"]]],
  ])("reads %s", (_, script, commands) => {
    expect(commandsOf(script)).toEqual(commands);
  });

  it("notes child shells and for loops", () => {
    const read = parseSimpleScript("(a) && echo $(b) && for x in y; do c; done")!;
    expect(read.childShells).toEqual([[0, 3], [12, 16]]);
    expect([...read.constructs]).toEqual(["for-loop"]);
  });

  it.each([
    ["a function", "f() { a; }"],
    ["arithmetic", "((i++))"],
    ["a test of another shape", "[ a = b -a c = d ]"],
    ["a compound command in a pipeline", "{ a; } | b"],
    ["a redirected compound command", "(a) > f"],
    ["a reserved word without a separator", "for x in a; do b; done fi"],
    ["code nested deeper than the reader recurses", `echo ${"$(".repeat(5000)}x${")".repeat(5000)}`],
    ["backticks", "echo `id`"],
    ["arithmetic expansion", "echo $((1 + 2))"],
    ["a heredoc", "cat <<EOF\nx\nEOF"],
    ["a background job", "server & sleep 1"],
    ["negation", "! grep x f"],
    ["ANSI-C quotes", "echo $'a\\n'"],
    ["an unterminated quote", "echo 'a"],
    ["a trailing operator", "a &&"],
    ["a comment after a command", "a # note"],
    ["a substitution in a redirect's target", "cat a >> $(R RHOME)/x"],
    ["carriage returns", "a \\\r\n b"],
    // shapes tree-sitter-bash reads differently from the shell: left to it, so the readers agree
    ["a long pipeline before &&", "a | b | c && d"],
    ["a redirect inside a pipeline after &&", "x && a 2>&1 | b"],
    ["a word with two expansions running on", "curl a/$X/b-$X.tgz"],
  ])("leaves %s to tree-sitter", (_, script) => {
    expect(parseSimpleScript(script)).toBeNull();
  });
});

describe("the simple reader and tree-sitter-bash agree", () => {
  it("on every RUN, CMD and ENTRYPOINT of fixtures/", () => {
    const { disagreements, simple } = readersOnFiles(fixtureFiles());
    expect(disagreements).toEqual([]);
    // most RUNs are simple: the comparison means something
    expect(simple).toBeGreaterThan(30);
  });

  // pieces the simple reader takes, mixed with pieces it leaves to tree-sitter and shapes that
  // tree-sitter-bash reads differently from bash
  const mixed = <T,>(taken: fc.Arbitrary<T>, other: fc.Arbitrary<T>) => fc.oneof({ arbitrary: taken, weight: 6 }, { arbitrary: other, weight: 1 });
  const word = mixed(
    fc.constantFrom(
      "a", "-y", "--opt=x", "1", "x.tgz", "/usr/bin/env", "'s q'", '"d q"', '"$X"', '"${X}/y"', "$X", "${X}", "a$X", "a$X-$Y",
      "A=1", "A=$X", 'A="x y"', "\\$X", "$(b c)", '"$(b "c")"', "a-$(b)", "$(b | c)", "$(b && c)", "*.deb", "$1", "$@", "'a'\"b\"", "a#b", "{}", "!=", "!", '"$X $(b)"', '"$(a) $(b)"',
    ),
    fc.constantFrom("a$X$Y.c", "a/$X/b-$X.tgz", "a\\ b", "$((1+2))", "`b`", "x[1]", "{a,b}", "#x", "$'a'", "!x", "(a)"),
  );
  const redirect = mixed(
    fc.constantFrom(">f", "> f", "2>&1", ">>/log", "&>/dev/null", "< in", ">&2", "2>/dev/null x"),
    fc.constantFrom("> $(mktemp)", "<<EOF", "<<< x", ">(b)"),
  );
  const name = mixed(
    fc.constantFrom("echo", "apt-get", "sudo", "export", "unset", "A=1 make", "sh -c 'b c'", "cd", "local -r"),
    fc.constantFrom("if", "[", "{", "!", "for", "(", "A=1"),
  );
  const command = fc
    .tuple(name, fc.array(word, { maxLength: 4 }), fc.array(redirect, { maxLength: 1 }))
    .map(([n, args, redirects]) => [n, ...args, ...redirects].join(" "));
  const operator = mixed(
    fc.constantFrom(" && ", " || ", "; ", " | ", " |& ", "\n", " \\\n  ", " &&\n", " &&\n# c\n"),
    fc.constantFrom(" & ", " ;; ", " # c\n", ";;", " | \n"),
  );
  const list = fc.tuple(command, fc.array(fc.tuple(operator, command), { maxLength: 2 })).map(([first, rest]) => first + rest.map(([op, c]) => op + c).join(""));
  const separator = fc.constantFrom("; ", "\n", " \\\n ", ";\n  ");
  const compound = fc
    .tuple(fc.constantFrom(
      "if L; then L; fi", "if L; then L; else L; fi", "if L; then L; elif L; then L; fi", "for x in W W; do L; done", "for x; do L; done",
      "while L; do L; done", "until L; do L; done", "case W in a) L;; b|*) L;; esac", "case W in (a) L;; esac", "{ L; }", "(L)", "[ W W ]", "[[ W ]]", "[ W != W ]", "[ ! -f W ]",
      "((x++))", "f() { L; }", "if L; then L; done", "for ((i=0;;)); do L; done", "(L) > f", "{ L; } | L", "L done",
    ), list, list, list, word, word, separator)
    .map(([template, a, b, c, w1, w2, sep]) => {
      const lists = [a, b, c];
      const words = [w1, w2];
      return template.replace(/; /g, sep).replace(/L/g, () => lists.shift() ?? "true").replace(/W/g, () => words.shift() ?? "w");
    });
  const statement = mixed(command, compound);
  const script = fc
    .tuple(statement, fc.array(fc.tuple(operator, statement), { maxLength: 4 }))
    .map(([first, rest]) => first + rest.map(([op, c]) => op + c).join(""));

  it("on generated scripts", () => {
    let simple = 0;
    fc.assert(
      fc.property(script, (text) => {
        const { run, source } = runOf(text);
        const both = bothReaders(run, source);
        if (both.simple) simple++;
        expect(both.auto).toEqual(both.treeSitter);
      }),
      { seed: 20_261_125, numRuns: 4000 },
    );
    expect(simple).toBeGreaterThan(300);
  });
});
