// A rule's documentation page, rendered from its meta: used by `--explain` and `npm run docs`.
import type { AnyRule as Rule, Example } from "../engine/rule.js";
import { documentationOf } from "./documentation.js";

const fence = (example: Example, language: string) => {
  const code = typeof example === "string" ? example : example.code;
  const options = typeof example === "string" || !example.options.length ? "" : `With the options \`${JSON.stringify(example.options)}\`:\n\n`;
  const beside = typeof example === "string" ? [] : Object.entries(example.files ?? {});
  const files = beside.map(([name, text]) => `With \`${name}\` beside it:\n\n\`\`\`${name.endsWith("Dockerfile") ? "dockerfile" : "text"}\n${text.replace(/\n$/, "")}\n\`\`\`\n\n`).join("");
  return files + options + "```" + language + "\n" + code.replace(/\n$/, "") + "\n```";
};

export function renderRuleDoc(id: string, rule: Rule): string {
  const { meta } = rule;
  const docs = documentationOf(id, rule);
  const language = meta.language === "compose" ? "yaml" : "dockerfile";
  const fix = meta.fixable ? "yes (`--fix`)" : meta.hasSuggestions ? "suggestion (editor quick fix, never applied by `--fix`)" : "no";
  const lines = [
    `# ${id}`,
    "",
    docs.description,
    "",
    "| default level | recommended | fix | aliases |",
    "|---|---|---|---|",
    `| ${meta.defaultLevel} | ${docs.recommendedWhen?.text ?? (docs.recommended ? "yes" : "no")} | ${fix} | ${meta.aliases.map((a) => `\`${a}\``).join(", ") || "none"} |`,
    "",
    "## Why",
    "",
    docs.rationale,
    "",
    "## Flagged",
    "",
    ...docs.examples.invalid.flatMap((code) => [fence(code, language), ""]),
    "## Accepted",
    "",
    ...docs.examples.valid.flatMap((code) => [fence(code, language), ""]),
  ];
  if (docs.fixSafety) lines.push("## Fix safety", "", docs.fixSafety, "");
  if (docs.differences) lines.push("## Differences from other linters", "", docs.differences, "");
  if (meta.schema && Array.isArray(meta.schema) && meta.schema.length) {
    lines.push("## Options", "", "```json", JSON.stringify(meta.schema, null, 2), "```", "");
  }
  lines.push("## Turning it off", "", `\`# docklint-disable-next-line ${id} -- reason\` above the ${meta.language === "compose" ? "line" : "instruction"}, or \`rules: { ${id}: off }\` in \`.docklintrc.yaml\`.`, "");
  return lines.join("\n");
}
