// Flags yum installs that leave the yum cache (/var/cache/yum) in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { appendCleanup, cacheMountTarget, installLeavingCache } from "../src/shell/cache-mounts.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`yum install` in a RUN that does not run `yum clean all` afterwards.",
      rationale:
        "yum keeps repository metadata and downloaded packages in /var/cache/yum. Unless the same RUN cleans it, " +
        "the cache is committed with the layer and shipped in the image; cleaning in a later RUN does not shrink " +
        "the earlier layer. A BuildKit cache mount over the directory keeps it out of the layer too.",
      examples: {
        valid: [
          "FROM centos:7\nRUN yum install -y httpd && yum clean all\n",
          "FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n",
        ],
        invalid: ["FROM centos:7\nRUN yum install -y httpd\n"],
      },
      fixSafety:
        "Safe: the fix appends `&& yum clean all` to the end of the RUN, after everything that could use the " +
        "cache. It is not offered for exec-form or heredoc RUNs, or when the RUN ends in an operator or a comment.",
      differences:
        "`rm -rf /var/cache/yum` and `dnf clean all` count as cleaning (on RHEL 8 and later yum is dnf). Only " +
        "stages whose layers reach an image are checked (the last stage, stages another stage builds FROM, " +
        "ONBUILD triggers): a builder stage's cache is discarded with it. The cleanup must come after the install.",
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
  create(context) {
    return {
      Run(run) {
        const found = installLeavingCache(run, "yum", context.sourceCode, (i) => i.manager === "yum");
        if (!found) return;
        const edit = appendCleanup(run, "yum", found.command);
        context.report({
          node: found.install.subcommand ?? found.command.name,
          messageId: "missing",
          data: { command: `${found.install.program} ${found.install.subcommand?.value}`, target: cacheMountTarget("yum") },
          fix: edit ? (fixer) => fixer.replaceTextRange(edit.range, edit.text) : null,
        });
      },
    };
  },
};

export default rule;
