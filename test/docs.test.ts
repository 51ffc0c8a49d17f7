// Generated docs are current: run `npm run docs` when this fails.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../rules/index.js";
import { rulePages, withAliasTable, withRuleTable } from "../src/docs/generated-docs.js";

const root = path.join(import.meta.dirname, "..");

describe("generated docs (npm run docs)", () => {
  const pages = rulePages(allRules);

  it("docs/rules has exactly one page per rule", () => {
    expect(fs.readdirSync(path.join(root, "docs", "rules")).sort()).toEqual([...pages.keys()].map((p) => path.basename(p)).sort());
  });

  for (const [file, content] of pages) {
    it(`${file} is current`, () => {
      expect(fs.readFileSync(path.join(root, file), "utf8")).toBe(content);
    });
  }

  it("the README's rule table is current", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toBe(withRuleTable(readme, allRules));
  });

  it("docs/migrating.md's table of hadolint, BuildKit, Trivy and Checkov ids is current", () => {
    const text = fs.readFileSync(path.join(root, "docs", "migrating.md"), "utf8");
    expect(text).toBe(withAliasTable(text, allRules));
  });

  it("the README opens with the install-and-lint and the test commands", () => {
    const opening = fs.readFileSync(path.join(root, "README.md"), "utf8").split("\n").slice(0, 20).join("\n");
    expect(opening).toContain("npm ci && npx docklint path/to/Dockerfile");
    expect(opening).toContain("npm test");
  });
});
