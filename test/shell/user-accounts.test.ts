import { beforeAll, describe, expect, it } from "vitest";
import type { Run } from "../../src/parse/model.js";
import { parseDockerfile } from "../../src/parse/parse.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { findCommands } from "../../src/shell/find-commands.js";
import { userAccount } from "../../src/shell/user-accounts.js";

function accounts(script: string) {
  const { source, document } = parseDockerfile(`FROM debian:12\nRUN ${script}\n`);
  return findCommands(document.instructions[1] as Run, source).map(userAccount).map((a) => a && [a.name.value, a.uid?.value]);
}

describe("userAccount", () => {
  beforeAll(() => loadShellParser());

  it.each([
    ["useradd -m -u 1001 -g app -s /bin/sh app", [["app", "1001"]]],
    ["useradd --uid=$UID --create-home dev", [["dev", "$UID"]]],
    ["useradd -r app", [["app", undefined]]],
    ["adduser -D -u 1000 -G www -h /home/web web", [["web", "1000"]]],
    ["adduser --system --uid 999 --ingroup app --home /srv app", [["app", "999"]]],
    ["usermod -u ${WWWUSER} -g 1000 www-data", [["www-data", "${WWWUSER}"]]],
    ["groupadd -g 1000 app", [null]],
    ["useradd", [null]],
  ])("%s", (script, expected) => {
    expect(accounts(script)).toEqual(expected);
  });
});
