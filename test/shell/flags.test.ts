import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { findCommands } from "../../src/shell/find-commands.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { firstPositional, isFlag, optionValues, programName, readFlagValue, valueSpan, valueWord, wordAfter } from "../../src/shell/flags.js";
import { pythonModule, pythonRun } from "../../src/shell/python.js";
import type * as m from "../../src/parse/model.js";

beforeAll(async () => {
  await loadShellParser();
});

/** The words after the program of `RUN <script>`, and the file text. */
function words(script: string): { args: m.Word[]; text: string } {
  const text = `FROM x\nRUN ${script}\n`;
  const { source, document } = parseDockerfile(text);
  return { args: findCommands(document.instructions[1] as m.Run, source)[0].args, text };
}

describe("readFlagValue", () => {
  it.each([
    ["app --port 80", ["--port"], {}, "80", 0],
    ["app --port=80", ["--port"], {}, "80", 7],
    ["app -p80", ["-p"], {}, "80", 2],
    ["app -p 80", ["-p"], {}, "80", 0],
    ["app -p=80", ["-p"], {}, "=80", 2],
    ["app -p=80", ["-p"], { shortEquals: true }, "80", 3],
    ["app --port 80 --port 90", ["--port"], {}, "80", 0],
    ["app --port 80 --port=90", ["--port"], { last: true }, "90", 7],
  ] as const)("%s reads %j", (script, names, options, value, start) => {
    const read = readFlagValue(words(script).args, names, options);
    expect(read && { value: read.value, start: read.start, bare: read.bare }).toEqual({ value, start, bare: false });
  });

  it("stops at a bare -- and at a flag with no word after it", () => {
    expect(readFlagValue(words("app -- --port 80").args, ["--port"])).toBeNull();
    expect(readFlagValue(words("app --port").args, ["--port"])).toBeNull();
  });

  it("reads an optional value as bare when a flag or nothing follows", () => {
    const { args } = words("vite --host --port 80");
    expect(readFlagValue(args, ["--host"], { optional: true })).toMatchObject({ bare: true, value: "", whole: { value: "--host" } });
    expect(readFlagValue(args, ["--port"], { optional: true })).toMatchObject({ bare: false, value: "80" });
  });

  it("gives an attached value its own range, quotes around the whole word left out", () => {
    const { args, text } = words(`app "--ip=0.0.0.0" -p8888`);
    const ip = valueWord(readFlagValue(args, ["--ip"])!);
    expect([ip.value, text.slice(ip.range[0], ip.range[1]), ip.loc.start.column]).toEqual(["0.0.0.0", "0.0.0.0", 15]);
    const port = valueWord(readFlagValue(args, ["-p"])!);
    expect([port.value, text.slice(port.range[0], port.range[1])]).toEqual(["8888", "8888"]);
  });
});

describe("wordAfter and optionValues", () => {
  it("gives the part after a prefix its own range: plain, quoted after the prefix, quoted whole; escapes keep the whole word's", () => {
    const { args, text } = words(`app --out=/a --out='/b' "--out=/c" --out=/d\\ e`);
    const parts = args.map((w) => wordAfter(w, 6));
    expect(parts.map((p) => [p.value, text.slice(p.range[0], p.range[1]), p.loc.end.column - p.loc.start.column])).toEqual([
      ["/a", "/a", 2],
      ["/b", "/b", 2],
      ["/c", "/c", 2],
      ["/d e", "--out=/d\\ e", 11],
    ]);
  });

  it("reads values of bundled short options and long ones", () => {
    const { args } = words("curl -fsSLo /a --output=/b -o/c -- -o /d");
    expect(optionValues(args, ["o"], ["--output"]).map((w) => w.value)).toEqual(["/a", "/b", "/c"]);
  });
});

describe("valueSpan", () => {
  it("finds part of a word written plainly or wholly quoted, and nothing when escapes differ", () => {
    const { args, text } = words(`app --bind=127.0.0.1:80 '127.0.0.1' 127\\.0.0.1`);
    const [plain, quoted, escaped] = args;
    const span = valueSpan(plain, 7, 16)!;
    expect(text.slice(span[0], span[1])).toBe("127.0.0.1");
    const inQuotes = valueSpan(quoted, 0, 9)!;
    expect(text.slice(inQuotes[0], inQuotes[1])).toBe("127.0.0.1");
    expect(valueSpan(escaped, 0, 3)).toBeNull();
  });
});

describe("isFlag, programName, firstPositional", () => {
  it("matches clusters of short flags and long flags with values", () => {
    expect([isFlag("-ec", "-c"), isFlag("-e", "-c"), isFlag("--yes=1", "--yes"), isFlag("--yesno", "--yes")]).toEqual([true, false, true, false]);
  });

  it("names a program by its base name", () => {
    expect([programName("/usr/local/bin/uvicorn"), programName("gunicorn")]).toEqual(["uvicorn", "gunicorn"]);
  });

  it("skips flags and their values; after -- every word is positional", () => {
    const { args } = words("flask --app x run --host 0.0.0.0");
    expect(firstPositional(args, ["--app"])).toMatchObject({ index: 2, word: { value: "run" } });
    expect(firstPositional(words("app -- -x").args)).toMatchObject({ index: 1, word: { value: "-x" } });
  });
});

describe("pythonRun", () => {
  it.each([
    ["python3 -m pip install x", "module", "pip", ["install", "x"]],
    ["python3 -u -W ignore -m pip install x", "module", "pip", ["install", "x"]],
    ["pypy3 -m http.server 9000", "module", "http.server", ["9000"]],
    ["python manage.py runserver", "script", "manage.py", ["runserver"]],
  ] as const)("%s runs the %s %s", (script, kind, name, rest) => {
    const run = pythonRun(script.split(" ")[0], words(script).args)!;
    expect([run.module ? "module" : "script", (run.module ?? run.script).value, run.args.map((w) => w.value)]).toEqual([kind, name, rest]);
  });

  it("runs no module for inline code, a script that takes -m, or another program", () => {
    expect(pythonRun("python", words("python -c 'import x' -m pip").args)).toBeNull();
    expect(pythonModule("python3", words("python3 app.py -m pip").args)).toBeNull();
    expect(pythonRun("node", words("node -m pip").args)).toBeNull();
  });
});
