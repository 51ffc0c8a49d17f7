// The rule catalog is the rules' own meta (README's table and docs/rules/ are generated from it,
// test/docs.test.ts): every rule's meta is well formed, its docs are complete and their examples
// behave as documented, it has its own test file, and it is listed in the generated index.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { allRules } from "../rules/index.js";
import { loadShellParser } from "../src/shell/bash-parser.js";
import { loadComposeSupport } from "../src/compose/load.js";
import { lintWithRule } from "./rule-tester.js";
import type { Example } from "../src/engine/rule.js";
// @ts-expect-error: a plain .mjs script without types
import { renderIndex } from "../scripts/generate-rule-index.mjs";

const LEVELS = ["error", "warning", "info", "style"];
/** The forms of other tools' ids: hadolint (DL), ShellCheck (SC*), Trivy (DS), Checkov, BuildKit's check names, DCLint's rule names. */
const ALIAS_FORMS = /^(DL\d{4}|SC\*|DS\d{3}|CKV2?_DOCKER_\d+|[A-Z][A-Za-z]+|[a-z]+(?:-[a-z]+)+)$/;

describe("rule catalog", () => {
  beforeAll(() => Promise.all([loadShellParser(), loadComposeSupport()]));

  it("rules/index.ts lists every rule file (npm run rules:index)", () => {
    expect(fs.readFileSync(path.join(import.meta.dirname, "..", "rules", "index.ts"), "utf8")).toBe(renderIndex());
  });

  it("a hadolint code names one rule: --rule DL3008=off and its pragmas cannot mean two", () => {
    const rulesOf = new Map<string, string[]>();
    for (const { id, rule } of allRules) for (const alias of rule.meta.aliases ?? []) rulesOf.set(alias, [...(rulesOf.get(alias) ?? []), id]);
    expect([...rulesOf].filter(([alias, ids]) => alias.startsWith("DL") && ids.length > 1)).toEqual([]);
  });

  for (const { id, rule } of allRules) {
    describe(id, () => {
      it("has an id, a level and aliases of the catalog's forms", () => {
        expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        expect(LEVELS).toContain(rule.meta.defaultLevel);
        for (const alias of rule.meta.aliases ?? []) expect(alias).toMatch(ALIAS_FORMS);
        expect(new Set(rule.meta.aliases).size).toBe((rule.meta.aliases ?? []).length);
      });

      it("has docs and a test file", () => {
        const docs = rule.meta.docs;
        expect(docs.description.length).toBeGreaterThan(10);
        expect(docs.rationale.length).toBeGreaterThan(20);
        expect(docs.examples.valid.length).toBeGreaterThan(0);
        expect(docs.examples.invalid.length).toBeGreaterThan(0);
        if (rule.meta.fixable || rule.meta.hasSuggestions) expect(docs.fixSafety, "fixable rules explain fix safety").toBeTruthy();
        expect(fs.existsSync(path.join(import.meta.dirname, "rules", `${id}.test.ts`))).toBe(true);
      });

      it("flags its invalid examples and accepts its valid ones", () => {
        // files beside an example are named relative to its directory, /project
        const asCase = (example: Example) =>
          typeof example === "string" ? { code: example } : { ...example, files: Object.fromEntries(Object.entries(example.files ?? {}).map(([name, text]) => [`/project/${name}`, text])) };
        for (const example of rule.meta.docs.examples.valid) {
          expect(lintWithRule(id, asCase(example)).findings, asCase(example).code).toEqual([]);
        }
        // a rule that needs an outside tool can only flag anything where the tool is installed
        if (!(rule.meta.docs.recommendedWhen?.test() ?? true)) return;
        for (const example of rule.meta.docs.examples.invalid) {
          expect(lintWithRule(id, asCase(example)).findings.length, asCase(example).code).toBeGreaterThan(0);
        }
      });
    });
  }
});
