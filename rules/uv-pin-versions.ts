// Flags `uv pip install`, `uv add` and `uv tool install` packages that pin no version, so a rebuild may install different software.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`uv pip install`, `uv add` or `uv tool install` of a package without a version specifier.",
      rationale:
        "Without a version, uv resolves to the newest release on the index on the day of the build: two builds of the " +
        "same Dockerfile can ship different code, and a new release can break the image with no change to the " +
        "Dockerfile. `uv add` in an image is no better: it records a lower bound (`>=`) for whatever was newest and " +
        "rewrites the lockfile. The requirement syntax is pip's: `pkg==1.2.3` pins, `~=`, `>=`, `<`, `!=` state the " +
        "releases the author accepts, and a version in an ARG or ENV counts. Requirements files (`-r`), constraints " +
        "and overrides (`-c`, `--override`), `--exclude-newer <date>` (which fixes what the resolver may see), " +
        "local paths, archives and VCS URLs that name a ref are not reported.",
      examples: {
        valid: [
          "FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /bin/uv\nRUN uv pip install --system --no-cache flask==3.0.3\n",
          "FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /bin/uv\nRUN uv pip install --system --no-cache -r requirements.txt\n",
        ],
        invalid: ["FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.4.30 /uv /bin/uv\nRUN uv pip install --system --no-cache flask\n"],
      },
      differences: "hadolint has no check for uv. `uv sync` installs from the project's lockfile and is uv-sync-locked's concern.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}==<version>` so rebuilds install the same package." },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, "uv"),
};

export default rule;
