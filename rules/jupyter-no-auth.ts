// Flags Jupyter started with its token disabled while it listens on every interface: anyone who
// reaches the published port runs code in the container.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";
import type { StartedServer } from "../src/facts/servers-started.js";
import { bindScope } from "../src/shell/servers.js";
import { programName } from "../src/shell/flags.js";

/** `--NotebookApp.token=''`, `--ServerApp.token=`, `--IdentityProvider.token=""`: the option and its value. */
const TOKEN_OPTION = /^--(NotebookApp|ServerApp|IdentityProvider)\.token(=|$)/;
/** An empty value as Jupyter reads it: traitlets strips one pair of quotes from a string option. */
const EMPTY = new Set(["", "''", '""']);
/** `c.NotebookApp.token = ''` in a config file a RUN writes. */
const CONFIG_TOKEN = /c\.(NotebookApp|ServerApp|IdentityProvider)\.token *= *(''|"")/;
/** `c.NotebookApp.ip = '*'` / `'0.0.0.0'` in the same config. */
const CONFIG_IP_ALL = /c\.(NotebookApp|ServerApp)\.ip *= *['"](\*|0\.0\.0\.0)?['"]/;
/** docker-stacks' start scripts run `jupyter lab` with the image's config, which listens on 0.0.0.0. */
const START_SCRIPTS = new Set(["start-notebook.sh", "start-notebook.py"]);

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "Jupyter (notebook, lab, server, or docker-stacks' start-notebook) is started with an empty token while it listens on every interface.",
      rationale:
        "Jupyter runs any code a client sends: notebooks, terminals and kernels have the server's privileges. Its token is " +
        "the only thing between a reachable port and that code. `--NotebookApp.token=''` (or `--ServerApp.token=`, " +
        "`--IdentityProvider.token=''`, or `c.NotebookApp.token = ''` in a config file a RUN writes) turns it off, and with " +
        "`--ip=0.0.0.0` (or `*`) anyone who reaches the published port, on a laptop's Wi-Fi, a shared server or a cloud " +
        "host with an open security group, gets a shell. Keep the token: read it from the log, or pass one at run time " +
        "(`docker run -e JUPYTER_TOKEN=...`); or set a hashed password. A server that listens only on loopback (behind a " +
        "proxy in the same container) is not reported.",
      examples: {
        valid: [
          'FROM python:3.12-slim\nCMD ["jupyter", "lab", "--ip=0.0.0.0", "--no-browser"]\n',
          "FROM python:3.12-slim\nCMD jupyter lab --ip=127.0.0.1 --ServerApp.token=''\n",
        ],
        invalid: [
          'FROM python:3.12-slim\nCMD ["jupyter", "notebook", "--ip=0.0.0.0", "--NotebookApp.token="]\n',
          "FROM python:3.12-slim\nRUN mkdir -p /root/.jupyter && echo \"c.NotebookApp.token = ''\" >> /root/.jupyter/jupyter_notebook_config.py\nCMD jupyter notebook --ip=0.0.0.0\n",
        ],
      },
      differences:
        "`--NotebookApp.password=''` alone is not reported: an empty password is the default and the token still " +
        "protects the server. `jupyterhub-singleuser` is not reported: JupyterHub's OAuth guards it whatever its token. " +
        "A token set through a config file the Dockerfile copies is unknown and never guessed.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    messages: {
      flag: "`{{flag}}` turns off Jupyter's token while it listens on {{host}}: anyone who reaches the port runs code in the container. Keep the token, or pass one at run time (JUPYTER_TOKEN).",
      config:
        "This config turns off Jupyter's token, and the server started by `{{server}}` listens on {{host}}: anyone who reaches the port runs code in the container. Keep the token, or pass one at run time (JUPYTER_TOKEN).",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const reported = new Set<number>();
    return {
      "Dockerfile:exit"(doc) {
        for (const stage of doc.stages) {
          const config = configDisablingToken(stage, sourceCode);
          for (const started of startedJupyters(stage, sourceCode)) {
            const host = hostOf(started, config?.ipAll ?? false);
            if (host === null) continue;
            const flag = started.words.find((w, i) => isEmptyToken(w, started.words[i + 1]));
            if (flag) {
              if (reported.has(flag.range[0])) continue;
              reported.add(flag.range[0]);
              context.report({ node: flag, messageId: "flag", data: { flag: flag.value, host } });
            } else if (config && !started.words.some((w) => TOKEN_OPTION.test(w.value))) {
              if (reported.has(config.run.range[0])) continue;
              reported.add(config.run.range[0]);
              context.report({ loc: config.run.loc, messageId: "config", data: { server: started.name.value, host } });
            }
          }
        }
      },
    };
  },
};

interface StartedJupyter {
  name: m.Word;
  /** The words after the program. */
  words: m.Word[];
  /** Where the servers table says it listens; null when not known (start scripts). */
  server: StartedServer | null;
}

/** Jupyter servers a container of this stage starts: from the servers table, and docker-stacks' start scripts. */
function startedJupyters(stage: m.Stage, sourceCode: DockerfileSourceCode): StartedJupyter[] {
  const out: StartedJupyter[] = [];
  const { entrypoint, cmd } = sourceCode.facts.startup(stage);
  const words = [...(entrypoint?.exec ?? []), ...(cmd?.exec ?? [])];
  for (const server of sourceCode.facts.serversStarted(stage)) {
    if (server.server !== "jupyter") continue;
    out.push({ name: server.name, words: argsAfter(server.anchor, server.instructions, sourceCode), server });
  }
  // start-notebook.sh passes its arguments to jupyter: exec form ENTRYPOINT/CMD, or a shell-form command
  const at = words.findIndex((w) => START_SCRIPTS.has(programName(w.value)));
  if (at >= 0) out.push({ name: words[at], words: words.slice(at + 1), server: null });
  for (const instruction of [entrypoint, cmd]) {
    if (!instruction || instruction.exec) continue;
    for (const command of sourceCode.commandsOf(instruction)) {
      if (START_SCRIPTS.has(command.command)) out.push({ name: command.name, words: command.args, server: null });
    }
  }
  return out;
}

/** The words that follow `anchor` in the same command. */
function argsAfter(anchor: m.Word, instructions: m.Instruction[], sourceCode: DockerfileSourceCode): m.Word[] {
  const words: m.Word[] = [];
  for (const instruction of instructions) {
    if ((instruction.type === "Cmd" || instruction.type === "Entrypoint") && instruction.exec) words.push(...instruction.exec);
    else
      for (const command of sourceCode.commandsOf(instruction)) {
        if (command.range[0] <= anchor.range[0] && anchor.range[1] <= command.range[1]) words.push(command.name, ...command.args);
      }
  }
  return words.filter((w) => w.range[0] > anchor.range[0]);
}

/** The address it listens on when that is every interface, else null. */
function hostOf(started: StartedJupyter, configIpAll: boolean): string | null {
  if (started.server) {
    const { host } = started.server;
    // Jupyter strips one pair of quotes from a string option: exec-form `--ip='*'` is `*`
    const value = host.value === null ? null : unquote(host.value);
    if (value !== null && bindScope(value) === "all") return value || "every interface";
    if (host.scope === null && host.from !== "flag" && configIpAll) return "every interface";
    return null;
  }
  // a start script: the docker-stacks config listens on 0.0.0.0 unless an --ip flag says otherwise
  const ip = started.words.find((w) => /^--((NotebookApp|ServerApp)\.)?ip=/.test(w.value));
  if (!ip) return "0.0.0.0";
  const value = unquote(ip.value.slice(ip.value.indexOf("=") + 1));
  return bindScope(value) === "all" ? value || "every interface" : null;
}

/** `--X.token=` with an empty value, or `--X.token` followed by an empty word. */
function isEmptyToken(word: m.Word, next: m.Word | undefined): boolean {
  const match = TOKEN_OPTION.exec(word.value);
  if (!match) return false;
  if (match[2] === "=") return EMPTY.has(word.value.slice(match[0].length));
  return next !== undefined && EMPTY.has(next.value);
}

/** The RUN in this stage or the stages it builds on that writes a config with an empty token. */
function configDisablingToken(stage: m.Stage, sourceCode: DockerfileSourceCode): { run: m.Run; ipAll: boolean } | null {
  let found: { run: m.Run; ipAll: boolean } | null = null;
  let ipAll = false;
  for (const s of sourceCode.stageLineage(stage)) {
    for (const i of s.instructions) {
      if (i.type !== "Run") continue;
      const text = sourceCode.getText(i);
      if (CONFIG_IP_ALL.test(text)) ipAll = true;
      if (!found && CONFIG_TOKEN.test(text)) found = { run: i, ipAll: false };
    }
  }
  return found ? { ...found, ipAll } : null;
}

/** A string option as traitlets reads it: one pair of matching quotes around it is dropped. */
function unquote(value: string): string {
  const q = value[0];
  return value.length >= 2 && (q === "'" || q === '"') && value[value.length - 1] === q ? value.slice(1, -1) : value;
}

export default rule;
