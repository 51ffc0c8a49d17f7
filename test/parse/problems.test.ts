import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { fixtureFiles } from "../corpus.js";
import { problemsOutsideText } from "./problems-inside.js";

/** Each problem as [message, line, column, text at its range]. */
function problems(text: string) {
  const { document, source } = parseDockerfile(text);
  return document.problems.map((p) => [p.message, p.loc.start.line, p.loc.start.column, source.text.slice(p.range[0], p.range[1])]);
}

describe("parse problems", () => {
  it.each<[string, string, (string | number)[][]]>([
    ["unknown instruction", "FROM a\nRUNN x\n", [["Unknown instruction 'RUNN'.", 2, 1, "RUNN"]]],
    ["missing arguments", "FROM a\nWORKDIR\n", [["WORKDIR needs arguments.", 2, 1, "WORKDIR"]]],
    ["invalid escape directive", "# escape=x\nFROM a\n", [["Invalid escape directive 'x': it must be \\ or `.", 1, 10, "x"]]],
    ["FROM without AS", "FROM a b\n", [["FROM takes an image and 'AS name'; 'b' is not 'AS'.", 1, 8, "b"]]],
    ["FROM AS without a name", "FROM a AS\n", [["FROM ... AS needs a stage name.", 1, 8, "AS"]]],
    ["FROM with extra words", "FROM a AS b c\n", [["Unexpected 'c' after the stage name.", 1, 13, "c"]]],
    ["unknown flag", "FROM a\nRUN --netwrk=none x\n", [["Unknown flag --netwrk for RUN.", 2, 5, "--netwrk=none"]]],
    ["invalid flag value", "FROM a\nRUN --network=nope x\n", [["Invalid value 'nope' for --network: expected default, none, host.", 2, 15, "nope"]]],
    [
      "a value flag without =",
      "FROM a\nCOPY --chmod 755 f /f\n",
      [["Flag --chmod needs a value, written --chmod=<value>.", 2, 6, "--chmod"]],
    ],
    ["a boolean flag with another value", "FROM a\nCOPY --link=yes f /f\n", [["Invalid value 'yes' for --link: expected true or false.", 2, 13, "yes"]]],
    ["a flag given twice", "FROM a\nCOPY --from=a --from=b f /f\n", [["Flag --from is given more than once.", 2, 15, "--from=b"]]],
    ["unknown mount type", "FROM a\nRUN --mount=type=volume,target=/x y\n", [["Unknown mount type 'volume'.", 2, 13, "type=volume,target=/x"]]],
    [
      "a cache mount without target or WORKDIR",
      "FROM a\nRUN --mount=type=cache y\n",
      [["A cache mount needs a target: without one it mounts on the working directory, and no WORKDIR is set.", 2, 13, "type=cache"]],
    ],
    [
      "exec form with single quotes",
      "FROM a\nCMD ['a', 'b']\n",
      [["CMD looks like exec form but is not valid JSON (strings need double quotes); Docker runs it as a shell command.", 2, 5, "['a', 'b']"]],
    ],
    [
      "exec form with a lone backslash",
      'FROM a\nCMD ["C:\\app.exe"]\n',
      [
        [
          "CMD looks like exec form but is not valid JSON (a backslash inside a string must be written \\\\); Docker runs it as a shell command.",
          2,
          5,
          '["C:\\app.exe"]',
        ],
      ],
    ],
    ["SHELL in shell form", "FROM a\nSHELL /bin/bash -c\n", [['SHELL must be a JSON array of strings, e.g. SHELL ["/bin/bash", "-c"].', 2, 7, "/bin/bash -c"]]],
    ["SHELL []", "FROM a\nSHELL []\n", [["SHELL needs at least one element.", 2, 7, "[]"]]],
    ["unterminated quote", "FROM a\nRUN echo 'x\n", [["Unterminated single quote.", 2, 10, "'"]]],
    ["unterminated heredoc", "FROM a\nRUN cat <<EOF\nx\n", [["Heredoc 'EOF' is never closed: no line 'EOF' follows.", 2, 9, "<<EOF\nx\n"]]],
    ["ENV without value", "FROM a\nENV A\n", [["ENV 'A' has no value.", 2, 5, "A"]]],
    ["unterminated quote in ENV", "FROM a\nENV A=\"x\n", [["Unterminated quote in ENV value.", 2, 7, '"x']]],
    ["invalid ARG name", "ARG 1X=2\nFROM a\n", [["Invalid ARG name '1X'.", 1, 5, "1X"]]],
    ["HEALTHCHECK without CMD or NONE", "FROM a\nHEALTHCHECK curl x\n", [["HEALTHCHECK takes CMD or NONE.", 2, 13, "curl"]]],
    ["HEALTHCHECK CMD without command", "FROM a\nHEALTHCHECK CMD\n", [["HEALTHCHECK CMD needs a command.", 2, 13, "CMD"]]],
    ["HEALTHCHECK NONE with arguments", "FROM a\nHEALTHCHECK NONE curl -f x\n", [["HEALTHCHECK NONE takes no arguments.", 2, 18, "curl -f x"]]],
    ["USER with two words", "FROM a\nUSER app admin\n", [["USER takes one argument, a user with an optional group (user[:group]).", 2, 10, "admin"]]],
    ["COPY without destination", "FROM a\nCOPY f\n", [["COPY needs a source and a destination.", 2, 6, "f"]]],
    [
      "an inline comment after ARG",
      "FROM a\nARG MODE=dev # dev or prod\n",
      [["'#' starts a comment only at the beginning of a line: Docker reads '# ...' as more ARG arguments.", 2, 14, "# dev or prod"]],
    ],
    ["problems inside an ONBUILD trigger", "FROM a\nONBUILD COPY f\n", [["COPY needs a source and a destination.", 2, 14, "f"]]],
  ])("%s", (_, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it.each([
    ["flags BuildKit accepts", "FROM a\nCOPY --link --parents --exclude=*.md --chown= f /f\nADD --link=false --keep-git-dir=true --checksum=sha256:x --unpack=false u /u\nARG --required T\nRUN --device=x --network=none --security=insecure y\n"],
    ["mounts without a target below a WORKDIR", "FROM a AS base\nWORKDIR /src\nFROM base\nRUN --mount=type=bind --mount=from=x,ro y\n"],
    ["a `#` inside values", "FROM a\nLABEL color=#fff\nENV HASH #abc\nRUN echo a # comment\n"],
    ["ARG names built from variables", "FROM a\nENV N=x\nARG ${N}=1\n"],
    ["escaped spaces", "FROM a\nENV A=one\\ two B=c\n"],
    ["heredoc bodies with escapes", "FROM a\nRUN <<EOT\nfind . -exec rm {} \\;\nEOT\n"],
    ["a test command in brackets", 'FROM a\nRUN [ "$a" = "b" ] && echo ok\n'],
    ["an empty file", ""],
    ["only comments", "# a\n# b\n"],
  ])("reports nothing for %s", (_, text) => {
    expect(problems(text)).toEqual([]);
  });
});

describe("real Dockerfiles", () => {
  it("parses each of fixtures/ (every 50th corpus file: problems.corpus.test.ts), each problem inside the text", () => {
    expect(problemsOutsideText(fixtureFiles())).toEqual([]);
  });
});
