import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { usedFiles } from "../../src/shell/file-uses.js";

beforeAll(async () => {
  await loadShellParser();
});

/** `use:word` for each file the first command of `RUN <script>` uses. */
function uses(script: string): string[] {
  const { source, document } = parseDockerfile(`FROM x\nRUN ${script}\n`);
  const command = new DockerfileSourceCode(source, document).commandsOf(document.instructions[1])[0];
  return usedFiles(command).map((u) => `${u.use}:${u.word.value}`);
}

describe("usedFiles", () => {
  it.each([
    ["sh install.sh -y", ["run:install.sh"]],
    ["./configure --prefix=/usr", ["run:./configure"]],
    ["java -Xmx1g -jar /opt/app.jar", ["run:/opt/app.jar"]],
    ["tar -xzf /tmp/a.tgz -C /opt", ["extract:/tmp/a.tgz"]],
    ["tar xzf a.tgz", ["extract:a.tgz"]],
    ["tar --extract --file=a.tar", ["extract:a.tar"]],
    ["tar -czf a.tgz dir", []],
    ["unzip -q a.zip -d /opt", ["extract:a.zip"]],
    ["dpkg -i /tmp/a.deb", ["install:/tmp/a.deb"]],
    ["rpm -Uvh b.rpm", ["install:b.rpm"]],
    ["apt-get install -y ./c.deb curl", ["install:./c.deb"]],
    ["pip install /tmp/d-1.0-py3-none-any.whl", ["install:/tmp/d-1.0-py3-none-any.whl"]],
    ["dpkg --print-architecture", []],
  ])("%s", (script, expected) => {
    expect(uses(script)).toEqual(expected);
  });
});
