// A rule's documentation as its file writes it. The command's bundle leaves the long parts
// (rationale, examples, differences: a sixth of the V8 code cache every run deserializes) out of
// the rules it bundles and keeps them in a file beside it, read only by what prints them:
// `--explain`, the language server's hover, and the formats that describe rules (SARIF,
// SonarQube). The library and the ESLint plugin keep every rule whole; there this is the meta.
import fs from "node:fs";
import type { AnyRule, RuleDocs } from "../engine/rule.js";

/** The file beside the command's bundle holding what its build left out; set only by that build (scripts/build.mjs). */
declare const __DOCKLINT_RULE_DOCS__: string | undefined;

export type LongDocs = Pick<RuleDocs, "rationale" | "examples" | "differences">;

let leftOut: Record<string, LongDocs> | undefined;

export function documentationOf(id: string, rule: AnyRule): RuleDocs {
  if (typeof __DOCKLINT_RULE_DOCS__ === "undefined") return rule.meta.docs;
  leftOut ??= JSON.parse(fs.readFileSync(new URL(__DOCKLINT_RULE_DOCS__, import.meta.url), "utf8")) as Record<string, LongDocs>;
  return Object.hasOwn(leftOut, id) ? { ...rule.meta.docs, ...leftOut[id] } : rule.meta.docs;
}
