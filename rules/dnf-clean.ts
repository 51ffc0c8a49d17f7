// Flags dnf/microdnf installs that leave the dnf cache in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { appendCleanup, cacheMountTarget, installLeavingCache } from "../src/shell/cache-mounts.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`dnf install` or `microdnf install` in a RUN that does not run `clean all` afterwards.",
      rationale:
        "dnf keeps repository metadata and downloaded packages in /var/cache/dnf (microdnf and older releases in " +
        "/var/cache/yum, dnf5 in /var/cache/libdnf5). Unless the same RUN cleans it, the cache is committed with " +
        "the layer and shipped in the image. A BuildKit cache mount over the directory keeps it out of the layer too.",
      examples: {
        valid: [
          "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n",
          "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && microdnf clean all\n",
          "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd\n",
        ],
        invalid: ["FROM fedora:40\nRUN dnf install -y httpd\n"],
      },
      fixSafety:
        "Safe: the fix appends `&& dnf clean all` (with the program the install used: `microdnf`, `dnf5`) to the " +
        "end of the RUN, after everything that could use the cache. It is not offered for exec-form or heredoc " +
        "RUNs, or when the RUN ends in an operator or a comment.",
      differences:
        "`rm -rf` of /var/cache/dnf, /var/cache/yum or /var/cache/libdnf5, and `yum clean all`, count as cleaning. " +
        "Only stages whose layers reach an image are checked (the last stage, stages another stage builds FROM, " +
        "ONBUILD triggers). The cleanup must come after the install.",
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
  create(context) {
    return {
      Run(run) {
        const found = installLeavingCache(run, "dnf", context.sourceCode, (i) => i.manager === "dnf");
        if (!found) return;
        const { program, subcommand } = found.install;
        const edit = appendCleanup(run, "dnf", found.command);
        context.report({
          node: subcommand ?? found.command.name,
          messageId: "missing",
          data: { command: `${program} ${subcommand?.value}`, program, target: cacheMountTarget("dnf") },
          fix: edit ? (fixer) => fixer.replaceTextRange(edit.range, edit.text) : null,
        });
      },
    };
  },
};

export default rule;
