// The file names docklint takes for Dockerfiles. CLI discovery (and so the GitHub Action, which
// runs the CLI) and the ESLint preset's `files` derive from this list; .pre-commit-hooks.yaml
// spells it as a regex, held to it by test/dockerfile-names.test.ts.

/** Base-name patterns, case-sensitive; `*` stands for any characters (none included). */
export const DOCKERFILE_NAMES = ["Dockerfile", "Dockerfile.*", "*.Dockerfile", "*.dockerfile", "Containerfile", "Containerfile.*"] as const;

/** Whether a file's base name (not a path) is one of DOCKERFILE_NAMES. */
export function isDockerfileName(name: string): boolean {
  return DOCKERFILE_NAMES.some((pattern) => matchesPattern(pattern, name));
}

/** A pattern of the list against a name: each pattern has at most one `*`, so a prefix and a suffix check say it. */
function matchesPattern(pattern: string, name: string): boolean {
  const star = pattern.indexOf("*");
  if (star < 0) return name === pattern;
  const head = pattern.slice(0, star);
  const tail = pattern.slice(star + 1);
  return name.length >= head.length + tail.length && name.startsWith(head) && name.endsWith(tail);
}
