// Flags sudo in RUN: builds already run as the stage's USER, and sudo only adds a tty-and-PAM dependent layer.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`sudo` in a RUN instruction.",
      rationale:
        "RUN commands execute as the stage's current USER, which is root unless a USER instruction changed it. " +
        "sudo adds nothing a `USER root` … `USER app` pair does not do, while its behaviour depends on the " +
        "sudoers file, PAM and tty settings of the base image, so a build can hang on a password prompt or fail " +
        "after a base image update. To run a command as root switch with USER; to drop privileges at run time " +
        "use `gosu` or `su-exec`.",
      examples: {
        valid: ["FROM debian:12-slim\nRUN apt-get update\nUSER app\n", "FROM debian:12-slim\nRUN gosu app make\n"],
        invalid: ["FROM debian:12-slim\nUSER app\nRUN sudo apt-get update\n"],
      },
      differences:
        "Like hadolint, every sudo that RUN executes is flagged, including inside `sh -c '...'`, subshells and " +
        "heredoc bodies. The word `sudo` as an argument (`apt-get install sudo`) is not a use.",
      recommended: true,
    },
    aliases: ["DL3004", "DS010", "CKV2_DOCKER_1"],
    defaultLevel: "error",
    messages: {
      sudo: "Do not use sudo in RUN: set the user with USER (or use gosu/su-exec to drop privileges).",
    },
    schema: [],
  },
  create(context) {
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run" || command.command !== "sudo") return;
        context.report({ node: command.name, messageId: "sudo" });
      },
    };
  },
};

export default rule;
