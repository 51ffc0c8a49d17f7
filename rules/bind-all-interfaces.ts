// Flags a server started by CMD/ENTRYPOINT that listens only on the container's loopback
// interface, where a published port (`docker run -p`) cannot reach it.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { StartedServer } from "../src/facts/servers-started.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "A server started by CMD/ENTRYPOINT listens on 127.0.0.1/localhost (explicitly, or by default), so nothing outside the container can reach it.",
      rationale:
        "Docker forwards a published port to the container's network interface, not to its loopback. A server bound to " +
        "127.0.0.1, localhost or ::1 accepts connections only from inside the container: `docker run -p 8888:8888` " +
        "starts, the port is published, and every request is refused. Jupyter, flask run, django runserver, uvicorn, " +
        "gunicorn, rails server, vite, ng serve, tensorboard, mlflow, mkdocs, jekyll and hugo all listen on localhost " +
        "unless told otherwise. Every stage is checked, since any stage can be built with --target.",
      examples: {
        valid: [
          'FROM python:3.12-slim\nRUN pip install --no-cache-dir jupyterlab==4.2.5\nCMD ["jupyter", "lab", "--ip=0.0.0.0", "--no-browser"]\n',
          'FROM python:3.12-slim\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0"]\n',
        ],
        invalid: [
          'FROM python:3.12-slim\nCMD ["jupyter", "lab", "--no-browser"]\n',
          'FROM python:3.12-slim\nCMD ["gunicorn", "--bind", "127.0.0.1:8000", "app:app"]\n',
        ],
      },
      fixSafety:
        "Safe: an explicit loopback address is replaced by 0.0.0.0 (the port is kept), or the server's own host flag " +
        "(`--ip=0.0.0.0`, `--host 0.0.0.0`, `-b 0.0.0.0`, ...) is added right after the command that starts it. The " +
        "container's network namespace is isolated: only ports published with -p become reachable from outside. " +
        "Addresses that come from variables are reported but not rewritten.",
      differences:
        "An exec-form argument that carries shell quotes, e.g. `\"--ip='*'\"`, hands the server the address `'*'` with " +
        "its quotes, which is neither loopback nor a wildcard; this rule stays quiet and exec-form-quotes reports it " +
        "(once the quotes are gone, `*` means every interface). Addresses set through config files the Dockerfile " +
        "copies or writes (jupyter_notebook_config.py, gunicorn.conf.py, .streamlit/, vite.config) are unknown and " +
        "never guessed. An unknown ENTRYPOINT script in front of CMD hides what the container runs.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    fixable: "code",
    messages: {
      explicit:
        "`{{server}}` is bound to {{host}}: only the container itself can connect, a published port cannot reach it. Listen on 0.0.0.0.",
      fromEnv:
        "`{{server}}` listens on {{host}}, set by {{via}}: a published port cannot reach it. Listen on 0.0.0.0 (`{{flag}}`).",
      byDefault:
        "`{{server}}` listens on {{host}} by default: a published port cannot reach it. Add `{{flag}}`.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const reported = new Set<number>();
    return {
      "Dockerfile:exit"(doc) {
        for (const stage of doc.stages) {
          for (const call of sourceCode.facts.serversStarted(stage)) {
            if (call.host.scope !== "loopback") continue;
            const at: m.Word = call.host.word ?? call.name;
            if (reported.has(at.range[0])) continue;
            reported.add(at.range[0]);
            const flag = call.hostFix && "words" in call.hostFix ? call.hostFix.words.join(" ") : "0.0.0.0";
            context.report({
              node: at,
              messageId: call.host.word ? "explicit" : call.host.from === "default" ? "byDefault" : "fromEnv",
              data: { server: call.server, host: call.host.value, via: call.host.via, flag },
              fix: fixFor(call),
            });
          }
        }
      },
    };
  },
};

function fixFor(call: StartedServer): Parameters<Parameters<typeof rule.create>[0]["report"]>[0]["fix"] {
  const edit = call.hostFix;
  if (!edit) return null;
  if ("range" in edit) return (fixer) => fixer.replaceTextRange(edit.range, edit.text);
  const text = call.execForm ? edit.words.map((w) => `, ${JSON.stringify(w)}`).join("") : edit.words.map((w) => ` ${w}`).join("");
  return (fixer) => fixer.insertTextAfter(edit.after, text);
}

export default rule;
