// Flags Jupyter started with --allow-root: the notebook server (and every kernel and terminal
// it spawns) runs as root.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";
import { programName } from "../src/shell/flags.js";
import { pythonModule } from "../src/shell/python.js";

/** Programs that are Jupyter's server (jupyter, jupyter-lab...) and `python -m` modules that are. */
const JUPYTER_COMMAND = /^jupyter(-(notebook|lab|server|nbclassic))?$/;
const JUPYTER_MODULES = new Set(["jupyter", "notebook", "jupyterlab", "jupyter_server", "nbclassic"]);
/** `--allow-root`, and the traitlets spelling `--NotebookApp.allow_root=True`. */
const ALLOW_ROOT = /^--((NotebookApp|ServerApp)\.allow_root(=(true|1|yes))?|allow-root)$/i;

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "Jupyter is started with --allow-root (or allow_root=True) in CMD, ENTRYPOINT or RUN.",
      rationale:
        "Jupyter refuses to start as root because a notebook server is a remote code execution service: anyone with " +
        "the token (or none, if it is disabled) runs code with the server's privileges, in notebooks and terminals alike. " +
        "--allow-root silences that check instead of fixing the cause. Create a user (`useradd -m -u 1000 jovyan`) and " +
        "switch to it with USER before CMD; a USER that is not root makes the flag unnecessary, and this rule stays quiet.",
      examples: {
        valid: [
          'FROM python:3.12-slim\nRUN useradd -m -u 1000 jovyan\nUSER jovyan\nCMD ["jupyter", "lab", "--ip=0.0.0.0"]\n',
        ],
        invalid: ['FROM python:3.12-slim\nCMD ["jupyter", "notebook", "--ip=0.0.0.0", "--allow-root"]\n'],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      allowRoot:
        "`{{flag}}` runs Jupyter (and every kernel and terminal it starts) as root: create a user and switch to it with USER instead.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const reported = new Set<number>();
    const report = (word: m.Word) => {
      if (reported.has(word.range[0])) return;
      reported.add(word.range[0]);
      context.report({ node: word, messageId: "allowRoot", data: { flag: word.value } });
    };
    return {
      ShellCommand(command) {
        if (!isJupyter(command.command, command.args)) return;
        if (!runsAsRoot(command.instruction, sourceCode)) return;
        for (const word of command.args) if (ALLOW_ROOT.test(word.value)) report(word);
      },
      "Dockerfile:exit"(doc) {
        // ENTRYPOINT ["jupyter"] + CMD ["notebook", "--allow-root"]: the flag is in CMD's words
        for (const stage of doc.stages) {
          const { entrypoint, cmd } = sourceCode.facts.startup(stage);
          if (!entrypoint?.exec?.length || !cmd?.exec) continue;
          const words = [...entrypoint.exec, ...cmd.exec];
          const at = words.findIndex((w, i) => isJupyter(programName(w.value), words.slice(i + 1)));
          if (at < 0 || !runsAsRoot(cmd, sourceCode)) continue;
          for (const word of words.slice(at + 1)) if (ALLOW_ROOT.test(word.value)) report(word);
        }
      },
    };
  },
};

function isJupyter(command: string, args: m.Word[]): boolean {
  if (JUPYTER_COMMAND.test(command)) return true;
  const module = pythonModule(command, args)?.module.value;
  return module !== undefined && JUPYTER_MODULES.has(module);
}

/**
 * False when a USER other than root is in effect: for RUN the last USER before it, for CMD and
 * ENTRYPOINT the stage's last USER (the image's user). A USER naming a variable counts as not root.
 */
function runsAsRoot(instruction: m.Instruction, sourceCode: DockerfileSourceCode): boolean {
  const stage = sourceCode.stageOf(instruction);
  if (!stage) return true;
  const runtime = instruction.type === "Cmd" || instruction.type === "Entrypoint";
  for (const s of sourceCode.stageLineage(stage)) {
    let user: m.Instruction | undefined;
    for (const i of s.instructions) {
      if (!runtime && s === stage && i.range[0] >= instruction.range[0]) break;
      if (i.type === "User" && i.args.length) user = i;
    }
    if (user) {
      const name = user.args[0].value.split(":")[0];
      return name === "root" || name === "0";
    }
  }
  return true;
}

export default rule;
