import { beforeAll, describe, expect, it } from "vitest";
import type { Run } from "../../src/parse/model.js";
import { parseDockerfile } from "../../src/parse/parse.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { findCommands } from "../../src/shell/find-commands.js";
import { optionValues } from "../../src/shell/flags.js";
import { writtenPaths } from "../../src/shell/written-paths.js";

function commands(script: string) {
  const { source, document } = parseDockerfile(`FROM alpine:3.20\nRUN ${script}\n`);
  return findCommands(document.instructions[1] as Run, source);
}

/** value (and `dir` when the command only ensures the directory) of every written path */
function written(script: string): string[] {
  return commands(script).flatMap((c) => writtenPaths(c).map((w) => (w.ensuresDirectory ? `dir:${w.word.value}` : w.word.value)));
}

describe("writtenPaths", () => {
  beforeAll(() => loadShellParser());

  it.each([
    ["echo hi > /a; echo >> /b 2>/c", ["/a", "/b", "/c"]],
    ["cmd 2>&1 >&2 < /in > -", []],
    ["mkdir -p -m 700 /a /b", ["dir:/a", "dir:/b"]],
    ["touch -d 2020-01-01 /a", ["/a"]],
    ["cp -r src1 src2 /dest/", ["/dest/"]],
    ["cp -t /dest a b", ["/dest"]],
    ["mv --target-directory=/dest a", ["/dest"]],
    ["ln -sf /usr/bin/python3 /usr/local/bin/python", ["/usr/local/bin/python"]],
    ["ln -s /only/target", []],
    ["install -m 0755 tool /usr/local/bin/tool", ["/usr/local/bin/tool"]],
    ["install -d -m 0755 /a /b", ["dir:/a", "dir:/b"]],
    ["tee -a /a /b", ["/a", "/b"]],
    ["chown -R app:app /a /b", ["/a", "/b"]],
    ["chown --reference=/ref /a", ["/a"]],
    ["chmod 0644 /a", ["/a"]],
    ["chmod -x /a", ["/a"]],
    ["chgrp -R staff /a", ["/a"]],
    ["rm -rf /a /b/*", ["/a", "/b/*"]],
    ["wget -qO /a https://x.test/f", ["/a"]],
    ["wget -qO- https://x.test/f", []],
    ["wget --output-document=/a -P /dir https://x.test/f", ["/a", "/dir"]],
    ["curl -fsSLo /a https://x.test/f", ["/a"]],
    ["curl -fsSL -o/a https://x.test/f", ["/a"]],
    ["curl --output /a --output-dir /dir -O https://x.test/f", ["/a", "/dir"]],
    ["curl -fsSL https://x.test/f", []],
    ["unzip -q a.zip -d /dir", ["/dir"]],
    ["tar -xzf a.tgz -C /dir", ["/dir"]],
    ["tar xzf a.tgz --directory /dir", ["/dir"]],
    ["tar -czf /out.tgz /in", ["/out.tgz"]],
    ["tar czf /out.tgz /in", ["/out.tgz"]],
    ["tar -tzf a.tgz", []],
    ["git clone --depth 1 -b main https://x.test/r.git /src", ["/src"]],
    ["git -C /x clone https://x.test/r.git", []],
    ["git checkout /x", []],
    ["pip install --target /t pkg && pip3 install -t /u pkg", ["/t", "/u"]],
    ["python3 -m pip install --prefix=/p pkg", ["/p"]],
    ["pip download -d /x pkg", []],
    ["sed -i 's/a/b/' /a", ["/a"]],
    ["sed -i.bak -e 's/a/b/' /a /b", ["/a", "/b"]],
    ["sed 's/a/b/' /a", []],
    ["dd if=/dev/zero of=/a bs=1", ["/a"]],
    ["sudo -u app touch /a", ["/a"]],
    ["cat /a /b", []],
  ])("%s", (script, expected) => {
    expect(written(script)).toEqual(expected);
  });

  it("points at the value inside a bundled or `=` word", () => {
    const [curl] = commands("curl -fsSLo/a https://x.test");
    const [value] = optionValues(curl.args, ["o"], ["--output"]);
    expect([value.value, value.loc.start.column, value.range[1] - value.range[0]]).toEqual(["/a", 16, 2]);
    const wget = commands("curl x && wget --output-document='/b' x")[1];
    const [w] = writtenPaths(wget);
    expect([w.word.value, w.word.loc.start.column, w.word.text]).toEqual(["/b", 39, "/b"]);
    const [whole] = writtenPaths(commands('wget --output-document="$D"/b x')[0]);
    expect([whole.word.value, whole.word.loc.start.column]).toEqual(["$D/b", 10]);
  });
});

