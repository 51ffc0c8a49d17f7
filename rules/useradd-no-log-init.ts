// Flags `useradd` with a high UID and no `-l`: the sparse lastlog/faillog files fill the layer.
import type { Rule } from "../src/engine/rule.js";

/** hadolint's threshold: a UID of six digits or more. */
const HIGH_UID = 100000;

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`useradd` with a high UID (100000 or more) and no `-l`/`--no-log-init`.",
      rationale:
        "`useradd` records the new user in /var/log/lastlog and /var/log/faillog, files indexed by UID. On a host " +
        "they are sparse, but image layers do not keep sparse files, so a UID such as 123456 writes tens of " +
        "megabytes of zeros into the layer (and a very large one can stall the build). `-l` (`--no-log-init`) " +
        "skips those records, which a container never needs.",
      examples: {
        valid: ["FROM debian:12\nRUN useradd -l -u 123456 app\n", "FROM debian:12\nRUN useradd -u 12345 app\n"],
        invalid: ["FROM debian:12\nRUN useradd -u 123456 app\n"],
      },
      fixSafety:
        "Safe: the fix inserts `-l` after `useradd`. It only stops the login records; the user, its UID, groups " +
        "and home are the same.",
      differences:
        "The UID is read after ARG/ENV substitution and judged by its number: hadolint counts characters, so it " +
        "flags `-u ${USER_ID}` whatever the value and misses `-u $UID` when UID is 200000. A UID nobody can " +
        "resolve is not flagged.",
      recommended: true,
    },
    aliases: ["DL3046"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      noLogInit:
        "`useradd` with UID {{uid}} and no `-l` writes large lastlog/faillog files into the layer: use `useradd -l`.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          if (command.command !== "useradd" || command.hasFlag("-l", "--no-log-init")) continue;
          const uidWord = command.flagValue("-u", "--uid");
          if (!uidWord) continue;
          const uid = sourceCode.resolve(uidWord.value, run).value;
          if (!/^\d+$/.test(uid) || Number(uid) < HIGH_UID) continue;
          context.report({
            node: command.name,
            messageId: "noLogInit",
            data: { uid },
            fix: run.exec ? null : (fixer) => fixer.insertTextAfter(command.name, " -l"),
          });
        }
      },
    };
  },
};

export default rule;
