// The output formats' names, apart from the formatters: the command line validates --format and
// prints --help from these without loading any formatter.
export const FORMAT_NAMES = [
  "stylish",
  "json",
  "hadolint-json",
  "checkstyle",
  "compact",
  "gnu",
  "github",
  "junit",
  "gitlab",
  "codeclimate",
  "sarif",
  "sonarqube",
  "codacy",
] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

/** Formats that describe each rule they report (SARIF's tool.driver.rules, SonarQube's rules). */
export const FORMATS_DESCRIBING_RULES: readonly FormatName[] = ["sarif", "sonarqube"];
