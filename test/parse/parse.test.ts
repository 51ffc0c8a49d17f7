import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import type * as m from "../../src/parse/model.js";

const parse = (text: string) => parseDockerfile(text).document;
const first = <T extends m.Instruction>(text: string, type: T["type"]): T =>
  parse(text).instructions.find((i) => i.type === type) as T;
/** A word as [value, start, end]. */
const words = (list: m.Word[] | null | undefined) => (list ?? []).map((w) => [w.value, w.range[0], w.range[1]]);
const pairs = (i: m.Env) => i.pairs.map((p) => [p.key.value, p.value?.value ?? null, p.hasEquals]);

describe("FROM", () => {
  it("reads image, AS keyword, stage name and --platform", () => {
    const from = first<m.From>("FROM --platform=$BUILDPLATFORM golang:1.22 as Build\n", "From");
    expect(from.image).toMatchObject({ text: "golang:1.22", range: [31, 42] });
    expect(from.image!.loc).toEqual({ start: { line: 1, column: 32 }, end: { line: 1, column: 43 } });
    expect(from.asKeyword).toMatchObject({ value: "as", range: [43, 45] });
    expect(from.stageName).toMatchObject({ value: "Build", range: [46, 51] });
    expect(from.platform).toMatchObject({ name: "platform", value: "$BUILDPLATFORM", range: [5, 30], valueRange: [16, 30] });
    expect(from.keywordRange).toEqual([0, 4]);
    expect(from.argsRange).toEqual([31, 51]);
  });

  it("has no stage name without AS", () => {
    const from = first<m.From>("FROM scratch\n", "From");
    expect(from.image?.text).toBe("scratch");
    expect(from.asKeyword).toBeNull();
    expect(from.stageName).toBeNull();
    expect(from.platform).toBeNull();
  });
});

describe("RUN, CMD, ENTRYPOINT", () => {
  it("reads exec form JSON itself, keeping spaces and escapes inside strings", () => {
    const text = 'CMD ["echo", "a  b", "say \\"hi\\"", "caf\\u00e9", "tab\\there"]\n';
    const cmd = first<m.Cmd>(text, "Cmd");
    expect(cmd.shellText).toBeNull();
    expect(words(cmd.exec)).toEqual([
      ["echo", 5, 11],
      ["a  b", 13, 19],
      ['say "hi"', 21, 33],
      ["café", 35, 46],
      ["tab\there", 48, 59],
    ]);
    expect(cmd.exec![1].text).toBe('"a  b"');
  });

  it("reads exec form over continuation lines", () => {
    const run = first<m.Run>('RUN ["sh", \\\n  "-c", "x"]\n', "Run");
    expect(words(run.exec)).toEqual([
      ["sh", 5, 9],
      ["-c", 15, 19],
      ["x", 21, 24],
    ]);
    expect(run.exec![1].loc.start).toEqual({ line: 2, column: 3 });
  });

  it("falls back to shell form when the JSON is invalid", () => {
    const cmd = first<m.Cmd>("CMD ['echo', 'hi']\n", "Cmd");
    expect(cmd.exec).toBeNull();
    expect(cmd.shellText).toBe("['echo', 'hi']");
    expect(cmd.shellRange).toEqual([4, 18]);
  });

  it("blanks continuations in shell form so offsets map 1:1", () => {
    const text = "RUN apt-get update \\\n  && apt-get install -y curl\n";
    const run = first<m.Run>(text, "Run");
    expect(run.shellRange).toEqual([4, 49]);
    expect(run.shellText).toBe("apt-get update     && apt-get install -y curl");
    expect(run.shellText!.length).toBe(run.shellRange![1] - run.shellRange![0]);
    expect(text.slice(4 + run.shellText!.indexOf("curl"), 4 + run.shellText!.indexOf("curl") + 4)).toBe("curl");
  });

  it("drops comment lines and empty lines inside a continuation from the arguments", () => {
    const text = "RUN apt-get update \\\n  # refresh the index\n\n  && apt-get install -y curl\n";
    const run = first<m.Run>(text, "Run");
    expect(run.args.map((w) => w.value)).toEqual(["apt-get", "update", "&&", "apt-get", "install", "-y", "curl"]);
    expect(run.shellText).not.toContain("refresh");
    expect(run.args[2].range).toEqual([46, 48]);
    expect(run.args[2].loc.start).toEqual({ line: 4, column: 3 });
  });

  it("reads RUN --mount flags", () => {
    const run = first<m.Run>("RUN --mount=type=cache,target=/root/.cache,sharing=locked --mount=type=secret,id=npm pip install x\n", "Run");
    expect(run.mounts.map((mt) => [mt.type, mt.target, mt.options])).toEqual([
      ["cache", "/root/.cache", { type: "cache", target: "/root/.cache", sharing: "locked" }],
      ["secret", null, { type: "secret", id: "npm" }],
    ]);
    expect(run.flags.map((f) => [f.name, f.range])).toEqual([
      ["mount", [4, 57]],
      ["mount", [58, 84]],
    ]);
    expect(run.shellRange).toEqual([85, 98]);
  });

  it("defaults a mount to bind and reads dst/destination as the target", () => {
    const run = first<m.Run>("RUN --mount=dst=/src,ro true\n", "Run");
    expect(run.mounts[0]).toMatchObject({ type: "bind", target: "/src", options: { dst: "/src", ro: "true" } });
  });
});

describe("COPY and ADD", () => {
  it("reads sources, destination and --from among several flags", () => {
    const copy = first<m.Copy>("COPY --chown=app:app --from=build --chmod=644 /out/a /out/b /app/\n", "Copy");
    expect(copy.from).toMatchObject({ name: "from", value: "build", range: [21, 33], valueRange: [28, 33] });
    expect(words(copy.sources)).toEqual([
      ["/out/a", 46, 52],
      ["/out/b", 53, 59],
    ]);
    expect(words(copy.destination ? [copy.destination] : [])).toEqual([["/app/", 60, 65]]);
    expect(copy.flags.map((f) => f.name)).toEqual(["chown", "from", "chmod"]);
  });

  it("reads the JSON form of COPY", () => {
    const copy = first<m.Copy>('COPY ["my file", "/dest dir/"]\n', "Copy");
    expect(words(copy.sources)).toEqual([["my file", 6, 15]]);
    expect(copy.destination?.value).toBe("/dest dir/");
  });

  it("reads ADD with an escaped space in a path", () => {
    const add = first<m.Copy>("ADD --checksum=sha256:abc https://x/a\\ b.tgz /opt/\n", "Add");
    expect(add.type).toBe("Add");
    expect(words(add.sources)).toEqual([["https://x/a b.tgz", 26, 44]]);
    expect(add.destination?.value).toBe("/opt/");
  });

  it("keeps a heredoc out of the sources of COPY <<EOF /file", () => {
    const text = "COPY <<EOF /etc/app.conf\nkey=value\nEOF\n";
    const copy = first<m.Copy>(text, "Copy");
    expect(copy.sources).toEqual([]);
    expect(copy.destination).toMatchObject({ value: "/etc/app.conf", range: [11, 24] });
    expect(copy.heredocs).toMatchObject([{ name: "EOF", content: "key=value", contentRange: [25, 34], closed: true, range: [5, 38] }]);
  });
});

describe("ENV, LABEL, ARG", () => {
  it("reads key=value pairs with quotes and escaped spaces", () => {
    const env = first<m.Env>('ENV A=1 B="two words" C=three\\ words D=\'x y\'\n', "Env");
    expect(pairs(env)).toEqual([
      ["A", "1", true],
      ["B", "two words", true],
      ["C", "three words", true],
      ["D", "x y", true],
    ]);
    expect(env.pairs[1].key.range).toEqual([8, 9]);
    expect(env.pairs[1].value).toMatchObject({ text: '"two words"', range: [10, 21] });
    expect(env.pairs[1].range).toEqual([8, 21]);
  });

  it("reads the legacy `ENV key value words` form: the rest of the line is the value", () => {
    const env = first<m.Env>("ENV PATH /usr/local/bin:$PATH  and more\n", "Env");
    expect(pairs(env)).toEqual([["PATH", "/usr/local/bin:$PATH and more", false]]);
    expect(env.pairs[0].value).toMatchObject({ text: "/usr/local/bin:$PATH  and more", range: [9, 39] });
  });

  it("reads every name of `ARG A B=1`", () => {
    const arg = first<m.Env>("ARG A B=1\n", "Arg");
    expect(pairs(arg)).toEqual([
      ["A", null, false],
      ["B", "1", true],
    ]);
    expect(arg.pairs[1].value?.range).toEqual([8, 9]);
  });

  it("reads LABEL pairs over continuation lines", () => {
    const label = first<m.Env>('LABEL a="1" \\\n      b="2"\n', "Label");
    expect(pairs(label)).toEqual([
      ["a", "1", true],
      ["b", "2", true],
    ]);
    expect(label.pairs[1].loc.start).toEqual({ line: 2, column: 7 });
  });

  it("reads `ARG --required NAME` as a flag and a name", () => {
    const arg = first<m.Env>("ARG --required TOKEN\n", "Arg");
    expect(arg.flags).toMatchObject([{ name: "required", value: null, range: [4, 14], nameRange: [6, 14] }]);
    expect(pairs(arg)).toEqual([["TOKEN", null, false]]);
  });
});

describe("other instructions", () => {
  it("reads EXPOSE ports and protocols", () => {
    const expose = first<m.Expose>("EXPOSE 80 443/tcp 53/udp ${PORT}\n", "Expose");
    expect(expose.ports.map((p) => [p.port, p.protocol, p.range[0]])).toEqual([
      ["80", null, 7],
      ["443", "tcp", 10],
      ["53", "udp", 18],
      ["${PORT}", null, 25],
    ]);
  });

  it("reads VOLUME as JSON or as words", () => {
    const json = first<m.Volume>('VOLUME ["/data", "/var/log app"]\n', "Volume");
    expect(json.json).toBe(true);
    expect(words(json.paths)).toEqual([
      ["/data", 8, 15],
      ["/var/log app", 17, 31],
    ]);
    const plain = first<m.Volume>("VOLUME /data /logs\n", "Volume");
    expect(plain.json).toBe(false);
    expect(words(plain.paths)).toEqual([
      ["/data", 7, 12],
      ["/logs", 13, 18],
    ]);
  });

  it("reads HEALTHCHECK CMD with flags, in shell and exec form, and NONE", () => {
    const shell = first<m.Healthcheck>("HEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/ || exit 1\n", "Healthcheck");
    expect(shell.mode).toBe("CMD");
    expect(shell.flags.map((f) => [f.name, f.value])).toEqual([
      ["interval", "30s"],
      ["retries", "3"],
    ]);
    expect(shell.shellRange).toEqual([43, 78]);
    expect(shell.shellText).toBe("curl -f http://localhost/ || exit 1");
    const exec = first<m.Healthcheck>('HEALTHCHECK CMD ["curl", "-f", "x"]\n', "Healthcheck");
    expect(words(exec.exec)).toEqual([
      ["curl", 17, 23],
      ["-f", 25, 29],
      ["x", 31, 34],
    ]);
    const none = first<m.Healthcheck>("HEALTHCHECK NONE\n", "Healthcheck");
    expect(none.mode).toBe("NONE");
    expect(none.exec).toBeNull();
    expect(none.shellText).toBeNull();
  });

  it("reads the ONBUILD trigger as a nested instruction with its own ranges", () => {
    const doc = parse("FROM a\nONBUILD RUN --mount=type=cache,target=/c make\n");
    const onbuild = doc.instructions[1] as m.Onbuild;
    expect(onbuild.range).toEqual([7, 52]);
    const trigger = onbuild.trigger as m.Run;
    expect(trigger).toMatchObject({ type: "Run", isTrigger: true, stageIndex: 0, range: [15, 52], keywordRange: [15, 18] });
    expect(trigger.mounts[0].target).toBe("/c");
    expect(trigger.shellRange).toEqual([48, 52]);
    expect(doc.instructions).toHaveLength(2);
  });

  it("reads SHELL as exec form", () => {
    const shell = first<m.Shell>('SHELL ["powershell", "-Command"]\n', "Shell");
    expect(words(shell.exec)).toEqual([
      ["powershell", 7, 19],
      ["-Command", 21, 31],
    ]);
  });

  it("keeps the keyword as written and the name upper-cased", () => {
    const user = first<m.SimpleInstruction>("FROM a\nuser app\n", "User");
    expect([user.name, user.keyword, user.keywordRange]).toEqual(["USER", "user", [7, 11]]);
    expect(words(user.args)).toEqual([["app", 12, 15]]);
  });
});

describe("stages", () => {
  it("lower-cases names, links FROM <stage> to its parent and spans each stage", () => {
    const doc = parse("ARG V=1\nFROM alpine AS Base\nRUN a\n\nFROM BASE AS app\nCMD b\n");
    expect(doc.preamble.map((i) => i.type)).toEqual(["Arg"]);
    expect(doc.stages.map((s) => [s.index, s.name, s.parent, s.range])).toEqual([
      [0, "base", null, [8, 33]],
      [1, "app", 0, [35, 57]],
    ]);
    expect(doc.stages[1].loc).toEqual({ start: { line: 5, column: 1 }, end: { line: 6, column: 6 } });
    expect(doc.stages[1].instructions.map((i) => [i.type, i.stageIndex])).toEqual([
      ["From", 1],
      ["Cmd", 1],
    ]);
    expect(doc.preamble[0].stageIndex).toBe(-1);
  });

  it("does not take an image for a stage that comes later", () => {
    const doc = parse("FROM app\nFROM alpine AS app\n");
    expect(doc.stages[0].parent).toBeNull();
  });
});

describe("escape directive", () => {
  it("continues lines with a backtick and keeps Windows paths", () => {
    const text = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n    C:\\Windows\nCOPY app C:\\app\\\n";
    const doc = parse(text);
    expect(doc.escapeChar).toBe("`");
    expect(doc.directives).toMatchObject([{ name: "escape", value: "`", range: [0, 10], valueRange: [9, 10] }]);
    const run = doc.instructions[1] as m.Run;
    expect(run.shellText).toBe("dir       C:\\Windows");
    expect(words(run.args)).toEqual([
      ["dir", 66, 69],
      ["C:\\Windows", 76, 86],
    ]);
    const copy = doc.instructions[2] as m.Copy;
    expect(copy.destination?.value).toBe("C:\\app\\");
    expect(doc.problems).toEqual([]);
  });
});

describe("heredocs", () => {
  it("reads RUN <<EOF with its body and closing line", () => {
    const text = "FROM a\nRUN <<EOF\napt-get update\nEOF\n";
    const run = parse(text).instructions[1] as m.Run;
    expect(run.heredocs).toMatchObject([
      { name: "EOF", stripTabs: false, quoted: false, content: "apt-get update", contentRange: [17, 31], closed: true, range: [11, 35] },
    ]);
    expect(run.range).toEqual([7, 35]);
    expect(run.shellText).toBe("<<EOF\napt-get update\nEOF");
  });

  it("reads <<-EOF and a quoted <<\"EOF\"", () => {
    const dash = first<m.Run>("RUN <<-EOF\n\techo hi\n\tEOF\n", "Run");
    expect(dash.heredocs[0]).toMatchObject({ stripTabs: true, quoted: false, content: "\techo hi", closed: true, range: [4, 24] });
    const quoted = first<m.Run>('RUN <<"EOF"\necho $HOME\nEOF\n', "Run");
    expect(quoted.heredocs[0]).toMatchObject({ name: "EOF", quoted: true, content: "echo $HOME" });
  });

  it("reads several heredocs in one RUN, in order", () => {
    const run = first<m.Run>("RUN cat <<A > /a && cat <<B > /b\none\nA\ntwo\nB\n", "Run");
    expect(run.heredocs.map((h) => [h.name, h.content, h.contentRange, h.closed])).toEqual([
      ["A", "one", [33, 36], true],
      ["B", "two", [39, 42], true],
    ]);
    expect(run.args.map((w) => w.value)).toEqual(["cat", "<<A", ">", "/a", "&&", "cat", "<<B", ">", "/b"]);
  });

  it("finds the closing line after an escape character in the body", () => {
    const run = first<m.Run>("RUN <<EOT\nfind . -exec rm {} \\;\n# done\nEOT\nCMD x\n", "Run");
    expect(run.heredocs[0]).toMatchObject({ content: "find . -exec rm {} \\;\n# done", closed: true, range: [4, 42] });
  });

  it("marks an unterminated heredoc, its body running to the end", () => {
    const text = "FROM a\nRUN cat <<EOF\nhello\n";
    const run = parse(text).instructions[1] as m.Run;
    expect(run.heredocs[0]).toMatchObject({ closed: false, content: "hello\n", contentRange: [21, 27], range: [15, 27] });
  });

  it("reads heredocs with CRLF line endings", () => {
    const run = first<m.Run>("RUN <<EOF\r\necho a\r\nEOF\r\n", "Run");
    expect(run.heredocs[0]).toMatchObject({ content: "echo a", contentRange: [11, 17], closed: true, range: [4, 22] });
  });
});

describe("whole files", () => {
  it("reads CRLF files with continuations", () => {
    const text = "FROM a\r\nRUN echo a \\\r\n  b\r\nCMD c\r\n";
    const doc = parseDockerfile(text);
    expect(doc.source.eol).toBe("\r\n");
    const run = doc.document.instructions[1] as m.Run;
    expect(run.shellText).toBe("echo a      b");
    expect(words(run.args)).toEqual([
      ["echo", 12, 16],
      ["a", 17, 18],
      ["b", 24, 25],
    ]);
    expect(run.args[2].loc.start).toEqual({ line: 3, column: 3 });
    expect(doc.document.instructions[2].loc.start).toEqual({ line: 4, column: 1 });
  });

  it("reads a file with a BOM with offsets after the BOM", () => {
    const doc = parseDockerfile("\ufeffFROM a\nRUN b\n");
    expect(doc.source.hasBom).toBe(true);
    expect(doc.document.instructions[1].range).toEqual([7, 12]);
    expect(doc.document.instructions[0].loc.start).toEqual({ line: 1, column: 1 });
  });

  it("reads an empty file", () => {
    const doc = parse("");
    expect([doc.instructions, doc.stages, doc.comments, doc.problems]).toEqual([[], [], [], []]);
    expect(doc.range).toEqual([0, 0]);
  });

  it("reads a file of only comments", () => {
    const doc = parse("# one\n#two\n");
    expect(doc.instructions).toEqual([]);
    expect(doc.comments.map((c) => [c.value, c.range])).toEqual([
      ["one", [0, 5]],
      ["two", [6, 10]],
    ]);
  });

  it("keeps instructions before any FROM in the preamble", () => {
    const doc = parse("ARG A\nRUN x\n");
    expect(doc.stages).toEqual([]);
    expect(doc.preamble.map((i) => [i.type, i.stageIndex])).toEqual([
      ["Arg", -1],
      ["Run", -1],
    ]);
  });

  it("ends a line whose escape character is itself escaped, as BuildKit does", () => {
    const doc = parse("FROM a\nENV DIR=C:\\\\app\\\\\n\n# next\nENV B=1\n");
    expect(doc.instructions.map((i) => i.type)).toEqual(["From", "Env", "Env"]);
    expect(pairs(doc.instructions[1] as m.Env)).toEqual([["DIR", "C:\\app\\", true]]);
  });

  it("drops an escape character at the very end of the file", () => {
    const env = first<m.Env>("ENV A=1 \\", "Env");
    expect(pairs(env)).toEqual([["A", "1", true]]);
  });
});

describe("continuations after characters outside the BMP", () => {
  it("keep every offset exact (an emoji is two UTF-16 units)", () => {
    const text = 'FROM a:1\nRUN echo "😀" \\\n  && apk add curl\n';
    const { document } = parseDockerfile(text);
    const run = document.instructions[1] as Extract<(typeof document.instructions)[number], { type: "Run" }>;
    expect(run.shellText!.length).toBe(run.shellRange![1] - run.shellRange![0]);
    const curl = run.args.find((w) => w.value === "curl")!;
    expect(text.slice(curl.range[0], curl.range[1])).toBe("curl");
  });
});
