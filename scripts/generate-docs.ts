// `npm run docs`: writes docs/rules/<id>.md from each rule's meta and the README's rule table.
// test/docs.test.ts fails when these files are stale.
import fs from "node:fs";
import path from "node:path";
import { allRules } from "../rules/index.js";
import { rulePages, withAliasTable, withRuleTable } from "../src/docs/generated-docs.js";

const root = path.join(import.meta.dirname, "..");
const pages = rulePages(allRules);
fs.mkdirSync(path.join(root, "docs", "rules"), { recursive: true });
for (const file of fs.readdirSync(path.join(root, "docs", "rules"))) {
  if (!pages.has(`docs/rules/${file}`)) fs.rmSync(path.join(root, "docs", "rules", file));
}
for (const [file, content] of pages) fs.writeFileSync(path.join(root, file), content);
const readme = path.join(root, "README.md");
fs.writeFileSync(readme, withRuleTable(fs.readFileSync(readme, "utf8"), allRules));
const migrating = path.join(root, "docs", "migrating.md");
fs.writeFileSync(migrating, withAliasTable(fs.readFileSync(migrating, "utf8"), allRules));
console.log(`wrote ${pages.size} rule pages and the README rule table`);
