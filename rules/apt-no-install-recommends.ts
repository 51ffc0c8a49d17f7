// Flags `apt-get install` without --no-install-recommends, which pulls in optional packages.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import { aptOption, configWrittenBefore } from "../src/shell/package-config.js";
import { findPackageInstall } from "../src/shell/package-managers.js";

/** The flag each apt front end takes, by program. */
const noRecommends: Record<string, { flags: string[]; insert: string }> = {
  "apt-get": { flags: ["--no-install-recommends"], insert: "--no-install-recommends" },
  apt: { flags: ["--no-install-recommends"], insert: "--no-install-recommends" },
  aptitude: { flags: ["--without-recommends", "-R"], insert: "--without-recommends" },
};

/** `APT::Install-Recommends "false"` (or 0/no/off), as an `-o` value or in an apt.conf.d file. */
// `\s*=` or blanks with a space among them: `\s*[= ]\s*` tried every split of a long run of blanks
const OFF = /APT::Install-Recommends(?:\s*=|[^\S ]* )\s*"?(false|0|no|off)"?/i;

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`apt-get install` without `--no-install-recommends`.",
      rationale:
        "By default apt also installs every package the requested ones recommend: documentation, helpers, " +
        "often a compiler or an X11 library. They make the image larger and widen its attack surface without " +
        "being needed. Install them by name when they are.",
      examples: {
        valid: [
          "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n",
          "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n",
        ],
        invalid: ["FROM debian:12\nRUN apt-get install -y curl\n"],
      },
      fixSafety:
        "Safe to apply unattended in the sense that it only removes optional packages; if the image relied on a " +
        "recommended package, install it by name. The fix inserts the flag after `install`.",
      differences:
        "`apt install` and `aptitude install` (`--without-recommends`/`-R`) are checked too. An earlier RUN in the " +
        "stage (or a stage it builds FROM) that writes `APT::Install-Recommends \"false\"` to apt's configuration " +
        "satisfies the rule.",
      recommended: true,
    },
    aliases: ["DL3015", "DS029"],
    defaultLevel: "info",
    fixable: "code",
    messages: {
      missing: "`{{command}}` without {{flag}} also installs recommended packages: add {{flag}}.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;

    let mentionsAptConf: boolean | undefined;

    /** apt's configuration turns recommends off: written to apt.conf.d earlier in the stage or an ancestor. */
    const configuredOff = (run: m.Run, before: number) => {
      // the cheap test first: few files mention apt.conf at all
      mentionsAptConf ??= sourceCode.text.includes("apt.conf");
      return mentionsAptConf && configWrittenBefore(run, before, (text) => text.includes("apt.conf") && OFF.test(text), sourceCode);
    };

    return {
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          const install = findPackageInstall(command);
          if (install?.manager !== "apt" || !install.subcommand) continue;
          const front = noRecommends[install.program];
          if (install.command.hasFlag(...front.flags) || aptOption(install.command, (setting) => OFF.test(setting)) || configuredOff(run, command.range[0])) continue;
          const word = install.subcommand;
          context.report({
            node: word,
            messageId: "missing",
            data: { command: `${install.program} install`, flag: front.insert },
            fix: run.exec ? null : (fixer) => fixer.insertTextAfter(word, ` ${front.insert}`),
          });
        }
      },
    };
  },
};

export default rule;
