import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import type { BuildInputs } from "../../src/facts/build-inputs.js";

beforeAll(() => loadShellParser());

/** name@declaration line>use line, for each ARG the build uses without a value. */
function unset(text: string, inputs: BuildInputs = {}): string[] {
  const { source, document } = parseDockerfile(text);
  const sourceCode = new DockerfileSourceCode(source, document, inputs);
  return sourceCode.facts.unsetArgs.map((u) => `${u.name}@${u.declaration.loc.start.line}>${u.use.loc.start.line}:${sourceCode.text.slice(...u.range)}`);
}

describe("ARGs the build uses without a value", () => {
  it("finds global ARGs in FROM and stage ARGs after their declaration", () => {
    expect(unset("ARG PY\nFROM python:${PY}-slim\nRUN pip install app==$V\nARG V\nRUN pip install app==$V\n")).toEqual(["PY@1>2:${PY}", "V@4>5:$V"]);
  });

  it("takes a value from a default, a build arg, a global default, an ENV, BuildKit", () => {
    expect(unset("ARG G=1\nFROM a\nARG G\nARG D=2\nARG B\nARG E\nENV E=3\nARG TARGETARCH\nRUN x $G $D $B $E $TARGETARCH\n", { buildArgs: { B: "4" } })).toEqual([]);
  });

  it("follows the stages the build runs, and ARGs into stages built FROM them", () => {
    const text = "FROM a AS base\nARG V\nFROM base AS dev\nRUN make V=x $V\nFROM a AS other\nARG W\nRUN make $W\nFROM base\nCOPY --from=dev /out /out\n";
    expect(unset(text)).toEqual(["V@2>4:$V"]);
    expect(unset(text, { target: "other" })).toEqual(["W@6>7:$W"]);
  });

  it("counts paths and command words; not ENV, LABEL, echo, exec form without a shell, CMD", () => {
    expect(unset('FROM a\nARG A\nARG B\nARG C\nENV X=$A\nLABEL v=$A\nRUN echo "$A" && export Y=$A\nRUN ["/bin/tool", "$A"]\nCMD run $A\nCOPY $B/ /srv/\nRUN ["sh", "-c", "cp x /opt/$C"]\n')).toEqual(["B@3>10:$B", "C@4>11:$C"]);
  });

  it("leaves out an ARG read with a default or tested anywhere, read where it cannot tell how, or named as extra options", () => {
    expect(unset("FROM a\nARG A\nARG B\nARG C\nARG D\nRUN x $A && y ${A:-1}\nRUN if [ -n \"$B\" ]; then x $B; fi\nRUN case $C in 1) x $C;; esac\nRUN cat > /etc/x <<EOF\nv=$D\nEOF\n")).toEqual([]);
    expect(unset("FROM a\nARG GO_GCFLAGS\nARG EXTRA_PACKAGES\nRUN go build -gcflags=\"$GO_GCFLAGS\" . && apt-get install -y $EXTRA_PACKAGES\n")).toEqual([]);
  });
});
