import { beforeAll, describe, expect, it } from "vitest";
import type { Run } from "../../src/parse/model.js";
import { parseDockerfile } from "../../src/parse/parse.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { findCommands } from "../../src/shell/find-commands.js";
import { ownerChange, ownerUser, readMode } from "../../src/shell/file-modes.js";

describe("readMode", () => {
  it.each([
    ["777", { othersWrite: true, sticky: false }],
    ["0666", { othersWrite: true, sticky: false }],
    ["1777", { othersWrite: true, sticky: true }],
    ["2777", { othersWrite: true, sticky: false }],
    ["755", { othersWrite: false, sticky: false }],
    ["0622", { othersWrite: true, sticky: false }],
    ["a+rwx", { othersWrite: true, sticky: false }],
    ["o+w", { othersWrite: true, sticky: false }],
    ["u+x,o=rw", { othersWrite: true, sticky: false }],
    ["a+rwxt", { othersWrite: true, sticky: true }],
    ["go-w", { othersWrite: false, sticky: false }],
    ["g=u", { othersWrite: false, sticky: false }],
    ["+w", { othersWrite: false, sticky: false }],
    ["+x", { othersWrite: false, sticky: false }],
  ])("%s", (mode, grant) => {
    expect(readMode(mode)).toEqual(grant);
  });

  it("is null for what is no mode", () => {
    expect(readMode("$MODE")).toBeNull();
    expect(readMode("/app")).toBeNull();
  });
});

describe("ownerChange", () => {
  beforeAll(() => loadShellParser());

  function change(script: string) {
    const { source, document } = parseDockerfile(`FROM alpine:3.20\nRUN ${script}\n`);
    return findCommands(document.instructions[1] as Run, source).map(ownerChange).map((c) => c && [c.owner.value, c.targets.map((t) => t.value), c.recursive]);
  }

  it.each([
    ["chown app:app /a /b", [["app:app", ["/a", "/b"], false]]],
    ["chown -R 1000 /a", [["1000", ["/a"], true]]],
    ["chown -hR --from=root app /a", [["app", ["/a"], true]]],
    ["sudo chown --recursive $USER /a", [null, ["$USER", ["/a"], true]]],
    ["chown --reference=/etc /a", [null]],
    ["chown app", [null]],
    ["chmod 755 /a", [null]],
  ])("%s", (script, expected) => {
    expect(change(script)).toEqual(expected);
  });
});

describe("ownerUser", () => {
  it.each([
    ["app", "app"],
    ["app:app", "app"],
    ["app.staff", "app"],
    ["1000:1000", "1000"],
    [":staff", null],
    ["", null],
  ])("%s", (owner, user) => {
    expect(ownerUser(owner)).toBe(user);
  });
});
