// Flags distribution upgrades in RUN (`apt-get dist-upgrade`, `zypper dup`), which can move the image to other releases.
import type { Rule } from "../src/engine/rule.js";
import { managerCommand } from "../src/shell/package-managers.js";

/** The subcommands that upgrade across the distribution, by manager; dry runs change nothing. */
const distUpgrades: Record<string, { subcommands: string[]; dryRun: string[]; only?: string[] }> = {
  apt: {
    subcommands: ["dist-upgrade", "full-upgrade"],
    dryRun: ["-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon", "--print-uris", "--assume-no"],
  },
  zypper: { subcommands: ["dist-upgrade", "dup"], dryRun: ["--dry-run"] },
  // conda, mamba, micromamba: only with --all (`conda update numpy` updates what it names)
  conda: { subcommands: ["update", "upgrade"], dryRun: ["--dry-run", "-d"], only: ["--all", "--update-all"] },
};

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`apt-get dist-upgrade`, `apt full-upgrade`, `zypper dist-upgrade`/`zypper dup` or `conda update --all` in RUN.",
      rationale:
        "A distribution upgrade may remove packages and install new ones to satisfy changed dependencies, and with " +
        "a rolling or changed repository it moves the image to whatever the repositories hold that day: the build " +
        "is no longer reproducible and the base image's tested package set is gone. Start from a newer base image " +
        "instead, or install the specific updates you need. `conda update --all` (mamba's, micromamba's) does the " +
        "same to a conda environment: every package moves to the newest build the channels offer, replacing the " +
        "set the base image (or your pins) chose.",
      examples: {
        valid: [
          "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
          "FROM opensuse/leap:15.6\nRUN zypper -n install httpd\n",
        ],
        invalid: [
          "FROM debian:12\nRUN apt-get update && apt-get -y dist-upgrade\n",
          "FROM opensuse/leap:15.6\nRUN zypper -n dup\n",
          "FROM condaforge/miniforge3:24.3.0-0\nRUN conda update --all -y && conda clean --all --yes\n",
        ],
      },
      differences:
        "hadolint's DL3035 covers only `zypper dist-upgrade`/`dup` (its apt rule, DL3005, was removed); docklint " +
        "also flags `apt-get`/`apt`/`aptitude` `dist-upgrade` and `full-upgrade`, as Trivy's DS024 does. Dry runs " +
        "(`-s`, `--dry-run`) are not flagged. `conda update --all` is docklint's own.",
      recommended: true,
    },
    aliases: ["DL3035", "DS024"],
    defaultLevel: "warning",
    messages: {
      distUpgrade: "`{{command}}` upgrades across the distribution and makes the build unreproducible: use a newer base image instead.",
      updateAll:
        "`{{command}} --all` moves every package of the environment to its newest build and makes the build " +
        "unreproducible: use a newer base image, or update only the packages you need, with versions.",
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
          if (spec.only && !found.command.hasFlag(...spec.only)) continue;
          context.report({ node: sub, messageId: spec.only ? "updateAll" : "distUpgrade", data: { command: `${found.program} ${sub.value}` } });
        }
      },
    };
  },
};

export default rule;
