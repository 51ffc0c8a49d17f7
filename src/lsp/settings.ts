// What an editor may set for the server: in `initializationOptions`, or under `docklint` in the
// settings of workspace/didChangeConfiguration. Unknown keys and values of the wrong type are
// ignored: a typo in an editor's config must not stop the linting.
import type { SessionOptions } from "../lint-session.js";
import { isBuildCheck, type RuleRegistry } from "../engine/registry.js";

export interface ServerSettings {
  /** When to lint: on every change (the default), or on open and save only. */
  run: "onType" | "onSave";
  /** false: the shellcheck rule is off, whatever the config says. */
  shellcheck: boolean;
  /** false: BuildKit's build checks are off, left to Docker's language server, which reports them too. */
  buildChecks: boolean;
  /** A config file to use instead of the one found (as --config); "" is none. */
  configFile?: string;
}

export const DEFAULT_SETTINGS: ServerSettings = { run: "onType", shellcheck: true, buildChecks: true };

/** `value`'s known settings over `base`. */
export function readSettings(value: unknown, base: ServerSettings): ServerSettings {
  const given = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  return {
    run: given.run === "onType" || given.run === "onSave" ? given.run : base.run,
    shellcheck: typeof given.shellcheck === "boolean" ? given.shellcheck : base.shellcheck,
    buildChecks: typeof given.buildChecks === "boolean" ? given.buildChecks : base.buildChecks,
    // "" is none (VS Code's default for a string setting): it clears a config file set before
    configFile: typeof given.configFile === "string" ? given.configFile || undefined : base.configFile,
  };
}

/** The session options with the settings applied: the rules they turn off come last, as --rule's do. */
export function withSettings(options: Omit<SessionOptions, "cwd">, settings: ServerSettings, registry: RuleRegistry): Omit<SessionOptions, "cwd"> {
  const off: Record<string, "off"> = {};
  if (!settings.shellcheck) off.shellcheck = "off";
  if (!settings.buildChecks) for (const { id, rule } of registry.rules) if (isBuildCheck(rule)) off[id] = "off";
  return { ...options, configFile: settings.configFile ?? options.configFile, rules: { ...options.rules, ...off } };
}
