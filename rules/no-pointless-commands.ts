// Flags RUN commands that act on a running machine (processes, mounts, services, terminals), which a build step does not have.
import type { Rule } from "../src/engine/rule.js";
import type { ShellCommand } from "../src/shell/command.js";

/** Why each command means nothing in a build step. */
const POINTLESS: Record<string, string> = {
  ssh: "a build step should not log in to other machines; fetch what you need with COPY or a download",
  vim: "an interactive editor cannot run in a build; edit files with COPY, sed or a heredoc",
  shutdown: "a build container has no system to shut down",
  service: "services started in a RUN stop when the step ends; start them in CMD/ENTRYPOINT",
  ps: "the build container has no processes of interest; its process table is gone when the step ends",
  free: "memory figures of the build machine say nothing about the image",
  top: "an interactive monitor cannot run in a build",
  kill: "processes of earlier steps are gone; nothing from another step can be signalled",
  mount: "mounts made in a RUN are not kept in the image; use RUN --mount or VOLUME",
  ifconfig: "the build container's network settings are not kept in the image",
};

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount` or `ifconfig` run in a RUN instruction.",
      rationale:
        "Each RUN executes in a fresh, short-lived container and only its file system changes are kept. Commands " +
        "that inspect or change the running machine (processes, services, mounts, network interfaces), or that " +
        "wait for a person at a terminal, either do nothing useful there or hang the build. They usually come " +
        "from a script written for a virtual machine.",
      examples: {
        valid: ["FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends procps\n"],
        invalid: ["FROM debian:12-slim\nRUN service nginx restart\n", "FROM debian:12-slim\nRUN vim /etc/hosts\n"],
      },
      differences:
        "Same command list as hadolint. Only commands RUN executes count: package names (`apt-get install vim`), " +
        "`command -v ps` and `which ps` are not flagged, while commands inside `sh -c '...'`, subshells and " +
        "heredoc bodies are. `kill` in a RUN that starts a background job (`cmd &`) stops that job and is not " +
        "flagged.",
      recommended: true,
    },
    aliases: ["DL3001"],
    defaultLevel: "info",
    messages: {
      pointless: "`{{command}}` makes no sense in a RUN: {{reason}}.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    // `server & pid=$!; ...; kill $pid` stops a job the same RUN started: that is cleanup, not a leftover
    const startsBackgroundJob = (command: ShellCommand) =>
      sourceCode.scriptsOf(command.instruction).some((s) => s.background.length > 0);
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run" || !Object.hasOwn(POINTLESS, command.command)) return;
        if (command.command === "kill" && startsBackgroundJob(command)) return;
        context.report({
          node: command.name,
          messageId: "pointless",
          data: { command: command.command, reason: POINTLESS[command.command] },
        });
      },
    };
  },
};

export default rule;
