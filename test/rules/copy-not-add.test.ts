import { describe, expect, it } from "vitest";
import { fixText } from "../../src/index.js";
import { testRule } from "../rule-tester.js";

testRule("copy-not-add", {
  valid: [
    "FROM alpine:3.20\nCOPY file /usr/src/app/\n",
    { name: "tar", code: "FROM alpine:3.20\nADD file.tar /usr/src/app/\n" },
    { name: "gzip", code: "FROM alpine:3.20\nADD file.gz /usr/src/app/\n" },
    { name: "bz2", code: "FROM alpine:3.20\nADD file.bz2 /usr/src/app/\n" },
    { name: "xz", code: "FROM alpine:3.20\nADD file.xz /usr/src/app/\n" },
    { name: "tgz", code: "FROM alpine:3.20\nADD file.tgz /usr/src/app/\n" },
    { name: "tar.zst, upper case", code: "FROM alpine:3.20\nADD ROOTFS.TAR.ZST /\n" },
    { name: "url", code: "FROM alpine:3.20\nADD http://file.com /usr/src/app/\n" },
    { name: "quoted tgz", code: 'FROM alpine:3.20\nADD "file.tgz" /usr/src/app/\n' },
    { name: "quoted url", code: 'FROM alpine:3.20\nADD "http://file.com" /usr/src/app/\n' },
    { name: "git repository", code: "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.16.0 /src\n" },
    { name: "git over ssh", code: "FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n" },
    { name: "exec form archive", code: 'FROM alpine:3.20\nADD ["rootfs.tar.xz", "/"]\n' },
    { name: "one archive among plain files", code: "FROM alpine:3.20\nADD conf vendor.tar.gz /opt/\n" },
    { name: "archive from a variable", code: "FROM alpine:3.20\nARG PKG=app-1.0.tar.gz\nADD ${PKG} /opt/\n" },
    { name: "unknown variable", code: "FROM alpine:3.20\nARG SRC\nADD $SRC /opt/\n" },
    { name: "glob that may match an archive", code: "FROM alpine:3.20\nADD dist/* /opt/\n" },
    { name: "glob over compressed names", code: "FROM alpine:3.20\nADD *.tar.* /opt/\n" },
    { name: "difference: a compressed file may be a tarball ADD unpacks: not flagged", code: "FROM alpine:3.20\nADD rootfs.xz /\n" },
    { name: "difference: a glob that could match an archive is not flagged", code: "FROM alpine:3.20\nADD * /opt/\n" },
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nADD file /usr/src/app/\n",
      errors: [{ messageId: "useCopy", line: 2, column: 1 }],
      output: "FROM alpine:3.20\nCOPY file /usr/src/app/\n",
    },
    {
      name: "zip is not unpacked by ADD",
      code: "FROM alpine:3.20\nADD file.zip /usr/src/app/\n",
      errors: [{ messageId: "useCopy", line: 2, column: 1 }],
      output: "FROM alpine:3.20\nCOPY file.zip /usr/src/app/\n",
    },
    {
      name: "quoted zip",
      code: 'FROM alpine:3.20\nADD "file.zip" /usr/src/app/\n',
      errors: [{ messageId: "useCopy", line: 2, column: 1 }],
      output: 'FROM alpine:3.20\nCOPY "file.zip" /usr/src/app/\n',
    },
    {
      name: "keyword case is kept; flags and multi-line",
      code: "FROM alpine:3.20\nadd --chown=app:app \\\n  src \\\n  /app/\n",
      errors: [{ messageId: "useCopy", line: 2, column: 1 }],
      output: "FROM alpine:3.20\ncopy --chown=app:app \\\n  src \\\n  /app/\n",
    },
    {
      name: "mixed-case keyword, indented, CRLF",
      code: "FROM alpine:3.20\r\n  Add . /app\r\n",
      errors: [{ messageId: "useCopy", line: 2, column: 3 }],
      output: "FROM alpine:3.20\r\n  Copy . /app\r\n",
    },
    {
      name: "exec form",
      code: 'FROM alpine:3.20\nADD ["a b", "c", "/app/"]\n',
      errors: [{ messageId: "useCopy", line: 2, column: 1 }],
      output: 'FROM alpine:3.20\nCOPY ["a b", "c", "/app/"]\n',
    },
    {
      name: "variable resolved to a plain path",
      code: "FROM alpine:3.20\nARG SRC=config\nADD ${SRC} /etc/app/\n",
      errors: [{ messageId: "useCopy", line: 3, column: 1 }],
      output: "FROM alpine:3.20\nARG SRC=config\nCOPY ${SRC} /etc/app/\n",
    },
    {
      name: "a glob that cannot match an archive is flagged but not fixed",
      code: "FROM alpine:3.20\nADD *.py /app/\n",
      errors: [{ messageId: "useCopy", line: 2, column: 1 }],
      output: null,
    },
    {
      name: "ADD-only flag: not fixed",
      code: "FROM alpine:3.20\nADD --unpack=false app /app\n",
      errors: [{ messageId: "useCopy", line: 2, column: 1 }],
      output: null,
    },
    {
      name: "inside ONBUILD",
      code: "FROM alpine:3.20\nONBUILD ADD . /app/src\n",
      errors: [{ messageId: "useCopy", line: 2, column: 9 }],
      output: "FROM alpine:3.20\nONBUILD COPY . /app/src\n",
    },
    {
      name: "escape directive: backtick continuation",
      code: "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nADD app `\n  C:/app/\n",
      errors: [{ messageId: "useCopy", line: 3, column: 1 }],
      output: "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app `\n  C:/app/\n",
    },
    {
      name: "heredoc source",
      code: "FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n",
      errors: [{ messageId: "useCopy", line: 2, column: 1 }],
      output: "FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\nEOF\n",
    },
    {
      name: "difference: ADD of a zip file is flagged: ADD does not unpack zip files",
      code: "FROM alpine:3.20\nADD app.zip /opt/\n",
      errors: [{ messageId: "useCopy", line: 2, column: 1 }],
      output: "FROM alpine:3.20\nCOPY app.zip /opt/\n",
    },
  ],
});

describe("copy-not-add with copy-relative-dest on (the recommended rules)", () => {
  it("refuses only the fix that would add a copy-relative-dest finding; the rule's other fixes apply", async () => {
    const text = "FROM alpine:3.20\nADD conf /etc/conf\nADD app app\nADD lib /usr/lib/x\n";
    const result = await fixText(text, { filePath: "/p/Dockerfile", noConfig: true, rules: { shellcheck: "off" } });
    expect(result.output).toBe("FROM alpine:3.20\nCOPY conf /etc/conf\nADD app app\nCOPY lib /usr/lib/x\n");
    expect(result.rejectedFixes).toEqual([{ ruleId: "copy-not-add", reason: "the fix adds copy-relative-dest findings" }]);
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([["copy-not-add", 3]]);
  });
});
