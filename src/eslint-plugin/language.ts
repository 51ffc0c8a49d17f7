// ESLint's Language for Dockerfiles: how ESLint reads, parses and walks them. Positions are
// docklint's own: 1-based lines and 1-based UTF-16 columns.
import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import type * as m from "../parse/model.js";
import { parseDockerfile, type ParsedDockerfile } from "../parse/parse.js";
import type { RuleNode } from "../engine/rule.js";
import { EslintDockerfileSourceCode } from "./source-code.js";

type DockerfileParseResult = OkParseResult<m.Dockerfile> & { parsed: ParsedDockerfile };

export const dockerfileLanguage: Language<{
  LangOptions: Record<string, never>;
  Code: EslintDockerfileSourceCode;
  RootNode: m.Dockerfile;
  Node: RuleNode | m.Stage | m.Dockerfile;
}> = {
  fileType: "text",
  lineStart: 1,
  columnStart: 1,
  nodeTypeKey: "type",
  // the tree as traverse() walks it (ShellCommand nodes come from the source code, not a property)
  visitorKeys: {
    Dockerfile: ["preamble", "stages"],
    Stage: ["instructions"],
    Onbuild: ["trigger"],
  },
  defaultLanguageOptions: {},

  validateLanguageOptions(languageOptions) {
    const keys = Object.keys(languageOptions ?? {});
    if (keys.length) throw new Error(`docklint/dockerfile takes no languageOptions (got '${keys[0]}').`);
  },

  parse(file: File): ParseResult<m.Dockerfile> {
    const text = typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
    try {
      const parsed = parseDockerfile(text);
      // structural problems are findings of the `syntax` rule, as under docklint
      return { ok: true, ast: parsed.document, parsed } satisfies DockerfileParseResult;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ message: `docklint could not parse this file: ${message}`, line: 1, column: 1 }] };
    }
  },

  createSourceCode(_file, input) {
    return new EslintDockerfileSourceCode((input as DockerfileParseResult).parsed);
  },
};
