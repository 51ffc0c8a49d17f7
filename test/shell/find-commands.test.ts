import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import type { ShellCommand } from "../../src/shell/command.js";
import { isHeredocOnly } from "../../src/shell/find-commands.js";

beforeAll(async () => {
  await loadShellParser();
});

/** The commands of the instruction at `index`, with the source code they index into. */
function commandsAt(text: string, index = 1): { commands: ShellCommand[]; code: DockerfileSourceCode } {
  const { source, document } = parseDockerfile(text);
  const code = new DockerfileSourceCode(source, document);
  return { commands: code.commandsOf(document.instructions[index]), code };
}
const names = (text: string, index = 1) => commandsAt(text, index).commands.map((c) => c.command);
/** [command, wrappers] */
const wrapped = (text: string) => commandsAt(text).commands.map((c) => [c.command, c.wrappers]);

describe("findCommands: shell structure", () => {
  it.each([
    ["lists", "a && b || c; d", ["a", "b", "c", "d"]],
    ["pipes", "a | b |& c", ["a", "b", "c"]],
    ["subshells and groups", "(a; b) && { c; }", ["a", "b", "c"]],
    ["command substitution and backticks", "echo $(a x) `b y` \"$(c)\"", ["echo", "a", "b", "c"]],
    ["if", "if a; then b; elif c; then d; else e; fi", ["a", "b", "c", "d", "e"]],
    ["for and while", "for x in 1 2; do a $x; done; while b; do c; done", ["a", "b", "c"]],
    ["case", "case $x in y) a;; *) b;; esac", ["a", "b"]],
    ["functions", "f() { a; }; f", ["a", "f"]],
    ["background jobs", "a & b", ["a", "b"]],
    ["negation", "! a", ["a"]],
  ])("%s", (_, script, expected) => {
    expect(names(`FROM x\nRUN ${script}\n`)).toEqual(expected);
  });

  it("gives each word its exact range and value", () => {
    const text = "FROM x\nRUN pip install 'a b' \"c\" d\\ e\n";
    const [pip] = commandsAt(text).commands;
    expect(pip.name).toMatchObject({ value: "pip", range: [11, 14] });
    expect(pip.args.map((a) => [a.text, a.value, a.range])).toEqual([
      ["install", "install", [15, 22]],
      ["'a b'", "a b", [23, 28]],
      ['"c"', "c", [29, 32]],
      ["d\\ e", "d e", [33, 37]],
    ]);
    expect(pip.range).toEqual([11, 37]);
    expect(pip.loc).toEqual({ start: { line: 2, column: 5 }, end: { line: 2, column: 31 } });
  });

  it("keeps assignments before the name in the command", () => {
    const [cmd] = commandsAt("FROM x\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y x\n").commands;
    expect(cmd.command).toBe("apt-get");
    expect(cmd.assignments.map((a) => [a.text, a.range])).toEqual([["DEBIAN_FRONTEND=noninteractive", [11, 41]]]);
    expect(cmd.range).toEqual([11, 62]);
  });

  it("maps words on continuation lines to their line and column", () => {
    const text = "FROM x\nRUN apt-get update \\\n    && apt-get install \\\n      -y \\\n      curl\n";
    const commands = commandsAt(text).commands;
    expect(commands.map((c) => c.command)).toEqual(["apt-get", "apt-get"]);
    const install = commands[1];
    expect(install.loc.start).toEqual({ line: 3, column: 8 });
    const [, y, curl] = install.args;
    expect([y.value, y.loc.start, y.range]).toEqual(["-y", { line: 4, column: 7 }, [59, 61]]);
    expect([curl.value, curl.loc.start, text.slice(curl.range[0], curl.range[1])]).toEqual(["curl", { line: 5, column: 7 }, "curl"]);
  });

  it("skips comment lines inside a continuation", () => {
    const text = "FROM x\nRUN apt-get update \\\n  # apt-get upgrade\n  && apt-get install -y curl\n";
    expect(commandsAt(text).commands.map((c) => [c.command, c.args.map((a) => a.value)])).toEqual([
      ["apt-get", ["update"]],
      ["apt-get", ["install", "-y", "curl"]],
    ]);
  });

  it("finds commands in shell-form CMD and ENTRYPOINT", () => {
    expect(names("FROM x\nCMD nginx -g 'daemon off;'\n")).toEqual(["nginx"]);
    expect(names("FROM x\nENTRYPOINT exec node app.js\n")).toEqual(["exec", "node"]);
  });

  it("reads exec form as one command", () => {
    const [cmd] = commandsAt('FROM x\nCMD ["node", "app.js"]\n').commands;
    expect([cmd.command, cmd.name.range, cmd.args.map((a) => [a.value, a.range]), cmd.range]).toEqual([
      "node",
      [12, 18],
      [["app.js", [20, 28]]],
      [12, 28],
    ]);
  });

  it("returns nothing for shell-form RUN in a PowerShell stage, but still reads exec form", () => {
    const text = 'FROM x\nSHELL ["powershell", "-Command"]\nRUN Invoke-WebRequest x\nRUN ["cmd", "/c", "dir"]\n';
    expect(names(text, 2)).toEqual([]);
    expect(names(text, 3)).toEqual(["cmd"]);
  });

  it("finds nothing in an empty RUN or HEALTHCHECK-less instructions", () => {
    expect(names("FROM x\nRUN\n")).toEqual([]);
    expect(names("FROM x\nUSER app\n")).toEqual([]);
  });
});

describe("findCommands: sh -c", () => {
  it("parses a single-quoted sh -c script, its ranges pointing into the Dockerfile", () => {
    const text = "FROM x\nRUN sh -c 'apt-get install -y x && rm -rf /v'\n";
    const commands = commandsAt(text).commands;
    expect(commands.map((c) => [c.command, c.wrappers, c.range])).toEqual([
      ["sh", [], [11, 52]],
      ["apt-get", ["sh"], [18, 38]],
      ["rm", ["sh"], [42, 51]],
    ]);
    const rm = commands[2];
    expect(text.slice(rm.args[1].range[0], rm.args[1].range[1])).toBe("/v");
  });

  it("parses bash -ec with a double-quoted script", () => {
    const text = 'FROM x\nRUN bash -ec "pip install q"\n';
    const commands = commandsAt(text).commands;
    expect(commands.map((c) => [c.command, c.wrappers, c.range])).toEqual([
      ["bash", [], [11, 35]],
      ["pip", ["bash"], [21, 34]],
    ]);
  });

  it("parses the script of exec-form [\"sh\", \"-c\", \"...\"]", () => {
    const text = 'FROM x\nCMD ["sh", "-c", "exec nginx -g off"]\n';
    const commands = commandsAt(text).commands;
    expect(commands.map((c) => [c.command, c.wrappers, c.range])).toEqual([
      ["sh", [], [12, 43]],
      ["exec", ["sh"], [25, 42]],
      ["nginx", ["sh", "exec"], [30, 42]],
    ]);
  });

  it("leaves an exec-form script with JSON escapes unparsed, since offsets would shift", () => {
    expect(names('FROM x\nCMD ["sh", "-c", "echo \\"a\\""]\n')).toEqual(["sh"]);
  });
});

describe("findCommands: wrappers", () => {
  it.each([
    ["sudo -u root apt-get update", [["sudo", []], ["apt-get", ["sudo"]]]],
    ["env X=1 Y=2 pip install z", [["env", []], ["pip", ["env"]]]],
    ["xargs -n1 rm", [["xargs", []], ["rm", ["xargs"]]]],
    ["xargs -n 1 rm", [["xargs", []], ["rm", ["xargs"]]]],
    ["nohup srv", [["nohup", []], ["srv", ["nohup"]]]],
    ["timeout 10 curl x", [["timeout", []], ["curl", ["timeout"]]]],
    ["timeout -s KILL 10 curl x", [["timeout", []], ["curl", ["timeout"]]]],
    ["gosu app id", [["gosu", []], ["id", ["gosu"]]]],
    ["tini -- node app", [["tini", []], ["node", ["tini"]]]],
    ["sudo env A=1 sh -c 'make'", [["sudo", []], ["env", ["sudo"]], ["sh", ["sudo", "env"]], ["make", ["sudo", "env", "sh"]]]],
    ["command -v curl", [["command", []]]],
  ])("%s", (script, expected) => {
    expect(wrapped(`FROM x\nRUN ${script}\n`)).toEqual(expected);
  });

  it("gives the wrapped command the wrapper's end and its own start", () => {
    const [, inner] = commandsAt("FROM x\nRUN sudo apt-get update\n").commands;
    expect([inner.name.range, inner.range, inner.args.map((a) => a.value)]).toEqual([[16, 23], [16, 30], ["update"]]);
  });
});

describe("findCommands: heredocs", () => {
  it("runs the body of RUN <<EOF as the script", () => {
    const text = "FROM x\nRUN <<EOF\napt-get update\npip install a\nEOF\n";
    const commands = commandsAt(text).commands;
    expect(commands.map((c) => [c.command, c.range])).toEqual([
      ["apt-get", [17, 31]],
      ["pip", [32, 45]],
    ]);
    expect(commands[1].loc.start).toEqual({ line: 4, column: 1 });
  });

  it("runs the body of RUN bash <<EOF", () => {
    expect(names("FROM x\nRUN bash <<EOF\necho hi\nEOF\n")).toEqual(["bash", "echo"]);
    expect(names("FROM x\nRUN set -e; sh <<-EOF\n\techo hi\n\tEOF\n")).toEqual(["set", "sh", "echo"]);
  });

  it("does not parse a body with a non-shell shebang", () => {
    expect(names('FROM x\nRUN <<EOF\n#!/usr/bin/env python3\nprint("x")\nEOF\n')).toEqual([]);
    expect(names("FROM x\nRUN <<EOF\n#!/bin/bash\nmake\nEOF\n")).toEqual(["make"]);
  });

  it("does not parse the body of `cat <<EOF > file` as commands", () => {
    const { commands } = commandsAt("FROM x\nRUN cat <<EOF > /etc/app.conf\nrm -rf /\nEOF\n");
    expect(commands.map((c) => c.command)).toEqual(["cat"]);
    expect(commands[0].redirects.map((r) => [r.operator, r.target.value, r.target.range])).toEqual([[">", "/etc/app.conf", [23, 36]]]);
  });

  it("does not parse the body of python3 <<EOF", () => {
    expect(names("FROM x\nRUN python3 <<EOF\nimport os\nEOF\n")).toEqual(["python3"]);
  });

  it("parses every body of RUN <<A <<B", () => {
    expect(names("FROM x\nRUN <<A <<B\necho a\nA\necho b\nB\n")).toEqual(["echo", "echo"]);
  });

  it("parses markers run together without backtracking over them", () => {
    // `<<A0<<A0<<...`: a single regex tried each `0` as a name's end and as a file descriptor, 2^30 ways
    const markers = "A0<<".repeat(30).slice(0, -2);
    expect(names(`FROM x\nRUN <<${markers} !\necho hi\n${markers}\n`)).toEqual([]);
    expect(names(`FROM x\nRUN <<${markers}\necho hi\n${markers}\n`)).toEqual(["echo"]);
  });
});

describe("isHeredocOnly", () => {
  it.each([
    ["<<EOF", true],
    ["  <<-EOF  ", true],
    ["<<\"EOF\" <<'B'", true],
    ["3<<EOF", true],
    ["<< EOF", true],
    ["<<A<<B", true],
    ["<<A0<<B", true],
    ["", false],
    ["   ", false],
    ["cat <<EOF", false],
    ["<<EOF > file", false],
    ["<<\"EOF'", false],
    ["<<", false],
    [`<<${"A0<<".repeat(30)} !`, false],
  ])("%j: %s", (line, expected) => {
    expect(isHeredocOnly(line)).toBe(expected);
  });
});

describe("findCommands: redirects", () => {
  it("attaches each redirect to the command it follows", () => {
    const { commands } = commandsAt("FROM x\nRUN echo a > /x 2>&1 && cat b >> /y && xargs rm < f | sort > out\n");
    expect(commands.map((c) => [c.command, c.redirects.map((r) => `${r.operator} ${r.target.value}`)])).toEqual([
      ["echo", ["> /x", "2>& 1"]],
      ["cat", [">> /y"]],
      ["xargs", ["< f"]],
      ["rm", ["< f"]],
      ["sort", ["> out"]],
    ]);
  });

  it("attaches a redirect after a group to every command in it", () => {
    const { commands } = commandsAt("FROM x\nRUN { a; b; } > /log\n");
    expect(commands.map((c) => [c.command, c.redirects.map((r) => r.target.value)])).toEqual([
      ["a", ["/log"]],
      ["b", ["/log"]],
    ]);
  });
});

describe("findCommands: declaration builtins", () => {
  it("export, declare, local, readonly and unset are commands with their words", () => {
    const text = "FROM x\nRUN export A=1 B && declare -x C=2; unset D && readonly E=$(f) && pip install six\n";
    const { commands } = commandsAt(text);
    expect(commands.map((c) => [c.command, c.args.map((a) => a.text)])).toEqual([
      ["export", ["A=1", "B"]],
      ["declare", ["-x", "C=2"]],
      ["unset", ["D"]],
      ["readonly", ["E=$(f)"]],
      ["f", []],
      ["pip", ["install", "six"]],
    ]);
    expect(commands[0].name).toMatchObject({ value: "export", range: [11, 17], loc: { start: { line: 2, column: 5 } } });
  });
});

describe("findCommands: words after a redirect", () => {
  it("belong to the command, also through a wrapper", () => {
    const commands = commandsAt("FROM x\nRUN echo > /tmp/f hello world && apt-get install -y < /dev/null curl && xargs -rt < deps.txt apt-get install -y\n").commands;
    expect(commands.map((c) => [c.command, c.args.map((a) => a.value), c.redirects.map((r) => r.target.value)])).toEqual([
      ["echo", ["hello", "world"], ["/tmp/f"]],
      ["apt-get", ["install", "-y", "curl"], ["/dev/null"]],
      ["xargs", ["-rt", "apt-get", "install", "-y"], ["deps.txt"]],
      ["apt-get", ["install", "-y"], ["deps.txt"]],
    ]);
  });
});
