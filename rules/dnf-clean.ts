// Flags dnf/microdnf runs (installs, upgrades, makecache) that leave their package cache in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheCleanupVisitor } from "../src/rule-helpers/cache-cleanup.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description:
        "`dnf`/`microdnf` `install`, `upgrade`, `distro-sync`, `makecache` (any subcommand that downloads repository " +
        "metadata) in a RUN that does not run `clean all` afterwards.",
      rationale:
        "dnf keeps repository metadata and downloaded packages in /var/cache/dnf (dnf5 in /var/cache/libdnf5, " +
        "microdnf in /var/cache/yum). Every subcommand that reads the repositories fills it: `install`, but also " +
        "`upgrade`, `update`, `distro-sync`, `reinstall`, `module`/`group` installs and `makecache`. Unless the same " +
        "RUN cleans it, the cache is committed with the layer and shipped in the image. A BuildKit cache mount over " +
        "the directory keeps it out of the layer too.",
      examples: {
        valid: [
          "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n",
          "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && microdnf clean all\n",
          "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd\n",
        ],
        invalid: ["FROM fedora:40\nRUN dnf install -y httpd\n", "FROM fedora:40\nRUN dnf -y upgrade\n"],
      },
      fixSafety:
        "Safe: the fix appends `&& dnf clean all` (with the program the install used: `microdnf`, `dnf5`) to the " +
        "end of the RUN, after everything that could use the cache. It is not offered for exec-form or heredoc " +
        "RUNs, or when the RUN ends in an operator or a comment.",
      differences:
        "The cleanup must be by the family that filled the cache. dnf and yum share /var/cache/dnf on RHEL 8 and " +
        "later (yum is dnf there), so `yum clean all` or `rm -rf /var/cache/dnf` (or /var/cache/libdnf5) cleans " +
        "after dnf. microdnf keeps its own cache in /var/cache/yum: `microdnf clean all` does not clean after " +
        "`dnf install`, nor `dnf clean all` after `microdnf install`. hadolint (DL3040) looks at installs only. " +
        "Only stages whose layers reach an image are checked (" +
        "the stage built (the last, or `--target`) and the stages it builds FROM, and ONBUILD triggers). The cleanup must come after the install.",
      recommended: true,
    },
    aliases: ["DL3040", "DS019", "DS027"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      missing:
        "`{{command}}` leaves the dnf cache in the layer: add `{{program}} clean all` to the same RUN, or use " +
        "RUN --mount=type=cache,target={{target}}.",
    },
    schema: [],
  },
  // dnf's and microdnf's caches are two: each must be cleaned by its own program
  create: (context) =>
    cacheCleanupVisitor(context, {
      caches: ["dnf", "microdnf"],
      data: ({ program, subcommand }) => ({ command: `${program} ${subcommand?.value}`, program }),
    }),
};

export default rule;
