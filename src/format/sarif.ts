// SARIF 2.1.0 as GitHub code scanning reads it: one run, docklint as the driver, one result per
// finding with a repo-relative location, a stable partial fingerprint and SARIF fixes.
import pkg from "../../package.json" with { type: "json" };
import type { Finding } from "../engine/result.js";
import type { Formatter, RuleDescription } from "./formatter.js";
import { NO_RULE_ID, fingerprints, reportPath } from "./report-identity.js";

type SarifLevel = "error" | "warning" | "note";

const levels: Record<string, SarifLevel> = { error: "error", warning: "warning", info: "note", style: "note" };

/** A relative path as a relative URI reference: each segment percent-encoded, `/` kept. */
function toUri(relative: string): string {
  return relative.split("/").map(encodeURIComponent).join("/");
}

function ruleDescriptor(id: string, meta: RuleDescription | undefined, docsUrl: string | undefined) {
  const helpUri = meta?.helpUri ?? docsUrl;
  if (!meta) return { id, ...(helpUri ? { helpUri } : {}) };
  return {
    id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    ...(meta.help ? { help: meta.help } : {}),
    ...(helpUri ? { helpUri } : {}),
    ...(meta.level && levels[meta.level] ? { defaultConfiguration: { level: levels[meta.level] } } : {}),
    ...(meta.tags?.length ? { properties: { tags: meta.tags } } : {}),
  };
}

// Findings with no rule are reported under NO_RULE_ID; GitHub wants every rule described, and no
// caller can know this one, so the formatter describes it itself.
const noRule: RuleDescription = {
  description: "A problem that belongs to no rule: a file too complex to lint, or a failure of docklint itself.",
  helpUri: pkg.homepage,
  help: { text: "Fix the problem the message names.", markdown: "Fix the problem the message names." },
};

export const sarif: Formatter = (results, { cwd, rules = {} }) => {
  // Only rules that have results are described; ids sorted so output does not depend on file order.
  const docsUrls = new Map<string, string | undefined>();
  for (const r of results) for (const m of r.messages) {
    const id = m.ruleId ?? NO_RULE_ID;
    if (!docsUrls.get(id)) docsUrls.set(id, m.docsUrl);
  }
  const ruleIds = [...docsUrls.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const sarifResults = results.flatMap((r) => {
    const uri = toUri(reportPath(r.filePath, cwd));
    const prints = fingerprints(r, cwd);
    return r.messages.map((m: Finding, i) => {
      const ruleId = m.ruleId ?? NO_RULE_ID;
      return {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId)!,
        level: levels[m.level],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              // Both docklint and SARIF (by default, columnKind utf16CodeUnits) count 1-based
              // UTF-16 columns with an exclusive end, so positions pass through unchanged.
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
        partialFingerprints: { "docklint/v1": prints[i] },
        ...(m.fix
          ? {
              fixes: [
                {
                  artifactChanges: [
                    {
                      artifactLocation: { uri },
                      replacements: [
                        {
                          // Fix ranges are UTF-16 offsets into the linted text, which is what
                          // charOffset/charLength count.
                          deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] },
                          insertedContent: { text: m.fix.text },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
      };
    });
  });

  return (
    JSON.stringify({
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: "docklint",
              version: pkg.version,
              informationUri: pkg.homepage,
              rules: ruleIds.map((id) => ruleDescriptor(id, rules[id] ?? (id === NO_RULE_ID ? noRule : undefined), docsUrls.get(id))),
            },
          },
          columnKind: "utf16CodeUnits",
          results: sarifResults,
        },
      ],
    }) + "\n"
  );
};
