// What reading Compose files needs and Dockerfiles do not, the YAML parser and the Compose
// schema's validator, loaded on first need: a run over Dockerfiles alone never evaluates them.
// The session loads them before linting a Compose file (LintSession.startLint); the synchronous
// layers below ask for them and throw ComposeSupportNotLoaded when they are not there yet.
import type * as Yaml from "yaml";

export type ComposeSchemaValidator = ((data: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null };

let yaml: typeof Yaml | null = null;
let validator: ComposeSchemaValidator | null = null;

export class ComposeSupportNotLoaded extends Error {
  constructor() {
    super("Compose support is not loaded: await loadComposeSupport() before linting a Compose file");
  }
}

export async function loadComposeSupport(): Promise<void> {
  yaml ??= (await import("yaml")) as typeof Yaml;
  validator ??= (await import("./schema/validate.js")).validate as ComposeSchemaValidator;
}

export function yamlModule(): typeof Yaml {
  if (!yaml) throw new ComposeSupportNotLoaded();
  return yaml;
}

export function composeSchemaValidator(): ComposeSchemaValidator {
  if (!validator) throw new ComposeSupportNotLoaded();
  return validator;
}
