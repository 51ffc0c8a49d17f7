import { describe, expect, it } from "vitest";
import { readMode } from "../../src/shell/file-modes.js";

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
