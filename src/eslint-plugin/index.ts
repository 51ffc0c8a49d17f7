// docklint as an ESLint plugin (`docklint/eslint-plugin`): the Dockerfile language, the rules
// (the same modules docklint runs) and a recommended config.
import type { ConfigObject, RuleDefinition } from "@eslint/core";
import { allRules } from "../../rules/index.js";
import { DOCKERFILE_NAMES } from "../dockerfile-names.js";
import { isComposeRule, isRecommended, type Rule } from "../engine/rule.js";
import { loadShellParserSync } from "../shell/bash-parser.js";
import { VERSION } from "../version.js";
import { dockerfileLanguage } from "./language.js";

// ESLint parses synchronously: the WebAssembly shell parser is loaded when the plugin is loaded,
// and without a top-level await, so that an eslint.config.cjs can require() the plugin.
loadShellParserSync();

/**
 * Rules that need more than ESLint's rule context gives, with the reason. `shellcheck` reports
 * ShellCheck's own codes as messageIds and levels of their own, which ESLint's report() refuses.
 */
export const rulesLeftOut: Readonly<Record<string, string>> = {
  shellcheck: "its messageIds are ShellCheck's codes (SC2086...), which ESLint requires a rule to list in meta.messages",
  "pragma-known-rule": "it checks docklint's pragmas, which ESLint does not read (it has its own `# eslint-disable` comments)",
};

// Compose rules (meta.language "compose") read Compose files, which the plugin's language does not parse
const rules: Record<string, Rule> = Object.fromEntries(
  allRules.flatMap(({ id, rule }) => (id in rulesLeftOut || isComposeRule(rule) ? [] : [[id, rule]])),
);

const plugin = {
  meta: { name: "docklint", version: VERSION },
  languages: { dockerfile: dockerfileLanguage },
  rules: rules as Record<string, RuleDefinition>,
  configs: {} as { recommended: ConfigObject },
};

plugin.configs.recommended = {
  name: "docklint/recommended",
  files: DOCKERFILE_NAMES.map((name) => `**/${name}`),
  plugins: { docklint: plugin },
  language: "docklint/dockerfile",
  rules: Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => isRecommended(rule))
      .map(([id, rule]) => [`docklint/${id}`, rule.meta.defaultLevel === "error" ? "error" : "warn"]),
  ),
};

export default plugin;
// what require("docklint/eslint-plugin") returns (Node's require of an ES module): the plugin itself
export { plugin as "module.exports" };
