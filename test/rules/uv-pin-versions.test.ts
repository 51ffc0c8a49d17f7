import { testRule } from "../rule-tester.js";

const BASE = "FROM python:3.12-slim\n";

testRule("uv-pin-versions", {
  valid: [
    BASE + "RUN uv pip install --system flask==3.0.3 'gunicorn>=22,<23'\n",
    { name: "requirements and the project", code: BASE + "RUN uv pip install --system -r requirements.txt && uv pip install --system -e . && uv pip install --system .\n" },
    { name: "constraints, overrides, a cut-off date", code: BASE + "RUN uv pip install --system -c constraints.txt flask && uv pip install --system --override o.txt numpy && uv pip install --system --exclude-newer 2024-06-01 pandas\n" },
    { name: "difference: uv sync is uv-sync-locked's concern", code: BASE + "RUN uv add 'httpx>=0.27,<0.28' && uv sync --locked\n" },
    { name: "tool install pinned, or --from", code: BASE + "RUN uv tool install ruff==0.5.0 && uv tool install --from 'black==24.4.2' black\n" },
    { name: "version in a variable", code: BASE + "ARG TORCH_VERSION\nRUN uv pip install --system \"torch==${TORCH_VERSION}\"\n" },
    { name: "VCS URL with a ref", code: BASE + "RUN uv pip install --system git+https://github.com/psf/requests@v2.32.3\n" },
    { name: "not installs", code: BASE + "RUN uv pip list && uv pip uninstall -y flask && uv tool run ruff check\n" },
    { name: "pip itself is pip-pin-versions' concern", code: BASE + "RUN pip install flask==3.0.3\n" },
  ],
  invalid: [
    {
      code: BASE + "RUN uv pip install --system flask\n",
      errors: [{ messageId: "unpinned", line: 2, column: 29, endLine: 2, endColumn: 34, message: /`flask` has no version: use `flask==<version>`/ }],
      output: null,
    },
    {
      name: "uv add and uv tool install, multi-line, extras",
      code: BASE + "RUN uv add \\\n      'mistral_common[audio]' \\\n && uv tool install ruff\n",
      errors: [
        { messageId: "unpinned", line: 3, column: 7, endLine: 3, endColumn: 30, message: /`mistral_common`/ },
        { messageId: "unpinned", line: 4, column: 21, endLine: 4, endColumn: 25 },
      ],
      output: null,
    },
    {
      name: "a package next to a requirements file",
      code: BASE + "RUN uv pip install --system -r requirements.txt requests\n",
      errors: [{ messageId: "unpinned", line: 2, column: 49, endLine: 2, endColumn: 57 }],
      output: null,
    },
  ],
});
