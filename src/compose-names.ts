// The file names docklint takes for Compose files: those `docker compose` reads by default,
// `compose.yaml`, `compose.yml`, `docker-compose.yaml`, `docker-compose.yml`, and their
// `.override.` files. Discovery and the engine (which language a file is) derive from this list.

export const COMPOSE_STEMS = ["compose", "docker-compose"] as const;
export const COMPOSE_EXTENSIONS = ["yaml", "yml"] as const;

/** The stem (`compose`, `docker-compose`) and whether it is an override file; null for another name. */
export function composeNameParts(name: string): { stem: string; override: boolean } | null {
  for (const stem of COMPOSE_STEMS) {
    for (const ext of COMPOSE_EXTENSIONS) {
      if (name === `${stem}.${ext}`) return { stem, override: false };
      if (name === `${stem}.override.${ext}`) return { stem, override: true };
    }
  }
  return null;
}

/** Whether a file's base name (not a path) is a Compose file's. */
export function isComposeName(name: string): boolean {
  return composeNameParts(name) !== null;
}

/**
 * The language a file is read as, from its path: a Compose file by its name, or by a YAML
 * extension (`docker-compose.prod.yml`, named on the command line as `docker compose -f` takes
 * it: no Dockerfile is YAML); a Dockerfile otherwise. Discovery finds only the default names.
 */
export function languageOf(filename: string): "compose" | "dockerfile" {
  const slash = Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\"));
  const name = filename.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  return isComposeName(name) || (dot > 0 && (COMPOSE_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase())) ? "compose" : "dockerfile";
}
