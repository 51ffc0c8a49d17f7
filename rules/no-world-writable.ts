// Flags modes that let every user write to a path the image ships: `chmod 777`, `chmod -R a+rwx`, `COPY --chmod=666`.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { Range } from "../src/source/source.js";
import { withoutTrailingSlashes } from "../src/shell/written-paths.js";
import { modeTargets, modeWord, readMode } from "../src/shell/file-modes.js";

/** Paths no image ships: the build's own devices and kernel files. */
const NOT_SHIPPED = /^\/(dev|proc|sys)(\/|$)/;

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "A mode that lets every user write to files the image ships: `chmod 777`, `chmod -R a+rwx`, `chmod o+w`, " +
        "`mkdir -m 0777`, `install -m 666`, `COPY --chmod=777`.",
      rationale:
        "A world-writable file or directory can be changed by any process in the container, whatever user it runs as: " +
        "a compromised service running as `nobody` can rewrite the application's code, its configuration or the " +
        "scripts root runs, and a world-writable data or log directory of a database lets any user corrupt or read " +
        "what others wrote. Give the files to the user that needs to write them (`chown app:app /data` or " +
        "`COPY --chown=app:app`) and keep the mode at 755/644, or 775/664 for a group. For images that run under an " +
        "arbitrary user id in group 0 (OpenShift), `chgrp -R 0 /data && chmod -R g=u /data` gives that group the " +
        "owner's rights without opening the path to everyone.",
      examples: {
        valid: [
          "FROM postgres:16\nRUN mkdir -p /var/lib/app && chown -R postgres:postgres /var/lib/app && chmod 750 /var/lib/app\n",
          "FROM debian:12\nRUN mkdir -p /tmp/cache && chmod 1777 /tmp/cache\n",
        ],
        invalid: [
          "FROM debian:12\nRUN mkdir -p /var/log/app && chmod -R 777 /var/log/app\n",
          "FROM debian:12\nCOPY --chmod=666 config.yml /etc/app/\n",
        ],
      },
      fixSafety:
        "No fix: which user or group should own the path, and whether the program needs to write there at all, is " +
        "the author's decision; a narrower mode alone can break a container that runs as another user.",
      differences:
        "A mode with the sticky bit (`chmod 1777 /tmp/x`, `a+rwxt`) is accepted: it is how shared temporary " +
        "directories are meant to be made. A symbolic mode that names no one (`chmod +w`) is masked by the umask, " +
        "which keeps others from writing, and is not reported. Stages whose layers reach no image (a builder only " +
        "copied from), paths a later `rm` of the same RUN removes, and /dev, /proc and /sys are not checked. Modes held in variables are read when the ARG or " +
        "ENV has a value.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      writable: "Mode `{{mode}}` lets every user in the container write to {{target}}: give the path to the user or group that writes it instead.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const grantsOthersWrite = (mode: string, at: m.Instruction) => {
      const resolved = sourceCode.resolve(mode, at);
      if (resolved.unresolved.length) return false;
      const grant = readMode(resolved.value);
      return grant !== null && grant.othersWrite && !grant.sticky;
    };
    const report = (range: Range, mode: string, target: string) =>
      context.report({ loc: sourceCode.locOf(range), messageId: "writable", data: { mode, target } });
    const copied = (copy: m.Copy) => {
      if (!sourceCode.facts.layersInImage(copy)) return;
      const flag = copy.flags.find((f) => f.name.toLowerCase() === "chmod");
      if (!flag?.value || !flag.valueRange || !grantsOthersWrite(flag.value, copy)) return;
      report(flag.valueRange, flag.value, copy.destination ? `\`${copy.destination.value}\`` : "the copied files");
    };
    return {
      Run(run) {
        if (!sourceCode.facts.layersInImage(run)) return;
        const commands = sourceCode.commandsOf(run);
        for (const command of commands) {
          const mode = modeWord(command);
          if (!mode || !grantsOthersWrite(mode.value, run)) continue;
          // a temporary directory the same RUN removes is not shipped
          const removed = commands
            .filter((c) => c.command === "rm" && c.range[0] > command.range[1])
            .flatMap((c) => c.positionals().map((w) => withoutTrailingSlashes(w.value)));
          const shipped = (path: string) => !NOT_SHIPPED.test(path) && !removed.some((r) => path === r || path.startsWith(r + "/"));
          const targets = modeTargets(command).filter((t) => shipped(t.value));
          if (!targets.length) continue;
          report(mode.range, mode.value, targets.length === 1 ? `\`${targets[0].value}\`` : `${targets.length} paths`);
        }
      },
      Copy: copied,
      Add: copied,
    };
  },
};

export default rule;
