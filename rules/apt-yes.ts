// Flags apt-get commands that ask for confirmation without `-y`: nothing answers in a build, so they abort.
import type { Rule } from "../src/engine/rule.js";
import { unansweredPromptVisitor } from "../src/rule-helpers/unanswered-prompts.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`apt-get install` (or another apt-get command that asks for confirmation) without `-y`.",
      rationale:
        "`apt-get install` asks \"Do you want to continue? [Y/n]\" whenever it has to install more than the named " +
        "packages, and `remove`, `purge`, `upgrade`, `dist-upgrade` and `autoremove` ask too. A build has no " +
        "terminal: the question reads end of input, apt answers no, and the RUN fails (or, worse, passes today " +
        "and fails when a dependency changes). `-y`/`--yes`/`--assume-yes` answer yes; so does quiet level 2 " +
        "(`-qq`).",
      examples: {
        valid: [
          "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
          "FROM debian:12\nRUN apt-get -qq update && apt-get -qq install curl\n",
        ],
        invalid: ["FROM debian:12\nRUN apt-get update && apt-get install curl\n"],
      },
      fixSafety: "Safe: the fix inserts `-y` after the subcommand, which answers the question the build cannot.",
      differences:
        "hadolint checks only `apt-get install`; docklint also checks the other apt-get subcommands that ask " +
        "(`remove`, `purge`, `upgrade`, `dist-upgrade`, `autoremove`, `build-dep`, ...) and the `apt` and " +
        "`aptitude` front ends. It stays quiet when the answer is given another way: `-o APT::Get::Assume-Yes=true`, " +
        "`APT::Get::Assume-Yes` written to apt.conf.d earlier in the stage, `yes | apt-get ...`, dry runs (`-s`), " +
        "or an options variable whose value is unknown (`apt-get install $APT_OPTS curl`).",
      recommended: true,
    },
    aliases: ["DL3014", "DS021"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      missing: "`{{command}}` without -y stops at a confirmation prompt nothing answers in a build: add -y.",
    },
    schema: [],
  },
  create: (context) => unansweredPromptVisitor(context, "apt"),
};

export default rule;
