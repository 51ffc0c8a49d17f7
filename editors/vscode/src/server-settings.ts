// What the extension tells docklint's language server: the server's settings (src/lsp/settings.ts)
// from VS Code's `docklint.*` settings, and the documents it is given. No `vscode` import here, so
// that the tests can check this against the real server without VS Code.

/** The `docklint.*` settings the server takes, as it names them; `enable` and `trace.server` are the extension's own. */
export const SERVER_SETTINGS = ["run", "shellcheck", "buildChecks", "configFile"] as const;

/** The server's settings from VS Code's `docklint` section (an empty configFile is none). */
export function serverSettings(section: { get(key: string): unknown }): Record<string, unknown> {
  return Object.fromEntries(SERVER_SETTINGS.map((key) => [key, section.get(key)]));
}

/**
 * The files whose open, unsaved text the server reads instead of the disk: docklint's config
 * files, hadolint's, and the build context's ignore file (the server lints none of them).
 */
export const CONFIG_NAMES = [".docklintrc.yaml", ".docklintrc.yml", ".docklintrc.json", "docklint.config.mjs", ".hadolint.yaml", ".hadolint.yml", ".dockerignore"];

/**
 * The names of the Compose files the server lints (src/compose-names.ts): VS Code calls them
 * `dockercompose` with Docker's extension and `yaml` without it, so they are given by name.
 */
export const COMPOSE_NAMES = ["compose", "docker-compose"].flatMap((stem) => ["yaml", "yml"].flatMap((ext) => [`${stem}.${ext}`, `${stem}.override.${ext}`]));

/** The documents the server is given: Dockerfiles and Compose files (saved or not), and the config files beside them. */
export const DOCUMENT_SELECTOR = [
  { scheme: "file", language: "dockerfile" },
  { scheme: "untitled", language: "dockerfile" },
  { scheme: "file", pattern: `**/{${COMPOSE_NAMES.join(",")}}` },
  { scheme: "untitled", language: "dockercompose" },
  { scheme: "file", pattern: `**/{${CONFIG_NAMES.join(",")}}` },
];
