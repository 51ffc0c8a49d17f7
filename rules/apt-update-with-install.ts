// Flags `apt-get update` in a RUN that installs nothing: the package lists are cached with the layer and go stale.
import type { Rule } from "../src/engine/rule.js";
import type { ShellCommand } from "../src/shell/command.js";
import { isShortFlagCluster } from "../src/shell/flags.js";
import { managerCommand } from "../src/shell/package-managers.js";

/** apt subcommands that read the package lists `update` fetched (removals resolve dependencies with them too). */
const READS_LISTS = new Set([
  "install", "reinstall", "remove", "purge", "autoremove", "autopurge", "upgrade", "dist-upgrade", "full-upgrade", "safe-upgrade", "build-dep", "source", "download",
  "satisfy", "dselect-upgrade", "list", "search", "show", "policy", "changelog",
]);
/** Other programs that read apt's lists. */
const LIST_READERS = new Set(["apt-cache", "apt-file", "unattended-upgrade", "unattended-upgrades", "xx-apt-get", "xx-apt"]);
const SHELLS = new Set(["sh", "bash", "dash", "ash", "zsh", "ksh"]);

/** The command reads the lists: `apt-get install`, `apt-cache policy`. */
function readsLists(cmd: ShellCommand): boolean {
  if (LIST_READERS.has(cmd.command)) return true;
  const apt = managerCommand(cmd);
  return apt?.manager === "apt" && READS_LISTS.has(apt.words[0]?.value ?? "");
}

/**
 * The command runs code docklint cannot see, which may well install: a script (`./install.sh`, `sh
 * setup.sh`, `curl ... | bash`, `. ./env`), a variable as the program, `make`, `eval`, and `xargs`
 * (whose command the shell layer loses after a redirection: `xargs -r < list apt-get install`).
 */
function opaque(cmd: ShellCommand): boolean {
  const name = cmd.name.value;
  if (name.includes("/") || name.includes("$") || /\.(sh|bash|py|pl)$/.test(name)) return true;
  if (name === "." || name === "source" || name === "eval" || name === "make" || name === "xargs") return true;
  return SHELLS.has(cmd.command) && !cmd.args.some((a) => isShortFlagCluster(a.value, "c"));
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`apt-get update` in a RUN that installs nothing.",
      rationale:
        "The package lists `apt-get update` fetches are saved with the layer, and the build cache reuses that " +
        "layer as long as the RUN line is unchanged. An install in a later RUN then works from lists that may be " +
        "months old: it installs outdated, vulnerable versions, or fails when the mirror no longer has them. Run " +
        "`apt-get update` in the same RUN as the `apt-get install` that needs it.",
      examples: {
        valid: ["FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"],
        invalid: ["FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n"],
      },
      differences:
        "A RUN that also runs code docklint cannot read (a script such as `./install.sh` or `curl ... | bash`, " +
        "`make`, a variable as the program) may install from the lists, so it is not flagged. Any command that " +
        "reads the lists counts as the install: `apt-get upgrade`, `build-dep`, `source`, `apt-cache policy`.",
      recommended: true,
    },
    aliases: ["DS017", "CKV_DOCKER_5"],
    defaultLevel: "warning",
    messages: {
      alone:
        "`{{command}}` without an install in the same RUN: the cached lists go stale for later installs. Run it " +
        "in the RUN that installs.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Run(run) {
        const commands = sourceCode.commandsOf(run);
        if (commands.some((c) => readsLists(c) || opaque(c))) return;
        for (const command of commands) {
          const apt = managerCommand(command);
          const update = apt?.manager === "apt" ? apt.words[0] : undefined;
          if (update?.value !== "update") continue;
          context.report({ node: update, messageId: "alone", data: { command: `${apt!.program} update` } });
        }
      },
    };
  },
};

export default rule;
