// What reading Compose files needs and Dockerfiles do not, the YAML parser and the Compose
// Specification's schema, loaded on first need: a run over Dockerfiles alone never evaluates them.
// The session loads them before linting a Compose file (LintSession.startLint); the synchronous
// layers below ask for them and throw ComposeSupportNotLoaded when they are not there yet.
import type * as Yaml from "yaml";
import type { JsonSchema } from "./json-schema.js";

let yaml: typeof Yaml | null = null;
let schema: JsonSchema | null = null;

export class ComposeSupportNotLoaded extends Error {
  constructor() {
    super("Compose support is not loaded: await loadComposeSupport() before linting a Compose file");
  }
}

export async function loadComposeSupport(): Promise<void> {
  yaml ??= (await import("yaml")) as typeof Yaml;
  schema ??= (await import("./schema/compose-spec.compact.js")).default;
}

export function yamlModule(): typeof Yaml {
  if (!yaml) throw new ComposeSupportNotLoaded();
  return yaml;
}

export function composeSchema(): JsonSchema {
  if (schema === null) throw new ComposeSupportNotLoaded();
  return schema;
}
