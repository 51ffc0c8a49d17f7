// Flags replacing /bin/sh with a link to another shell, where SHELL changes the shell RUN uses without altering the image.
import type { Rule } from "../src/engine/rule.js";

/** The default shell's path, also through the merged-/usr layout. */
const DEFAULT_SHELL_PATHS = new Set(["/bin/sh", "/usr/bin/sh"]);
/** ln flags that take a value. */
const LN_VALUE_FLAGS = ["-S", "--suffix", "-t", "--target-directory"];

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`ln` that replaces /bin/sh (e.g. `ln -sf /bin/bash /bin/sh`) to change the shell RUN uses.",
      rationale:
        "Relinking /bin/sh changes the shell of every script and program in the image that runs `sh`, " +
        "including the base image's own scripts that rely on POSIX behaviour, and it is invisible when " +
        "reading the later RUN lines. The SHELL instruction changes only the shell that RUN (and shell-form " +
        "CMD/ENTRYPOINT) use, and says so where it happens: `SHELL [\"/bin/bash\", \"-c\"]`.",
      examples: {
        valid: ['FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo $BASH_VERSION\n'],
        invalid: ["FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n"],
      },
      differences:
        "hadolint flags any `ln` that mentions /bin/sh, also as the link's target (`ln -s /bin/sh /usr/local/bin/sh`), " +
        "which leaves the default shell alone; docklint only flags a link whose name is /bin/sh (or /usr/bin/sh). " +
        "An exec-form RUN (`RUN [\"/busybox/ln\", \"-s\", \"/busybox/sh\", \"/bin/sh\"]`) is not flagged: it runs " +
        "without a shell, typically to give a shell-less image one, which SHELL cannot do.",
      recommended: true,
    },
    aliases: ["DL4005"],
    defaultLevel: "warning",
    messages: {
      relink: "Use SHELL to change the shell RUN uses instead of relinking {{path}}.",
    },
    schema: [],
  },
  create(context) {
    return {
      ShellCommand(command) {
        // exec form runs without a shell: the image has none yet, and the link provides one
        if (command.instruction.type !== "Run" || command.instruction.exec || command.command !== "ln") return;
        const positionals = command.positionals(LN_VALUE_FLAGS);
        const linkName = positionals.length >= 2 ? positionals[positionals.length - 1] : undefined;
        if (!linkName || !DEFAULT_SHELL_PATHS.has(linkName.value)) return;
        context.report({ node: linkName, messageId: "relink", data: { path: linkName.value } });
      },
    };
  },
};

export default rule;
