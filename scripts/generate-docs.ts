// `npm run docs`: writes docs/rules/<id>.md from each rule's meta, the README's rule table and the
// config's JSON schema. test/docs.test.ts and test/engine/config-schema.test.ts fail when these files are stale.
import fs from "node:fs";
import path from "node:path";
import { allRules } from "../rules/index.js";
import { rulePages, withAliasTable, withRuleTable } from "../src/docs/generated-docs.js";
import { configSchemaText } from "../src/config/json-schema.js";
import { ruleRegistry } from "../src/lint-session.js";

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
fs.writeFileSync(path.join(root, "docs", "docklintrc.schema.json"), configSchemaText(ruleRegistry()));
console.log(`wrote ${pages.size} rule pages, the README rule table and docs/docklintrc.schema.json`);
