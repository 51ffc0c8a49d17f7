import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { findCommands } from "../../src/shell/find-commands.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import type * as m from "../../src/parse/model.js";

beforeAll(async () => {
  await loadShellParser();
});

/** The first command of `RUN <script>`. */
function command(script: string) {
  const { source, document } = parseDockerfile(`FROM x\nRUN ${script}\n`);
  return findCommands(document.instructions[1] as m.Run, source)[0];
}

describe("ShellCommand", () => {
  it("names the program by its base name", () => {
    const cmd = command("/usr/bin/apt-get update");
    expect([cmd.command, cmd.name.value, cmd.type]).toEqual(["apt-get", "/usr/bin/apt-get", "ShellCommand"]);
    expect(cmd.instruction.type).toBe("Run");
    expect(Object.keys(cmd)).not.toContain("instruction");
  });

  it("remembers what a reader worked out, once per command and key, null included, out of its printed keys", () => {
    const cmd = command("apt-get update");
    const [first, second] = [Symbol("first"), Symbol("second")];
    let computed = 0;
    const read = () => (computed++, null);
    expect([cmd.remember(first, read), cmd.remember(first, read), cmd.remember(second, () => 2)]).toEqual([null, null, 2]);
    expect(computed).toBe(1);
    expect(command("apt-get update").remember(first, () => "another command")).toBe("another command");
    expect(Object.keys(cmd)).toEqual(Object.keys(command("apt-get update")));
  });

  it.each([
    ["apt-get install -y x", ["-y"], true],
    ["apt-get install -qy x", ["-y"], true],
    ["apt-get install -yq x", ["-q"], true],
    ["apt-get install --yes x", ["-y", "--yes"], true],
    ["apt-get install --assume-yes=true x", ["--assume-yes"], true],
    ["apt-get install --yesno x", ["--yes"], false],
    ["apt-get install x -- -y", ["-y"], false],
    ["apt-get install --no-y x", ["-y"], false],
    ["pip install --no-cache-dir x", ["--no-cache-dir"], true],
  ])("hasFlag: %s has %j -> %s", (script, flags, expected) => {
    expect(command(script).hasFlag(...flags)).toBe(expected);
  });

  it("findFlag returns the word holding the flag", () => {
    expect(command("apt-get -qq -y install x").findFlag(["-y"])).toMatchObject({ value: "-y", range: [23, 25] });
  });

  it.each([
    ["curl -o /tmp/f url", "-o", "/tmp/f", [19, 25]],
    ["curl -o/tmp/f url", "-o", "/tmp/f", [18, 24]],
    ["pip install --index-url=https://x y", "--index-url", "https://x", [35, 44]],
    ["pip install --index-url https://x y", "--index-url", "https://x", [35, 44]],
    ["pip install '--index-url=https://x' y", "--index-url", "https://x", [36, 45]],
  ])("flagValue: %s reads %s", (script, flag, value, range) => {
    expect(command(script).flagValue(flag)).toMatchObject({ value, range });
  });

  it("flagValue is undefined when the flag is missing or after --", () => {
    expect(command("curl url").flagValue("-o")).toBeUndefined();
    expect(command("curl -- -o x").flagValue("-o")).toBeUndefined();
  });

  it("positionals skip flags, the values of value flags, and read everything after --", () => {
    const cmd = command("pip install -r req.txt --upgrade -i https://x a b -- -c");
    expect(cmd.positionals(["-r", "-i"]).map((w) => w.value)).toEqual(["install", "a", "b", "-c"]);
    expect(cmd.positionals().map((w) => w.value)).toEqual(["install", "req.txt", "https://x", "a", "b", "-c"]);
    expect(cmd.subcommand(["-r"])?.value).toBe("install");
  });

  it("treats a lone - as a positional", () => {
    expect(command("tar -xzf - -C /opt").positionals(["-C"]).map((w) => w.value)).toEqual(["-"]);
  });

  it("finds the subcommand after leading flags", () => {
    expect(command("apt-get -y -o Dpkg::Options::=--force-confold install x").subcommand(["-o"])?.value).toBe("install");
  });
});
