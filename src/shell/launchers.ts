// Commands that run another program named by a later word: `bundle exec rails s`, `npx vite`,
// `poetry run uvicorn`. The server table and the supervisor table look through them.

/** Commands that run the next word as the program: `bundle exec rails s`, `npx vite`. */
export const LAUNCHERS: Record<string, string | null> = {
  bundle: "exec",
  npx: null,
  bunx: null,
  pnpm: "exec",
  poetry: "run",
  pipenv: "run",
  uv: "run",
  pdm: "run",
  hatch: "run",
};
