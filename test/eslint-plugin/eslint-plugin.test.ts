// The ESLint plugin under the real ESLint (Linter, flat config): the language's walk, parents,
// directive comments, inline config, recommended config, and findings and fixes equal to docklint's.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { allRules } from "../../rules/index.js";
import { isComposeRule } from "../../src/engine/rule.js";
import plugin, { rulesLeftOut } from "../../src/eslint-plugin/index.js";
import { DOCKERFILE_NAMES } from "../../src/dockerfile-names.js";
import { dockerfileLanguage } from "../../src/eslint-plugin/language.js";
import type { EslintDockerfileSourceCode } from "../../src/eslint-plugin/source-code.js";
import { fixText, lintText } from "../../src/index.js";

const cwd = "/project";
const filename = "/project/Dockerfile";

function eslint(code: string, extra: Linter.Config = {}): Linter.LintMessage[] {
  return new Linter({ cwd }).verify(code, [plugin.configs.recommended as Linter.Config, extra], { filename });
}

const brief = (messages: Linter.LintMessage[]) => messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId}`);

function sourceCodeOf(code: string): EslintDockerfileSourceCode {
  const file = { path: filename, physicalPath: filename, bom: false, body: code };
  const parsed = dockerfileLanguage.parse(file, { languageOptions: {} });
  if (!parsed.ok) throw new Error("did not parse");
  return dockerfileLanguage.createSourceCode(file, parsed, { languageOptions: {} });
}

describe("the plugin object", () => {
  it("names itself and offers the language, the rules and a recommended config", () => {
    expect(plugin.meta).toEqual({ name: "docklint", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(Object.keys(plugin.languages)).toEqual(["dockerfile"]);
    // which names: test/dockerfile-names.test.ts
    expect(plugin.configs.recommended.files).toEqual(DOCKERFILE_NAMES.map((name) => `**/${name}`));
    expect(plugin.configs.recommended.language).toBe("docklint/dockerfile");
  });

  it("its rules are docklint's own Dockerfile rules, less the ones ESLint cannot run", () => {
    expect(Object.keys(rulesLeftOut)).toEqual(["shellcheck", "pragma-known-rule"]);
    // Compose rules read Compose files, which the plugin's language does not parse
    for (const { id, rule } of allRules) expect(plugin.rules[id], id).toBe(id in rulesLeftOut || isComposeRule(rule) ? undefined : rule);
  });

  it("recommended turns on the recommended rules: errors as 'error', every other level as 'warn'", () => {
    const rules = plugin.configs.recommended.rules!;
    expect(rules["docklint/no-sudo"]).toBe("error");
    expect(rules["docklint/no-latest-tag"]).toBe("warn");
    expect(rules["docklint/apt-clean-lists"]).toBe("warn"); // info in docklint
    expect(rules["docklint/healthcheck-required"]).toBeUndefined(); // not recommended
    expect(Object.keys(rules)).not.toContain("docklint/shellcheck");
  });
});

describe("linting under ESLint", () => {
  const code = "FROM ubuntu:latest\nRUN apt-get update && \\\n    apt-get install curl\nRUN sudo ls\n";

  it("reports what docklint reports, at the same 1-based lines and columns", async () => {
    const messages = eslint(code);
    expect(brief(messages)).toEqual([
      "1:6-1:19 1 docklint/no-latest-tag",
      "2:13-2:19 1 docklint/apt-clean-lists", // at `update`, which writes the lists
      "3:13-3:20 1 docklint/apt-no-install-recommends",
      "3:13-3:20 1 docklint/apt-yes",
      "3:21-3:25 1 docklint/apt-pin-versions",
      "4:5-4:9 2 docklint/no-sudo",
    ]);
    const docklint = await lintText(code, { filePath: filename, noConfig: true });
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.message, m.fix])).toEqual(
      docklint.messages.map((m) => [`docklint/${m.ruleId}`, m.line, m.column, m.endLine, m.endColumn, m.message, m.fix]),
    );
  });

  it("eslint --fix writes the text docklint --fix writes", async () => {
    const fixed = new Linter({ cwd }).verifyAndFix(code, [plugin.configs.recommended as Linter.Config], { filename });
    expect(fixed.output).toBe(
      "FROM ubuntu:latest\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nRUN sudo ls\n",
    );
    expect(fixed.output).toBe((await fixText(code, { filePath: filename, noConfig: true })).output);
  });

  it("a file docklint cannot make sense of gets the syntax rule's error, not a crash", () => {
    expect(brief(eslint("FROM alpine:3.20\nRUN <<EOF\necho never closed\n"))).toEqual(["2:5-4:1 2 docklint/syntax"]);
  });

  it("options are validated against the rule's schema", () => {
    expect(() => eslint("FROM alpine:3.20\n", { rules: { "docklint/trusted-registries": ["error", { registries: "docker.io" }] } })).toThrow(
      /Key "docklint\/trusted-registries":\s+Value "docker.io" should be array/,
    );
  });

  it("rule options and settings reach the rules", () => {
    const options = { rules: { "docklint/trusted-registries": ["error", { registries: ["ghcr.io"] }] } } as Linter.Config;
    expect(brief(eslint("FROM ghcr.io/a/b:1\nFROM quay.io/a/b:1\n", options))).toEqual(["2:6-2:19 2 docklint/trusted-registries"]);
    const settings = { settings: { trustedRegistries: ["quay.io"] }, rules: { "docklint/trusted-registries": "error" } } as Linter.Config;
    expect(brief(eslint("FROM ghcr.io/a/b:1\nFROM quay.io/a/b:1\n", settings))).toEqual(["1:6-1:19 2 docklint/trusted-registries"]);
  });

  it("refuses languageOptions other than the build inputs", () => {
    expect(() => eslint("FROM alpine:3.20\n", { languageOptions: { shell: "bash" } })).toThrow(/docklint\/dockerfile's languageOptions are buildArgs .* \(got 'shell'\)/);
    expect(() => eslint("FROM alpine:3.20\n", { languageOptions: { buildArgs: { TAG: 3 } } })).toThrow(/\(got 'buildArgs'\)/);
  });

  it("languageOptions buildArgs and target lint the build docker build --build-arg --target runs", () => {
    const code = "ARG TAG=3.12\nFROM python:${TAG} AS dev\nUSER root\nFROM python:3.12-slim AS prod\nUSER app\n";
    const rules = { rules: { "docklint/last-user-not-root": "error", "docklint/no-latest-tag": "error" } } as Linter.Config;
    expect(brief(eslint(code, rules))).toEqual([]);
    const dev = { ...rules, languageOptions: { target: "dev", buildArgs: { TAG: "latest" } } } as Linter.Config;
    expect(brief(eslint(code, dev))).toEqual(["2:6-2:19 2 docklint/no-latest-tag", "3:1-3:10 2 docklint/last-user-not-root"]);
  });
});

describe("directive comments", () => {
  const sudo = "FROM alpine:3.20\nRUN sudo ls\nRUN sudo id\n";
  // two rules only, so that each case shows just what the comments do
  const twoRules = [{ ...(plugin.configs.recommended as Linter.Config), rules: { "docklint/no-sudo": "error", "docklint/apt-yes": "warn" } } as Linter.Config];
  const eslint = (code: string) => new Linter({ cwd }).verify(code, twoRules, { filename });

  it("# eslint-disable-next-line docklint/<id> silences that rule on the next line", () => {
    const code = "FROM alpine:3.20\n# eslint-disable-next-line docklint/no-sudo -- needed here\nRUN sudo ls\nRUN sudo id\n";
    expect(brief(eslint(code))).toEqual(["4:5-4:9 2 docklint/no-sudo"]);
  });

  it("works inside a RUN's continuation lines, where Dockerfile comments may stand", () => {
    const code = "FROM alpine:3.20\nRUN true && \\\n    # eslint-disable-next-line docklint/no-sudo\n    sudo ls && \\\n    sudo id\n";
    expect(brief(eslint(code))).toEqual(["5:5-5:9 2 docklint/no-sudo"]);
  });

  it("# eslint-disable / # eslint-enable bound a region", () => {
    const code = "FROM alpine:3.20\n# eslint-disable docklint/no-sudo\nRUN sudo ls\n# eslint-enable docklint/no-sudo\nRUN sudo id\n";
    expect(brief(eslint(code))).toEqual(["5:5-5:9 2 docklint/no-sudo"]);
    expect(brief(eslint(`# eslint-disable\n${sudo}`))).toEqual([]);
  });

  it("an unknown rule in a directive is an error; an unused one is reported and removed by --fix", () => {
    expect(eslint(`# eslint-disable-next-line docklint/no-such-rule\n${sudo}`).map((m) => [m.line, m.column, m.message])).toEqual([
      [1, 1, "Definition for rule 'docklint/no-such-rule' was not found."],
      [3, 5, expect.stringContaining("sudo")],
      [4, 5, expect.stringContaining("sudo")],
    ]);
    const unused = `# eslint-disable-next-line docklint/no-sudo, docklint/apt-yes\n${sudo}`;
    expect(eslint(unused).map((m) => [m.line, m.column, m.ruleId, m.message])).toEqual([
      [1, 1, null, "Unused eslint-disable directive (no problems were reported from 'docklint/no-sudo' or 'docklint/apt-yes')."],
      [3, 5, "docklint/no-sudo", expect.any(String)],
      [4, 5, "docklint/no-sudo", expect.any(String)],
    ]);
    const partly = `FROM alpine:3.20\n# eslint-disable-next-line docklint/no-sudo, docklint/apt-yes\nRUN sudo ls\n`;
    const fixed = new Linter({ cwd }).verifyAndFix(partly, twoRules, { filename });
    expect(fixed.output).toBe("FROM alpine:3.20\n# eslint-disable-next-line docklint/no-sudo\nRUN sudo ls\n");
  });

  it("# eslint docklint/<id>: off configures a rule for the file; a malformed one is reported", () => {
    expect(brief(eslint(`# eslint docklint/no-sudo: off\n${sudo}`))).toEqual([]);
    const malformed = eslint(`# eslint docklint/no-sudo: [error, {\n${sudo}`);
    expect(brief(malformed)).toEqual(["1:1-1:37 2 null", "3:5-3:9 2 docklint/no-sudo", "4:5-4:9 2 docklint/no-sudo"]);
    expect(malformed[0].message).toMatch(/^Failed to parse JSON from/);
  });
});

describe("the source code ESLint walks", () => {
  const code = "ARG V=1\nFROM alpine:$V AS base\nRUN apk add curl | tee log\nONBUILD RUN make\nFROM base\nCMD [\"run\"]\n";

  it("visits the Dockerfile, stages, instructions, ONBUILD triggers and each command of a RUN or CMD, in document order", () => {
    const steps = [...sourceCodeOf(code).traverse()].map((s) => {
      const node = s.target as { type: string; command?: string };
      return `${node.type}${node.command ? `(${node.command})` : ""}${s.phase === 2 ? ":exit" : ""}`;
    });
    expect(steps).toEqual([
      "Dockerfile",
      "Arg",
      "Arg:exit",
      "Stage",
      "From",
      "From:exit",
      "Run",
      "ShellCommand(apk)",
      "ShellCommand(apk):exit",
      "ShellCommand(tee)",
      "ShellCommand(tee):exit",
      "Run:exit",
      "Onbuild",
      "Run",
      "ShellCommand(make)",
      "ShellCommand(make):exit",
      "Run:exit",
      "Onbuild:exit",
      "Stage:exit",
      "Stage",
      "From",
      "From:exit",
      "Cmd",
      "ShellCommand(run)",
      "ShellCommand(run):exit",
      "Cmd:exit",
      "Stage:exit",
      "Dockerfile:exit",
    ]);
  });

  it("knows every visited node's parent and ancestors", () => {
    const sourceCode = sourceCodeOf(code);
    const steps = [...sourceCode.traverse()];
    const make = steps.map((s) => s.target as { type: string; command?: string }).find((n) => n.command === "make")!;
    expect(sourceCode.getAncestors(make as never).map((n) => n.type)).toEqual(["Dockerfile", "Stage", "Onbuild", "Run"]);
    expect(sourceCode.getParent(sourceCode.ast)).toBeUndefined();
  });

  it("converts between offsets and 1-based positions", () => {
    const sourceCode = sourceCodeOf("FROM a\r\nRUN x\n");
    expect(sourceCode.getLocFromIndex(9)).toEqual({ line: 2, column: 2 });
    expect(sourceCode.getIndexFromLoc({ line: 2, column: 2 })).toBe(9);
  });

  it("follows `# hadolint shell=` : a PowerShell RUN has no commands to visit", () => {
    const steps = [...sourceCodeOf("# hadolint shell=pwsh\nFROM a:1\nRUN Get-Item x\n").traverse()];
    expect(steps.map((s) => (s.target as { type: string }).type)).not.toContain("ShellCommand");
  });
});
