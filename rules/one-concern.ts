// Flags a CMD/ENTRYPOINT that starts several long-running processes (`a & b`, `service x start
// && y`) or a process supervisor: one container, one concern.
import type { Rule } from "../src/engine/rule.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";
import type * as m from "../src/parse/model.js";
import type { Range } from "../src/source/source.js";
import type { ShellCommand } from "../src/shell/command.js";
import { startsDaemon, supervisorIn } from "../src/shell/daemons.js";
import { isShell, unwrap } from "../src/shell/wrappers.js";

/** Commands that finish quickly: setup steps, not services. */
const SHORT_LIVED = new Set([
  "sleep", "echo", "printf", "true", "false", "touch", "chmod", "chown", "mkdir", "rm", "cp", "mv", "ln", "cat",
  "sed", "envsubst", "export", "cd", "set", "source", ".", "test", "[", "ls", "date", "tee", "exit", "curl", "wget",
  "trap", "ulimit", "umask", "id", "whoami", "find", "grep", "awk", "head", "wait",
]);

/** The last foreground command only keeps the container alive (or open for a user): it is not a service. */
function keepsAlive(c: ShellCommand): boolean {
  if (c.command === "tail") return c.hasFlag("-f", "-F", "--follow");
  if (c.command === "sleep") return c.args.some((a) => a.value === "infinity");
  if (isShell(c.command)) return c.positionals().length === 0 && !c.hasFlag("-c");
  return c.command === "wait";
}

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description:
        "CMD or ENTRYPOINT starts several long-running processes: `a & b`, `service x start && y`, or a supervisor such as supervisord, s6-svscan, runsvdir or my_init.",
      rationale:
        "A container is managed as one process: Docker watches PID 1, restarts the container when it exits, sends it " +
        "the stop signal and collects its output. Services started in the background or by `service x start` are " +
        "invisible to all of that: if one crashes nothing notices, its logs go nowhere, and it is killed without a " +
        "chance to shut down. Run each service in its own container (Compose or a pod groups them); when several " +
        "processes really must share one container, an init such as tini or s6-overlay is a deliberate choice, and " +
        "this rule can be turned off for that file.",
      examples: {
        valid: [
          'FROM python:3.12-slim\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n',
          "FROM python:3.12-slim\nCMD python manage.py migrate && exec gunicorn --bind 0.0.0.0:8000 app.wsgi\n",
        ],
        invalid: [
          "FROM ubuntu:24.04\nCMD service nginx start && python3 app.py\n",
          'FROM ubuntu:24.04\nCMD ["/usr/bin/supervisord", "-n"]\n',
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      several:
        "{{instruction}} starts `{{first}}` and `{{second}}`, which both keep running: run one process per container (one container per service).",
      supervisor:
        "`{{name}}` runs several services in one container: give each service its own container, or turn this rule off if that is deliberate.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const daemonOff = /daemon\s+off/.test(sourceCode.text);
    const check = (node: m.Cmd | m.Entrypoint) => {
      const commands = sourceCode.commandsOf(node).filter((c) => !unwrap(c) && !(isShell(c.command) && c.hasFlag("-c")));
      const supervisor = commands.map(supervisorIn).find((w) => w !== null);
      if (supervisor) {
        context.report({ node: supervisor, messageId: "supervisor", data: { name: supervisor.value } });
        return;
      }
      const background = backgroundRanges(sourceCode, node);
      const inBackground = (c: ShellCommand) => background.find((r) => c.range[0] >= r[0] && c.range[1] <= r[1]);
      const processes: ShellCommand[] = [];
      const counted = new Set<Range>();
      for (const c of commands) {
        const range = inBackground(c);
        if (range) {
          if (!SHORT_LIVED.has(c.command) && !counted.has(range)) {
            counted.add(range);
            processes.push(c);
          }
        } else if (startsDaemon(c, daemonOff)) processes.push(c);
      }
      // the command left in the foreground at the end is the container's main process
      for (const c of [...commands].reverse()) {
        if (inBackground(c) || SHORT_LIVED.has(c.command)) continue;
        if (!keepsAlive(c) && !startsDaemon(c, daemonOff)) processes.push(c);
        break;
      }
      if (processes.length < 2) return;
      processes.sort((a, b) => a.range[0] - b.range[0]);
      const [first, second] = processes;
      context.report({
        node: first.name,
        messageId: "several",
        data: { instruction: node.name, first: label(first), second: label(second) },
      });
    };
    return { Cmd: check, Entrypoint: check };
  },
};

function label(c: ShellCommand): string {
  if ((c.command === "service" || c.command === "rc-service") && c.args[0]) return `${c.command} ${c.args[0].value}`;
  return c.name.value;
}

/** File ranges of the statements run in the background (`stmt &`) in the instruction's shell code. */
function backgroundRanges(sourceCode: DockerfileSourceCode, node: m.Cmd | m.Entrypoint): readonly Range[] {
  return sourceCode.scriptsOf(node).flatMap((script) => script.background);
}

export default rule;
