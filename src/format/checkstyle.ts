// Checkstyle XML: the report format reviewdog, Jenkins and most CI code-review tools import.
// Every linted file gets a <file> element, clean ones too, so consumers can clear old findings.
import type { Finding } from "../engine/result.js";
import type { Formatter } from "./formatter.js";
import { reportPath } from "./report-path.js";
import { escapeXml } from "./xml.js";

const severity: Record<Finding["level"], string> = { error: "error", warning: "warning", info: "info", style: "info" };

export const checkstyle: Formatter = (results, { cwd }) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const result of results) {
    const name = reportPath(result.filePath, cwd);
    if (!result.messages.length) {
      out.push(`  <file name="${escapeXml(name)}"/>`);
      continue;
    }
    out.push(`  <file name="${escapeXml(name)}">`);
    for (const m of result.messages) {
      out.push(
        `    <error line="${m.line}" column="${m.column}" severity="${severity[m.level]}" message="${escapeXml(m.message)}" source="${escapeXml(m.ruleId ?? "docklint")}"/>`,
      );
    }
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return out.join("\n") + "\n";
};
