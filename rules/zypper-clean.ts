// Flags zypper installs that leave the zypper cache (/var/cache/zypp) in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheCleanupVisitor } from "../src/rule-helpers/cache-cleanup.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`zypper install` in a RUN that does not run `zypper clean` afterwards.",
      rationale:
        "zypper keeps repository metadata and downloaded packages in /var/cache/zypp. Unless the same RUN cleans " +
        "it, the cache is committed with the layer and shipped in the image. A BuildKit cache mount over the " +
        "directory keeps it out of the layer too.",
      examples: {
        valid: [
          "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && zypper clean --all\n",
          "FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper cc -a\n",
        ],
        invalid: ["FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl\n"],
      },
      fixSafety:
        "Safe: the fix appends `&& zypper clean --all` to the end of the RUN, after everything that could use the " +
        "cache. It is not offered for exec-form or heredoc RUNs, or when the RUN ends in an operator or a comment.",
      differences:
        "`rm -rf /var/cache/zypp` counts as cleaning. Only stages whose layers reach an image are checked (the last " +
        "stage, stages another stage builds FROM, ONBUILD triggers). The cleanup must come after the install.",
      recommended: true,
    },
    aliases: ["DL3036", "DS020"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      missing:
        "`{{command}}` leaves the zypper cache in the layer: add `zypper clean --all` to the same RUN, or use " +
        "RUN --mount=type=cache,target={{target}}.",
    },
    schema: [],
  },
  create: (context) =>
    cacheCleanupVisitor(context, {
      caches: ["zypper"],
      matches: (f) => f.manager === "zypper",
      data: (found) => ({ command: `zypper ${found.subcommand?.value}` }),
    }),
};

export default rule;
