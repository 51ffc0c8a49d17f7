// Flags `apt` in RUN: its command line is made for people at a terminal and may change; scripts use apt-get and apt-cache.
import type { Rule } from "../src/engine/rule.js";
import { managerCommand } from "../src/shell/package-managers.js";

/** apt subcommands apt-get runs the same way: the fix renames the program. */
const SAME_IN_APT_GET = new Set([
  "install", "remove", "purge", "autoremove", "update", "dist-upgrade", "clean", "autoclean", "build-dep", "source",
  "download", "changelog", "satisfy",
]);

/** What to use instead, for the subcommands a rename would change or that belong to another tool. */
const INSTEAD: Record<string, string> = {
  search: "apt-cache search", show: "apt-cache show", showsrc: "apt-cache showsrc", policy: "apt-cache policy",
  depends: "apt-cache depends", rdepends: "apt-cache rdepends", showpkg: "apt-cache showpkg", madison: "apt-cache madison",
  // `apt upgrade` also installs new dependencies, which `apt-get upgrade` only does with --with-new-pkgs
  upgrade: "apt-get upgrade --with-new-pkgs", "full-upgrade": "apt-get dist-upgrade",
  list: "dpkg-query -W` or `apt-cache policy",
};

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`apt` in RUN: use `apt-get` or `apt-cache`.",
      rationale:
        "`apt` is the front end for people at a terminal: it warns \"apt does not have a stable CLI interface. Use " +
        "with caution in scripts.\", and its output and defaults may change between releases. `apt-get` and " +
        "`apt-cache` keep their interface stable for scripts, which is what a RUN is.",
      examples: {
        valid: ["FROM debian:12\nRUN apt-get update && apt-get install -y curl=7.88.1-10\n"],
        invalid: ["FROM debian:12\nRUN apt update && apt install -y curl=7.88.1-10\n"],
      },
      fixSafety:
        "The fix renames `apt` to `apt-get` only for subcommands apt-get runs the same way (`install`, `remove`, " +
        "`purge`, `update`, `autoremove`, `dist-upgrade`, `clean`, `build-dep`, `source`, `download`, ...). One " +
        "default differs: `apt` deletes downloaded .deb files after installing, `apt-get` keeps them in " +
        "/var/cache/apt/archives unless an `apt-get clean` or the image's apt configuration removes them (Debian and " +
        "Ubuntu base images do). `apt upgrade` (which also installs new dependencies), `apt full-upgrade`, `apt " +
        "list` and the apt-cache subcommands (`search`, `show`, `policy`, whose output differs) are reported with " +
        "what to use instead but not fixed.",
      recommended: true,
    },
    aliases: ["DL3027", "CKV_DOCKER_9"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      useAptGet: "`apt {{subcommand}}` is meant for interactive use: use `apt-get {{subcommand}}`.",
      useInstead: "`apt {{subcommand}}` is meant for interactive use: use `{{instead}}`.",
      useStable: "`apt` is meant for interactive use: use `apt-get` or `apt-cache`.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          const found = managerCommand(command);
          if (found?.program !== "apt") continue;
          const name = command.name;
          const subcommand = found.words[0]?.value;
          const fixable = subcommand !== undefined && SAME_IN_APT_GET.has(subcommand);
          const instead = subcommand === undefined ? undefined : INSTEAD[subcommand];
          context.report({
            node: name,
            messageId: fixable ? "useAptGet" : instead ? "useInstead" : "useStable",
            data: { subcommand: subcommand ?? "", instead: instead ?? "" },
            // `"apt"` or `a\pt` would need requoting; those are left alone
            fix: fixable && !run.exec && name.text === name.value ? (fixer) => fixer.insertTextAfter(name, "-get") : null,
          });
        }
      },
    };
  },
};

export default rule;
