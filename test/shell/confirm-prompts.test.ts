import { beforeAll, describe, expect, it } from "vitest";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { parseDockerfile } from "../../src/parse/parse.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { aptQuietLevel, unansweredPrompt } from "../../src/shell/confirm-prompts.js";

beforeAll(() => loadShellParser());

/** The prompts left unanswered in `RUN <script>` (after `prelude` lines), as `program subcommand +flag@after`. */
function prompts(script: string, prelude = "") {
  const { source, document } = parseDockerfile(`FROM scratch\n${prelude}RUN ${script}\n`);
  const sourceCode = new DockerfileSourceCode(source, document);
  const run = document.instructions[document.instructions.length - 1];
  return sourceCode.commandsOf(run).map((c) => unansweredPrompt(c, sourceCode)).filter((p) => p !== null)
    .map((p) => `${p.program} ${p.subcommand.value} ${p.flag}@${p.insertAfter.value}`);
}

describe("unansweredPrompt", () => {
  it.each([
    ["apt-get install curl", ["apt-get install -y@install"]],
    ["apt-get -y install curl", []],
    ["apt-get install --assume-yes curl", []],
    ["apt-get install -qq curl", []],
    ["apt-get -q install curl", ["apt-get install -y@install"]],
    ["apt-get -o APT::Get::Assume-Yes=true install curl", []],
    ["apt-get -s install curl", []],
    ["apt-get update", []],
    ["apt-get remove curl", ["apt-get remove -y@remove"]],
    ["yum install httpd", ["yum install -y@install"]],
    ["yum --setopt=assumeyes=1 install httpd", []],
    ["dnf module install nodejs:18", ["dnf install -y@install"]],
    ["dnf group list", []],
    ["microdnf install -y httpd", []],
    ["zypper install httpd", ["zypper install -n@zypper"]],
    ["zypper --non-interactive install httpd", []],
    ["zypper in -y httpd", []],
    ["zypper refresh", []],
    ["dnf $DNF_OPTS install httpd", []],
    ["apt-get install $PACKAGES", ["apt-get install -y@install"]],
    ["yes | apt-get install curl", []],
    ["echo y | \\\n  zypper in curl", []],
    ["echo hi | apt-get install curl", ["apt-get install -y@install"]],
    ["yes y|apt-get install curl", []],
    ["echo -e 'y' | \\\n  apt-get install curl", []],
    ["yes | cat | apt-get install curl", ["apt-get install -y@install"]],
  ])("%s", (script, expected) => {
    expect(prompts(script)).toEqual(expected);
  });

  it("reads a known variable for the flag", () => {
    expect(prompts("apt-get install $OPTS curl", "ARG OPTS=-y\n")).toEqual([]);
    expect(prompts("apt-get install $OPTS curl", "ARG OPTS=--no-install-recommends\n")).toEqual(["apt-get install -y@install"]);
  });
});

describe("aptQuietLevel", () => {
  it.each([
    ["apt-get -q install", 1],
    ["apt-get -qq install", 2],
    ["apt-get -q -q install", 2],
    ["apt-get -q=2 install", 2],
    ["apt-get --quiet=2 install", 2],
    ["apt-get -yq install", 1],
  ])("%s", (script, level) => {
    const { source, document } = parseDockerfile(`FROM scratch\nRUN ${script}\n`);
    const [cmd] = new DockerfileSourceCode(source, document).commandsOf(document.instructions[1]);
    expect(aptQuietLevel(cmd)).toBe(level);
  });
});
