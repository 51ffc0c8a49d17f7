// The file names docklint takes for Dockerfiles. CLI discovery (and so the GitHub Action, which
// runs the CLI) and the ESLint preset's `files` derive from this list; .pre-commit-hooks.yaml
// spells it as a regex, held to it by test/dockerfile-names.test.ts.

/** Base-name patterns, case-sensitive; `*` stands for any characters (none included). */
export const DOCKERFILE_NAMES = ["Dockerfile", "Dockerfile.*", "*.Dockerfile", "*.dockerfile", "Containerfile", "Containerfile.*"] as const;

const matcher = new RegExp(`^(?:${DOCKERFILE_NAMES.map(patternSource).join("|")})$`, "s");

/** Whether a file's base name (not a path) is one of DOCKERFILE_NAMES. */
export function isDockerfileName(name: string): boolean {
  return matcher.test(name);
}

function patternSource(pattern: string): string {
  return pattern
    .split("*")
    .map((literal) => literal.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
}
