import { testRule } from "../rule-tester.js";

const BASE = "FROM python:3.12-slim\n";

testRule("uv-no-cache", {
  valid: [
    BASE + "RUN uv pip install --system --no-cache flask==3.0.3\n",
    { name: "-n and the --no-cache-dir alias", code: BASE + "RUN uv -n sync --locked && uv pip install --no-cache-dir --system flask==3.0.3\n" },
    { name: "UV_NO_CACHE in ENV", code: BASE + "ENV UV_NO_CACHE=1\nRUN uv sync --locked\n" },
    { name: "UV_NO_CACHE in ARG, inline, through env and export", code: BASE + "ARG UV_NO_CACHE=true\nRUN uv sync --locked\n" },
    { name: "inline assignment", code: BASE + "RUN UV_NO_CACHE=1 uv sync --locked && env UV_NO_CACHE=yes uv add httpx==0.27.0\n" },
    { name: "difference: UV_NO_CACHE exported earlier in the RUN", code: BASE + "RUN export UV_NO_CACHE=1 && uv pip install --system flask==3.0.3\n" },
    { name: "cache mount", code: BASE + "RUN --mount=type=cache,target=/root/.cache/uv uv sync --locked\n" },
    { name: "cache mount on UV_CACHE_DIR", code: BASE + "ENV UV_CACHE_DIR=/opt/uv-cache\nRUN --mount=type=cache,target=/opt/uv-cache uv sync --locked\n" },
    { name: "uv cache clean afterwards", code: BASE + "RUN uv pip install --system flask==3.0.3 && uv cache clean\n" },
    { name: "cache removed afterwards", code: BASE + "RUN uv sync --locked && rm -rf /root/.cache/uv\n" },
    { name: "difference: a builder stage's cache is discarded with it", code: "FROM python:3.12-slim AS build\nRUN uv sync --locked\nFROM python:3.12-slim\nCOPY --from=build /app/.venv /app/.venv\n" },
    { name: "commands that install nothing", code: BASE + "RUN uv pip list && uv pip freeze && uv --version && uv python list\n" },
  ],
  invalid: [
    {
      code: BASE + "RUN uv pip install --system flask==3.0.3\n",
      errors: [{ messageId: "missing", line: 2, column: 12, endLine: 2, endColumn: 19, message: /`uv pip install` keeps uv's cache in the layer.*target=\/root\/\.cache\/uv\./ }],
      output: BASE + "RUN uv pip install --no-cache --system flask==3.0.3\n",
    },
    {
      name: "each command, multi-line",
      code: BASE + "RUN uv sync --locked \\\n && uv tool install ruff==0.5.0\n",
      errors: [
        { messageId: "missing", line: 2, column: 8, endLine: 2, endColumn: 12, message: /`uv sync`/ },
        { messageId: "missing", line: 3, column: 13, endLine: 3, endColumn: 20, message: /`uv tool install`/ },
      ],
      output: BASE + "RUN uv sync --no-cache --locked \\\n && uv tool install --no-cache ruff==0.5.0\n",
    },
    {
      name: "a false UV_NO_CACHE keeps the cache",
      code: BASE + "ENV UV_NO_CACHE=0\nRUN uv add httpx==0.27.0\n",
      errors: [{ messageId: "missing", line: 3, column: 8, endLine: 3, endColumn: 11 }],
      output: BASE + "ENV UV_NO_CACHE=0\nRUN uv add --no-cache httpx==0.27.0\n",
    },
    {
      name: "a mount on pip's cache does not hold uv's",
      code: BASE + "RUN --mount=type=cache,target=/root/.cache/pip uv pip install --system flask==3.0.3\n",
      errors: [{ messageId: "missing", line: 2, column: 55, endLine: 2, endColumn: 62 }],
      output: BASE + "RUN --mount=type=cache,target=/root/.cache/pip uv pip install --no-cache --system flask==3.0.3\n",
    },
    {
      name: "exec form: not fixed",
      code: BASE + 'RUN ["uv", "sync", "--locked"]\n',
      errors: [{ messageId: "missing", line: 2, column: 12, endLine: 2, endColumn: 18 }],
      output: null,
    },
  ],
});
