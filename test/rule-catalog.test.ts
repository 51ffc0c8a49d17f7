// Every rule agrees with the product catalog (../shared/RULES.md), has complete docs whose
// examples behave as documented, has its own test file, and is listed in the generated index.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { allRules } from "../rules/index.js";
import { loadShellParser } from "../src/shell/bash-parser.js";
import { lintWithRule } from "./rule-tester.js";
import type { Example } from "../src/engine/rule.js";
// @ts-expect-error: a plain .mjs script without types
import { renderIndex } from "../scripts/generate-rule-index.mjs";

interface CatalogRow {
  aliases: string[];
  level: string;
  recommended: boolean;
  recommendedText: string;
  fix: string;
}

function readCatalog(): Map<string, CatalogRow> {
  const file = path.join(import.meta.dirname, "..", "..", "shared", "RULES.md");
  const rows = new Map<string, CatalogRow>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 7 || !/^[a-z][a-z0-9-]*$/.test(cells[1])) continue;
    rows.set(cells[1], {
      aliases: cells[2] ? cells[2].split(",").map((a) => a.trim()) : [],
      level: cells[3],
      recommended: cells[4] === "yes",
      recommendedText: cells[4],
      fix: cells[5],
    });
  }
  return rows;
}

describe("rule catalog", () => {
  const catalog = readCatalog();
  beforeAll(() => loadShellParser());

  it("rules/index.ts lists every rule file (npm run rules:index)", () => {
    expect(fs.readFileSync(path.join(import.meta.dirname, "..", "rules", "index.ts"), "utf8")).toBe(renderIndex());
  });

  for (const { id, rule } of allRules) {
    describe(id, () => {
      it("matches its row in RULES.md", () => {
        const row = catalog.get(id);
        expect(row, `${id} is not in RULES.md`).toBeDefined();
        expect(expandAliases(rule.meta.aliases)).toEqual(expandAliases(row!.aliases));
        // "per SC code": each finding carries ShellCheck's own severity
        if (row!.level !== "per SC code") expect(rule.meta.defaultLevel).toBe(row!.level);
        if (rule.meta.docs.recommendedWhen) expect(rule.meta.docs.recommendedWhen.text).toBe(row!.recommendedText);
        else expect(rule.meta.docs.recommended).toBe(row!.recommended);
        expect(rule.meta.fixable === "code" ? "fix" : rule.meta.hasSuggestions ? "suggest" : "").toBe(row!.fix);
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
        const asCase = (example: Example) => (typeof example === "string" ? { code: example } : example);
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

/** `CKV2_DOCKER_2..16` in the catalog stands for each number in the range. */
function expandAliases(aliases: string[]): string[] {
  return aliases
    .flatMap((a) => {
      const range = /^(.*?)(\d+)\.\.(\d+)$/.exec(a);
      if (!range) return [a];
      const out: string[] = [];
      for (let n = Number(range[2]); n <= Number(range[3]); n++) out.push(`${range[1]}${n}`);
      return out;
    })
    .sort();
}
