// The output formats' names, apart from the formatters: the command line validates --format and
// prints --help from these without loading any formatter.
export const FORMAT_NAMES = ["stylish", "json", "hadolint-json", "checkstyle", "compact", "github", "junit", "gitlab", "sarif"] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
