import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { downloadedFiles, downloadsToStdout } from "../../src/shell/downloads.js";

beforeAll(async () => {
  await loadShellParser();
});

function command(script: string) {
  const { source, document } = parseDockerfile(`FROM x\nRUN ${script}\n`);
  return new DockerfileSourceCode(source, document).commandsOf(document.instructions[1])[0];
}

describe("downloads", () => {
  it.each([
    ["curl -fsSL https://x.io/i.sh", true, []],
    ["curl -fsSLo /tmp/a.tgz https://x.io/a.tgz", false, ["/tmp/a.tgz"]],
    ["curl -o - https://x.io/a", true, []],
    ["curl -fsSLO https://x.io/dl/a.tgz?raw=1", false, ["a.tgz"]],
    ["curl -I https://x.io/", false, []],
    ["wget -qO- https://x.io/i.sh", true, []],
    ["wget -O /tmp/a.deb https://x.io/a.deb", false, ["/tmp/a.deb"]],
    ["wget -q https://x.io/dl/a-1.0.tar.gz", false, ["a-1.0.tar.gz"]],
    ["wget -P /opt https://x.io/dl/a.zip", false, ["/opt/a.zip"]],
    ["wget https://x.io/", false, []],
  ])("%s", (script, stdout, files) => {
    const cmd = command(script);
    expect(downloadsToStdout(cmd)).toBe(stdout);
    expect(downloadedFiles(cmd).map((f) => f.path)).toEqual(files);
  });
});
