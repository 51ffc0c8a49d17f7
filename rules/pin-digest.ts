// Flags a FROM image that is not pinned by digest: a tag can be moved to other content.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "FROM names an image that is not pinned by `@sha256:` digest.",
      rationale:
        "A tag is a pointer its publisher can move: `python:3.12-slim` is rebuilt for every security fix, and a " +
        "compromised registry account can point it at anything. A digest names exact content, so the build is " +
        "reproducible and what you reviewed is what you run. Keep the tag for readers (`image:tag@sha256:...`) " +
        "and let a bot (Renovate, Dependabot) update the digest.",
      examples: {
        valid: [
          "FROM python:3.12-slim@sha256:2bac43769ace90ebd3ad83e5392295e25dfc58e58543d3ab326c3330b505283d\n",
          "FROM scratch\nCOPY app /app\n",
        ],
        invalid: ["FROM python:3.12-slim\n"],
      },
      differences:
        "ARG values are substituted first; a reference that still holds an unknown variable is not flagged. " +
        "`scratch` and earlier stages are not images to pull.",
      recommended: false,
    },
    aliases: [],
    defaultLevel: "info",
    messages: {
      unpinned: "Image `{{image}}` is not pinned by digest: use `{{image}}@sha256:<digest>` for a reproducible build.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      From(node) {
        if (!node.image) return;
        const base = sourceCode.facts.fromImage(node);
        if (base.unresolved.length > 0) return;
        const parts = base.pulled;
        if (!parts || parts.open || parts.digest !== null) return;
        context.report({ loc: node.image.loc, messageId: "unpinned", data: { image: base.resolved } });
      },
    };
  },
};

export default rule;
