// Flags `apt-key`, which apt deprecated and later removed: keys belong in a keyring named by `signed-by`.
import type { Rule } from "../src/engine/rule.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`apt-key` in a RUN (`apt-key add`, `apt-key adv --recv-keys`, ...).",
      rationale:
        "apt-key is deprecated since apt 2.1 (Debian 11 and Ubuntu 22.04 warn when it runs), and its manual says it is last shipped in " +
        "Debian 12 and Ubuntu 24.04: on the releases after them the command does not exist and the build fails. It " +
        "also adds the key to the keyring apt trusts for every repository, so a key meant for one third-party " +
        "repository can sign packages that replace the distribution's own. Save the key as a file of its own " +
        "(`curl -fsSL https://example.com/key.asc -o /etc/apt/keyrings/example.asc`, or `gpg --dearmor -o " +
        "/etc/apt/keyrings/example.gpg` for a binary keyring) and name it in the repository's source entry: " +
        "`deb [signed-by=/etc/apt/keyrings/example.asc] https://example.com/apt stable main`.",
      examples: {
        valid: [
          "FROM debian:12\nRUN install -d -m 0755 /etc/apt/keyrings \\\n && curl -fsSL https://download.docker.com/linux/debian/gpg -o /etc/apt/keyrings/docker.asc \\\n && echo \"deb [signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/debian bookworm stable\" > /etc/apt/sources.list.d/docker.list\n",
        ],
        invalid: [
          "FROM debian:12\nRUN curl -fsSL https://download.docker.com/linux/debian/gpg | apt-key add -\n",
          "FROM ubuntu:22.04\nRUN apt-key adv --keyserver keyserver.ubuntu.com --recv-keys 0x1234ABCD\n",
        ],
      },
      fixSafety:
        "No fix: the key's new file name and the repository's source entry (which may be written in another " +
        "instruction, or by a package) both have to change together.",
      differences: "hadolint, Trivy and Checkov have no check for apt-key.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      deprecated:
        "`apt-key` is deprecated and missing from apt after Debian 12 and Ubuntu 24.04: store the key in " +
        "/etc/apt/keyrings/ and name it with `[signed-by=...]` in the source entry.",
    },
    schema: [],
  },
  create(context) {
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run" || command.command !== "apt-key") return;
        if (command.hasFlag("--help", "-h", "--version")) return;
        context.report({ node: command.name, messageId: "deprecated" });
      },
    };
  },
};

export default rule;
