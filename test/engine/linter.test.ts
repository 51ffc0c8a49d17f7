// The engine with purpose-made rules: dispatch, pragmas, levels, crashes, fixes.
import { beforeAll, describe, expect, it } from "vitest";
import { applyFixes } from "../../src/engine/fix.js";
import { lintText } from "../../src/engine/linter.js";
import { RuleRegistry } from "../../src/engine/registry.js";
import { readPragmas } from "../../src/engine/pragmas.js";
import { parseDockerfile } from "../../src/parse/parse.js";
import { resolveForFile } from "../../src/config/config.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { ruleRegistry } from "../../src/lint-session.js";
import type { NamedRule, Rule } from "../../src/engine/rule.js";
import { active, fakeRules, flagUser } from "./fake-rules.js";

const registry = new RuleRegistry(fakeRules);
const lint = (text: string, ids = ["flag-user"]) => lintText(text, { filename: "/p/Dockerfile", cwd: "/p", rules: active(ids), registry });
const positions = (text: string, ids?: string[]) => lint(text, ids).findings.map((f) => [f.ruleId, f.line, f.column]);

beforeAll(() => loadShellParser());

describe("reports", () => {
  it("interpolates messages and carries level, severity, position and fix", () => {
    const [finding] = lint("FROM a:1\nUSER root\n").findings;
    expect(finding).toEqual({
      ruleId: "flag-user",
      level: "warning",
      severity: 1,
      message: "Found root.",
      messageId: "found",
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 10,
      fix: { range: [14, 18], text: "1000" },
    });
  });

  it("fills every placeholder of a message that the data names, and leaves the others as written", () => {
    const messages = () => lint("FROM a:1\nUSER root\nUSER app\n", ["templated"]).findings.map((f) => f.message);
    expect(messages()).toEqual(["root is root; {{unknown}} and {{ }} stay, root!", "app is app; {{unknown}} and {{ }} stay, app!"]);
    expect(messages()).toEqual(["root is root; {{unknown}} and {{ }} stay, root!", "app is app; {{unknown}} and {{ }} stay, app!"]);
  });

  it("a crashing rule becomes one internal finding and the other rules still run", () => {
    const findings = lint("FROM a:1\nRUN true\nRUN false\nUSER x\n", ["crashes", "flag-user"]).findings;
    expect(findings.map((f) => [f.ruleId, f.line, f.messageId])).toEqual([
      ["crashes", 2, "internal"],
      ["flag-user", 4, "found"],
    ]);
    expect(findings[0].message).toBe("Internal error in rule 'crashes': boom. Please report it; the other rules still ran.");
  });
});

describe("what else a lint reports", () => {
  it("the files rules depend on, each once", () => {
    expect(lint("FROM a:1\nCOPY a /a\nCOPY b /b\n", ["reads-file"]).inputs).toEqual(["/p/.dockerignore"]);
    expect(lint("FROM a:1\nRUN true\n", ["reads-file"]).inputs).toEqual([]);
  });

  it("with timing: milliseconds per rule that ran and per phase; without: neither", () => {
    const options = { filename: "/p/Dockerfile", cwd: "/p", rules: active(["flag-user", "breaking-fix"]), registry };
    const timed = lintText("FROM a:1\nRUN curl x\nUSER root\n", { ...options, timing: true });
    expect(Object.keys(timed.timings!).sort()).toEqual(["breaking-fix", "flag-user"]);
    expect(Object.keys(timed.phases!)).toEqual(["parse", "shell", "rules"]);
    for (const ms of [...Object.values(timed.timings!), ...Object.values(timed.phases!)]) expect(ms).toBeGreaterThanOrEqual(0);
    const plain = lintText("FROM a:1\nRUN curl x\nUSER root\n", options);
    expect(plain.timings).toBeUndefined();
    expect(plain.phases).toBeUndefined();
  });
});

describe("shared parsing", () => {
  it("every rule sees the same shell parse of a RUN and the same variables: nothing is parsed twice", () => {
    const seen: { commands: unknown[]; dispatched: unknown[]; variables: unknown }[] = [];
    const watcher = (): Rule => ({
      meta: flagUser.meta,
      create(context) {
        const mine = { commands: [] as unknown[], dispatched: [] as unknown[], variables: context.sourceCode.variables };
        seen.push(mine);
        return {
          Run: (run) => void mine.commands.push(context.sourceCode.commandsOf(run)),
          ShellCommand: (command) => void mine.dispatched.push(command),
        };
      },
    });
    const rules = [
      { id: "a", rule: watcher(), level: "warning" as const, options: [] },
      { id: "b", rule: watcher(), level: "warning" as const, options: [] },
    ];
    lintText("FROM a:1\nRUN apt-get update && apt-get install -y curl\nRUN echo $HOME\n", { filename: "/p/Dockerfile", cwd: "/p", rules, registry });
    const [a, b] = seen;
    expect(a.commands.length).toBe(2);
    a.commands.forEach((commands, i) => expect(commands).toBe(b.commands[i]));
    expect(a.dispatched.length).toBe(3);
    a.dispatched.forEach((command, i) => expect(command).toBe(b.dispatched[i]));
    expect(a.dispatched).toEqual(a.commands.flat());
    expect(a.variables).toBe(b.variables);
  });
});

describe("pragmas", () => {
  it("docklint-disable-next-line covers the whole next instruction, by id or alias, with a reason", () => {
    expect(positions("FROM a:1\n# docklint-disable-next-line flag-user -- it is fine\nUSER x\nUSER y\n")).toEqual([["flag-user", 4, 1]]);
    expect(positions("FROM a:1\n# docklint-disable-next-line XX0001\nUSER x\nUSER y\n")).toEqual([["flag-user", 4, 1]]);
  });

  it("docklint-disable disables for the whole file; without ids, every rule", () => {
    expect(positions("FROM a:1\nUSER x\n# docklint-disable FlagUser\nUSER y\n")).toEqual([]);
    expect(positions("# docklint-disable\nFROM a:1\nUSER x\n")).toEqual([]);
  });

  it("hadolint ignore= (next instruction), global ignore= and stage ignore=", () => {
    expect(positions("FROM a:1\n# hadolint ignore=XX0001 # a reason\nUSER x\nUSER y\n")).toEqual([["flag-user", 4, 1]]);
    expect(positions("FROM a:1\nUSER x\n# hadolint global ignore=XX0001\nUSER y\n")).toEqual([]);
    expect(positions("FROM a:1\nUSER w\n# hadolint stage ignore=XX0001\nUSER x\nFROM b:1\nUSER y\n")).toEqual([
      ["flag-user", 2, 1],
      ["flag-user", 6, 1],
    ]);
  });

  it("BuildKit's check=skip directive, including skip=all", () => {
    expect(positions("# check=skip=FlagUser\nFROM a:1\nUSER x\n")).toEqual([]);
    expect(positions("# check=skip=all;error=true\nFROM a:1\nUSER x\n")).toEqual([]);
  });

  it("a check=skip= comment below the directives covers the next instruction only, and its value ends at the first blank", () => {
    const text = "FROM a:1\nUSER w\n# check=skip=FlagUser // the reason\nUSER x\nUSER y\n";
    expect(positions(text)).toEqual([
      ["flag-user", 2, 1],
      ["flag-user", 5, 1],
    ]);
    // `// the reason` names no rule: nothing after the blank is read
    expect(readPragmas(parseDockerfile(text).document, text, registry, { hadolintPragmas: true }).unknownNames).toEqual([]);
    expect(positions("FROM a:1\n# check=skip=all\nUSER x\nUSER y\n")).toEqual([["flag-user", 4, 1]]);
    // below the directives, error= is not read
    expect(lint("FROM a:1\n# check=error=true\nUSER x\n").findings.map((f) => f.level)).toEqual(["warning"]);
  });

  it("BuildKit's own case: a mid-file check=skip= leaves the ARG above and the ENV after the next one flagged", () => {
    const real = ruleRegistry();
    const rules = ["no-secrets-in-arg-env"].map((id) => ({ id, rule: real.get(id)!, level: "warning" as const, options: [] }));
    const text = "FROM alpine:3.20\nARG DB_PASSWORD\n# check=skip=SecretsUsedInArgOrEnv\nENV API_TOKEN=abc\nENV GITHUB_TOKEN=def\n";
    const found = lintText(text, { filename: "/p/Dockerfile", cwd: "/p", rules, registry: real }).findings;
    expect(found.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ["no-secrets-in-arg-env", 2, 5],
      ["no-secrets-in-arg-env", 5, 5],
    ]);
  });

  it("check=experimental= turns build checks on, by name or all, and they run even when skipped", () => {
    expect(positions("# check=experimental=FlagUser\nFROM a:1\nUSER x\n", ["breaking-fix"])).toEqual([["flag-user", 3, 1]]);
    expect(positions("# check=experimental=all\nFROM a:1\nUSER x\nRUN curl y\n", [])).toEqual([["flag-user", 3, 1]]);
    expect(positions("# check=skip=all;experimental=all\nFROM a:1\nUSER x\n", [])).toEqual([["flag-user", 3, 1]]);
    // below the directives it is not read
    expect(positions("FROM a:1\n# check=experimental=FlagUser\nUSER x\n", [])).toEqual([]);
  });

  it("check=error=true makes build-check findings errors, and only those", () => {
    const text = "# check=error=true\nFROM a:1\nUSER x\nRUN curl y\n";
    const findings = lint(text, ["flag-user", "breaking-fix"]).findings;
    expect(findings.map((f) => [f.ruleId, f.level, f.severity])).toEqual([
      ["flag-user", "error", 2], // alias FlagUser names a build check
      ["breaking-fix", "warning", 1],
    ]);
  });

  it("shell rules see no commands under PowerShell: # hadolint shell=, SHELL [\"pwsh\"], and not in exec form parsing", () => {
    expect(positions("FROM a:1\nRUN curl x\n", ["breaking-fix"])).toEqual([["breaking-fix", 2, 5]]);
    expect(positions("# hadolint shell=powershell\nFROM a:1\nRUN curl x\n", ["breaking-fix"])).toEqual([]);
    expect(positions('FROM a:1\nSHELL ["pwsh", "-Command"]\nRUN curl x\n', ["breaking-fix"])).toEqual([]);
    expect(positions('FROM a:1 AS base\nSHELL ["pwsh", "-Command"]\nFROM base\nRUN curl x\n', ["breaking-fix"])).toEqual([]);
    // exec form is the program's argv, never shell-parsed: `curl x && y` is one command named curl
    expect(positions('FROM a:1\nRUN ["curl", "x && wget y"]\n', ["breaking-fix"])).toEqual([["breaking-fix", 2, 6]]);
  });

  it("names that stand for no rule, alias or known code are noted with their offsets for rules; the engine reports nothing itself", () => {
    const withCodes = new RuleRegistry(fakeRules, ["OT0001"]);
    const text = "# check=skip=FlagUser,Nope\nFROM a:1\n# hadolint ignore=DL9999,OT0001, XX0001\nUSER x\n";
    const unknown = readPragmas(parseDockerfile(text).document, text, withCodes, { hadolintPragmas: true }).unknownNames;
    expect(unknown).toEqual([
      { name: "DL9999", range: [54, 60] },
      { name: "Nope", range: [22, 26] },
    ]);
    expect(unknown.map((u) => text.slice(...u.range))).toEqual(["DL9999", "Nope"]);
    expect(lint(text).findings.map((f) => [f.ruleId, f.line])).toEqual([]);
  });

  it("a multi-line instruction is covered on every line", () => {
    expect(positions("FROM a:1\n# docklint-disable-next-line breaking-fix\nRUN echo a && \\\n  curl x\n", ["breaking-fix"])).toEqual([]);
  });
});

describe("aliases of single messages", () => {
  const codes = (text: string, messageLevels?: Record<string, "off" | "error">) =>
    lintText(text, {
      filename: "/p/Dockerfile",
      cwd: "/p",
      rules: active(["with-codes"]).map((r) => ({ ...r, messageLevels })),
      registry,
    }).findings.map((f) => [f.messageId, f.level, f.message]);

  it("a rule may report a tool's code with its own text and level", () => {
    expect(codes("FROM a:1\nRUN x\n")).toEqual([
      ["found", "warning", "Found RUN."],
      ["XC1234", "info", "Tool says so."],
    ]);
  });

  it("pragmas naming one message suppress that message only", () => {
    expect(codes("FROM a:1\n# hadolint ignore=XC1234\nRUN x\n").map(([id]) => id)).toEqual(["found"]);
    expect(codes("FROM a:1\n# docklint-disable-next-line XX0100\nRUN x\n").map(([id]) => id)).toEqual(["XC1234"]);
    expect(codes("FROM a:1\n# hadolint ignore=XX0100,xc1234\nRUN x\n")).toEqual([]);
  });

  it("message levels from config turn one message off or change its level", () => {
    expect(codes("FROM a:1\nRUN x\n", { XC1234: "off", found: "error" })).toEqual([["found", "error", "Found RUN."]]);
  });

  it("config entries naming one message become message levels", async () => {
    const resolved = await resolveForFile("/p/Dockerfile", { config: { rules: { XC1234: "off", XX0100: "error" } }, file: null }, { registry });
    expect(resolved.rules.find((r) => r.id === "with-codes")?.messageLevels).toEqual({ XC1234: "off", found: "error" });
  });
});

describe("fixes", () => {
  it("applies fixes and re-lints until stable", () => {
    const result = applyFixes("FROM a:1\nUSER root\nUSER root\n", (t) => lint(t));
    expect(result.output).toBe("FROM a:1\nUSER 1000\nUSER 1000\n");
    expect(result.changed).toBe(true);
    expect(result.findings.map((f) => f.line)).toEqual([2, 3]);
  });

  it("rejects a fix whose result does not parse, keeping the text", () => {
    const text = "FROM a:1\nRUN curl x\n";
    const result = applyFixes(text, (t) => lint(t, ["breaking-fix"]));
    expect(result.output).toBe(text);
    expect(result.rejected).toEqual([{ ruleId: "breaking-fix", reason: "the fixed text does not parse" }]);
  });

  it("rejects a fix that adds findings but keeps the other rules' fixes", () => {
    const result = applyFixes("FROM a:1\nUSER root\n", (t) => lint(t, ["flag-user", "adds-findings"]));
    expect(result.output).toBe("FROM a:1\nUSER 1000\n");
    expect(result.rejected).toEqual([{ ruleId: "adds-findings", reason: "the fix adds flag-user findings" }]);
  });

  it("refuses the one fix that adds findings, and applies the same rule's other fixes, before and after it", () => {
    const text = "FROM a:1\nLABEL a=1\nLABEL user=x\nLABEL b=2\nLABEL c=3\n";
    // alone, every fix is applied
    expect(applyFixes(text, (t) => lint(t, ["label-to-env"])).output).toBe("FROM a:1\nENV a=1\nUSER x\nENV b=2\nENV c=3\n");
    const refused = applyFixes(text, (t) => lint(t, ["flag-user", "label-to-env"]));
    expect(refused.output).toBe("FROM a:1\nENV a=1\nLABEL user=x\nENV b=2\nENV c=3\n");
    expect(refused.rejected).toEqual([{ ruleId: "label-to-env", reason: "the fix adds flag-user findings" }]);
    expect(refused.findings.map((f) => [f.ruleId, f.line])).toEqual([["label-to-env", 3]]);
  });
});

describe("rule options", () => {
  it("are passed to the rule", () => {
    const text = "FROM a:1\nFROM b:1\nFROM c:1\n";
    const run = (options: unknown[]) =>
      lintText(text, { filename: "/p/Dockerfile", cwd: "/p", rules: active(["with-options"], { "with-options": options }), registry }).findings.map((f) => f.line);
    expect(run([])).toEqual([2]);
    expect(run([{ max: 2 }])).toEqual([3]);
  });
});
