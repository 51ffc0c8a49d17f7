import { testRule } from "../rule-tester.js";

const BASE = "FROM python:3.12-slim\n";

testRule("uv-sync-locked", {
  valid: [
    BASE + "RUN uv sync --locked\n",
    { name: "--frozen", code: BASE + "RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-install-project --no-dev\n" },
    { name: "UV_LOCKED in ENV", code: BASE + "ENV UV_LOCKED=1\nRUN uv sync\n" },
    { name: "UV_FROZEN inline", code: BASE + "RUN UV_FROZEN=true uv sync\n" },
    { name: "UV_LOCKED exported earlier in the RUN", code: BASE + "RUN export UV_LOCKED=1 && uv sync\n" },
    { name: "uv pip sync installs a requirements file", code: BASE + "RUN uv pip sync requirements.txt\n" },
    { name: "not in a RUN", code: BASE + "CMD uv sync && uv run app\n" },
  ],
  invalid: [
    {
      code: BASE + "RUN uv sync\n",
      errors: [
        {
          messageId: "unlocked",
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 12,
          suggestions: [{ messageId: "addLocked", output: BASE + "RUN uv sync --locked\n" }],
        },
      ],
      output: null,
    },
    {
      name: "a false UV_LOCKED, multi-line",
      code: BASE + "ENV UV_LOCKED=0\nRUN uv \\\n    sync --no-dev\n",
      errors: [
        {
          messageId: "unlocked",
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 9,
          suggestions: [{ messageId: "addLocked", output: BASE + "ENV UV_LOCKED=0\nRUN uv \\\n    sync --locked --no-dev\n" }],
        },
      ],
      output: null,
    },
    {
      name: "exec form: no suggestion",
      code: BASE + 'RUN ["uv", "sync"]\n',
      errors: [{ messageId: "unlocked", line: 2, column: 12, endLine: 2, endColumn: 18, suggestions: [] }],
      output: null,
    },
  ],
});
