// Flags yum runs (installs, updates, makecache) that leave the yum cache in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheCleanupVisitor } from "../src/rule-helpers/cache-cleanup.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description:
        "`yum install`, `yum update` or another yum subcommand that downloads repository metadata, in a RUN that " +
        "does not run `yum clean all` afterwards.",
      rationale:
        "yum keeps repository metadata and downloaded packages in /var/cache/yum (/var/cache/dnf on RHEL 8 and " +
        "later, where yum is dnf). `yum update`, `upgrade`, `distro-sync`, `reinstall` and `makecache` fill it " +
        "as `install` does. Unless the same RUN cleans it, " +
        "the cache is committed with the layer and shipped in the image; cleaning in a later RUN does not shrink " +
        "the earlier layer. A BuildKit cache mount over the directory keeps it out of the layer too.",
      examples: {
        valid: [
          "FROM centos:7\nRUN yum install -y httpd && yum clean all\n",
          "FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n",
        ],
        invalid: ["FROM centos:7\nRUN yum install -y httpd\n", "FROM centos:7\nRUN yum -y update\n"],
      },
      fixSafety:
        "Safe: the fix appends `&& yum clean all` to the end of the RUN, after everything that could use the " +
        "cache. It is not offered for exec-form or heredoc RUNs, or when the RUN ends in an operator or a comment.",
      differences:
        "`rm -rf /var/cache/yum` (or /var/cache/dnf) and `dnf clean all` count as cleaning (on RHEL 8 and later " +
        "yum is dnf and shares its cache); `microdnf clean all` does not, as microdnf empties only its own cache. " +
        "hadolint (DL3032) looks at installs only. Only " +
        "stages whose layers reach an image are checked (" +
        "the stage built (the last, or `--target`) and the stages it builds FROM, and ONBUILD triggers): a builder stage's cache is discarded with it. The cleanup must come after the install.",
      recommended: true,
    },
    aliases: ["DL3032", "DS015"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      missing:
        "`{{command}}` leaves the yum cache in the layer: add `yum clean all` to the same RUN, or use " +
        "RUN --mount=type=cache,target={{target}}.",
    },
    schema: [],
  },
  create: (context) =>
    cacheCleanupVisitor(context, {
      caches: ["yum"],
      data: (found) => ({ command: `${found.program} ${found.subcommand?.value}` }),
    }),
};

export default rule;
