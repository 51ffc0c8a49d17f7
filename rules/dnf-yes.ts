// Flags dnf/microdnf commands that ask for confirmation without `-y`: nothing answers in a build, so they abort.
import type { Rule } from "../src/engine/rule.js";
import { unansweredPromptVisitor } from "../src/rule-helpers/unanswered-prompts.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`dnf install` or `microdnf install` (or another command of theirs that asks for confirmation) without `-y`.",
      rationale:
        "`dnf install` asks \"Is this ok [y/N]\" before it changes anything, and so do `remove`, `upgrade`, " +
        "`reinstall`, `module install`, `group install` and the rest; microdnf asks too since 3.7. A build has no " +
        "terminal: the question reads end of input, dnf answers no, and the RUN fails. `-y`/`--assumeyes` answer yes.",
      examples: {
        valid: [
          "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n",
          "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && microdnf clean all\n",
        ],
        invalid: ["FROM fedora:40\nRUN dnf install httpd && dnf clean all\n"],
      },
      fixSafety: "Safe: the fix inserts `-y` after the subcommand, which answers the question the build cannot.",
      differences:
        "hadolint checks `install`, `groupinstall` and `localinstall`; docklint also checks the other commands " +
        "that ask (`remove`, `upgrade`, `reinstall`, `downgrade`, `distro-sync`, `group install`, `module install`, " +
        "...) and dnf5. It stays quiet when the answer is given another way: `--setopt=assumeyes=1`, `assumeyes=1` " +
        "written to dnf.conf earlier in the stage, `yes | dnf ...`, `--assumeno`, or an options variable whose value " +
        "is unknown (`dnf $DNF_OPTS install httpd`).",
      recommended: true,
    },
    aliases: ["DL3038"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      missing: "`{{command}}` without -y stops at a confirmation prompt nothing answers in a build: add -y.",
    },
    schema: [],
  },
  create: (context) => unansweredPromptVisitor(context, "dnf"),
};

export default rule;
