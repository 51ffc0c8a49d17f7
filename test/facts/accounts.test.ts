import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import type { BuildInputs } from "../../src/facts/build-inputs.js";

beforeAll(() => loadShellParser());

function facts(text: string, inputs: BuildInputs = {}) {
  const { source, document } = parseDockerfile(text);
  return { facts: new DockerfileSourceCode(source, document, inputs).facts, stages: document.stages };
}

describe("user accounts", () => {
  it("lists the users created or changed with a uid, and whether the uid is a build input", () => {
    const text =
      "FROM debian:12 AS base\nARG USER_ID\nARG NAME=svc\nRUN groupadd app && useradd -u 1001 -g app app && useradd -r nouid\n" +
      "FROM base\nARG USER_ID\nRUN useradd --uid $USER_ID dev && adduser -D -u 2000 $NAME\n";
    const { facts: f, stages } = facts(text);
    expect(f.accounts(stages[1]).map((a) => [a.name, a.uid, a.uidFromBuild, a.instruction.loc.start.line])).toEqual([
      ["app", "1001", false, 4],
      ["dev", null, true, 7],
      ["svc", "2000", false, 7],
    ]);
    const built = facts(text, { buildArgs: { USER_ID: "1000" } });
    expect(built.facts.accounts(built.stages[1])[1]).toMatchObject({ name: "dev", uid: "1000", uidFromBuild: true });
  });
});
