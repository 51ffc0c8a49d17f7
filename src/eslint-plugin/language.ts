// ESLint's Language for Dockerfiles: how ESLint reads, parses and walks them. Positions are
// docklint's own: 1-based lines and 1-based UTF-16 columns.
import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import type * as m from "../parse/model.js";
import { parseDockerfile, type ParsedDockerfile } from "../parse/parse.js";
import type { RuleNode } from "../engine/rule.js";
import { EslintDockerfileSourceCode } from "./source-code.js";
import type { BuildInputs } from "../facts/build-inputs.js";

type DockerfileParseResult = OkParseResult<m.Dockerfile> & { parsed: ParsedDockerfile };

/** The build `docker build` runs: `languageOptions: { buildArgs: { TAG: "3.12" }, target: "dev", platform: "linux/arm64" }`. */
type BuildOptions = Pick<BuildInputs, "buildArgs" | "target" | "platform">;

export const dockerfileLanguage: Language<{
  LangOptions: BuildOptions;
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
    for (const [key, value] of Object.entries(languageOptions ?? {})) {
      const valid =
        key === "buildArgs"
          ? typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string")
          : (key === "target" || key === "platform") && typeof value === "string";
      if (!valid) throw new Error(`docklint/dockerfile's languageOptions are buildArgs (NAME: value strings), target and platform (strings) (got '${key}').`);
    }
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

  createSourceCode(_file, input, context) {
    const { buildArgs, target, platform } = (context?.languageOptions ?? {}) as BuildOptions;
    return new EslintDockerfileSourceCode((input as DockerfileParseResult).parsed, { buildArgs, target, platform });
  },
};
