import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { scriptSource } from "../../src/shell/interpreters.js";

beforeAll(async () => {
  await loadShellParser();
});

/** Where the first command of `RUN <script>` reads its script: "stdin", "file:<word>", "inline:<word>" or null. */
function source(script: string): string | null {
  const { source, document } = parseDockerfile(`FROM x\nRUN ${script}\n`);
  const found = scriptSource(new DockerfileSourceCode(source, document).commandsOf(document.instructions[1])[0]);
  if (!found) return null;
  return found.from === "stdin" ? "stdin" : `${found.from}:${found.word?.value}`;
}

describe("scriptSource", () => {
  it.each([
    ["sh", "stdin"],
    ["bash -", "stdin"],
    ["bash -e -o pipefail", "stdin"],
    ["sh -s -- -y", "stdin"],
    ["bash /dev/stdin -v latest", "stdin"],
    ["bash ./install.sh", "file:./install.sh"],
    ["sh -ec 'echo hi'", "inline:echo hi"],
    ["sh -n /usr/local/bin/dind", null],
    ["python3 - --user", "stdin"],
    ["python3 get-pip.py", "file:get-pip.py"],
    ["python3 -c 'print(1)'", "inline:print(1)"],
    ["python3 -m pip install x", null],
    ["php -- --install-dir=/usr/local/bin", "stdin"],
    ["php composer-setup.php", "file:composer-setup.php"],
    ["php -r 'echo 1;'", "inline:echo 1;"],
    ["node", "stdin"],
    ["node --eval=1", "inline:undefined"],
    ["perl -e 'print 1'", "inline:print 1"],
    ["ls -l", null],
  ])("%s -> %s", (script, expected) => {
    expect(source(script)).toBe(expected);
  });
});
