// Flags yum commands that ask for confirmation without `-y`: nothing answers in a build, so they abort.
import type { Rule } from "../src/engine/rule.js";
import { unansweredPromptVisitor } from "../src/rule-helpers/unanswered-prompts.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`yum install` (or another yum command that asks for confirmation) without `-y`.",
      rationale:
        "`yum install` asks \"Is this ok [y/d/N]\" before it changes anything, and so do `remove`, `update`, " +
        "`groupinstall`, `localinstall`, `downgrade` and the rest. A build has no terminal: the question reads end " +
        "of input, yum answers no, and the RUN fails. `-y`/`--assumeyes` answer yes.",
      examples: {
        valid: ["FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n"],
        invalid: ["FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n"],
      },
      fixSafety: "Safe: the fix inserts `-y` after the subcommand, which answers the question the build cannot.",
      differences:
        "hadolint checks `install`, `groupinstall` and `localinstall`; docklint also checks the other yum " +
        "commands that ask (`remove`, `update`, `reinstall`, `downgrade`, `group install`, `module install`, ...). " +
        "It stays quiet when the answer is given another way: `--setopt=assumeyes=1`, `assumeyes=1` written to " +
        "yum.conf earlier in the stage, `yes | yum ...`, `--assumeno`, or an options variable whose value is " +
        "unknown (`yum $YUM_OPTS install httpd`).",
      recommended: true,
    },
    aliases: ["DL3030"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      missing: "`{{command}}` without -y stops at a confirmation prompt nothing answers in a build: add -y.",
    },
    schema: [],
  },
  create: (context) => unansweredPromptVisitor(context, "yum"),
};

export default rule;
