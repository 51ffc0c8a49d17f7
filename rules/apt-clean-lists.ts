// Flags `apt-get update` runs that leave the package lists (/var/lib/apt/lists) in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheCleanupVisitor } from "../src/rule-helpers/cache-cleanup.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`apt-get update` in a RUN that does not remove /var/lib/apt/lists afterwards.",
      rationale:
        "`apt-get update` downloads tens of megabytes of package lists into /var/lib/apt/lists. Unless the same " +
        "RUN removes them, they are committed with the layer and shipped in every image built from it; removing " +
        "them in a later RUN does not shrink the earlier layer. A BuildKit cache mount over the directory keeps " +
        "them out of the layer too, and speeds up rebuilds.",
      examples: {
        valid: [
          "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n",
          "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install -y curl\n",
        ],
        invalid: ["FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"],
      },
      fixSafety:
        "Safe: the fix appends `&& rm -rf /var/lib/apt/lists/*` to the end of the RUN, after everything that " +
        "could read the lists. It is not offered for exec-form or heredoc RUNs, or when the RUN ends in an " +
        "operator or a comment.",
      differences:
        "Only stages whose layers reach the image are checked: " +
        "the stage built (the last, or `--target`) and the stages it builds FROM, and ONBUILD triggers (hadolint also checks a stage that only a builder stage builds FROM). hadolint also flags a cache mount on /var/lib/apt alone; that " +
        "mount holds the lists, so docklint accepts it. hadolint keys on `apt-get install`; docklint keys on " +
        "`apt-get update`, which is what writes the lists: a RUN that only installs (the lists came from an " +
        "earlier layer, or the base image has none) adds none, and a RUN that only updates (`apt-get update && " +
        "apt-get upgrade`) leaves all of them. The removal must come after the update in the RUN.",
      recommended: true,
    },
    aliases: ["DL3009"],
    defaultLevel: "info",
    fixable: "code",
    messages: {
      missing:
        "`{{command}}` leaves the package lists in the layer: add `rm -rf /var/lib/apt/lists/*` to the same RUN, " +
        "or use RUN --mount=type=cache,target={{target}}.",
    },
    schema: [],
  },
  create: (context) =>
    cacheCleanupVisitor(context, {
      caches: ["apt-lists"],
      data: (found) => ({ command: `${found.program} ${found.subcommand?.value}` }),
    }),
};

export default rule;
