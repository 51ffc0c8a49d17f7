// Flags distribution upgrades in RUN (`apt-get dist-upgrade`, `zypper dup`), which can move the image to other releases.
import type { Rule } from "../src/engine/rule.js";
import { managerCommand } from "../src/shell/package-managers.js";

/** The subcommands that upgrade across the distribution, by manager; dry runs change nothing. */
const distUpgrades: Record<string, { subcommands: string[]; dryRun: string[] }> = {
  apt: {
    subcommands: ["dist-upgrade", "full-upgrade"],
    dryRun: ["-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon", "--print-uris", "--assume-no"],
  },
  zypper: { subcommands: ["dist-upgrade", "dup"], dryRun: ["--dry-run"] },
};

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`apt-get dist-upgrade`, `apt full-upgrade` or `zypper dist-upgrade`/`zypper dup` in RUN.",
      rationale:
        "A distribution upgrade may remove packages and install new ones to satisfy changed dependencies, and with " +
        "a rolling or changed repository it moves the image to whatever the repositories hold that day: the build " +
        "is no longer reproducible and the base image's tested package set is gone. Start from a newer base image " +
        "instead, or install the specific updates you need.",
      examples: {
        valid: [
          "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
          "FROM opensuse/leap:15.6\nRUN zypper -n install httpd\n",
        ],
        invalid: ["FROM debian:12\nRUN apt-get update && apt-get -y dist-upgrade\n", "FROM opensuse/leap:15.6\nRUN zypper -n dup\n"],
      },
      differences:
        "hadolint's DL3035 covers only `zypper dist-upgrade`/`dup` (its apt rule, DL3005, was removed); docklint " +
        "also flags `apt-get`/`apt`/`aptitude` `dist-upgrade` and `full-upgrade`, as Trivy's DS024 does. Dry runs " +
        "(`-s`, `--dry-run`) are not flagged.",
      recommended: true,
    },
    aliases: ["DL3035", "DS024"],
    defaultLevel: "warning",
    messages: {
      distUpgrade: "`{{command}}` upgrades across the distribution and makes the build unreproducible: use a newer base image instead.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          const found = managerCommand(command);
          const spec = found && distUpgrades[found.manager];
          const sub = found?.words[0];
          if (!found || !spec || !sub || !spec.subcommands.includes(sub.value) || found.command.hasFlag(...spec.dryRun)) continue;
          context.report({ node: sub, messageId: "distUpgrade", data: { command: `${found.program} ${sub.value}` } });
        }
      },
    };
  },
};

export default rule;
