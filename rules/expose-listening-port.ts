// Flags a server started by CMD/ENTRYPOINT whose port the stage never EXPOSEs, so the image does
// not say which port to publish.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";
import { coversPort } from "../src/parse/ports.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "A server started by CMD/ENTRYPOINT listens on a port that the stage (and the stages it builds on) never EXPOSEs.",
      rationale:
        "EXPOSE is how an image says which ports its process listens on: `docker run -P`, `docker inspect`, Compose and " +
        "orchestrators read it, and so do people. A Jupyter image that listens on 8888 without `EXPOSE 8888` leaves its " +
        "users to find the port in the CMD or the server's documentation. The port is taken from the command line " +
        "(`--port=8888`, `-b 0.0.0.0:8000`, `runserver 8080`), the server's environment variables (FLASK_RUN_PORT, PORT, " +
        "...), or its documented default; an unknown port is never guessed.",
      examples: {
        valid: [
          'FROM python:3.12-slim\nEXPOSE 8888\nCMD ["jupyter", "lab", "--ip=0.0.0.0"]\n',
          'FROM python:3.12-slim\nEXPOSE 8000/tcp\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0"]\n',
        ],
        invalid: ['FROM python:3.12-slim\nCMD ["jupyter", "lab", "--ip=0.0.0.0"]\n'],
      },
      fixSafety:
        "Safe: the fix adds `EXPOSE <port>` on its own line before the CMD/ENTRYPOINT. EXPOSE is metadata: it publishes " +
        "nothing by itself and does not change what the container runs.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      notExposed: "`{{server}}` listens on port {{port}} ({{via}}), but the image never EXPOSEs it: add `EXPOSE {{port}}`.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const reported = new Set<string>();
    return {
      "Dockerfile:exit"(doc) {
        for (const stage of doc.stages) {
          for (const call of sourceCode.facts.serversStarted(stage)) {
            const port = call.port.value;
            if (port === null || exposes(stage, port, sourceCode)) continue;
            const at = call.port.word ?? call.name;
            const key = `${at.range[0]}:${port}`;
            if (reported.has(key)) continue;
            reported.add(key);
            const before = call.instructions[0];
            context.report({
              node: at,
              messageId: "notExposed",
              data: { server: call.server, port, via: describe(call.port.from, call.port.via) },
              fix: before.isTrigger ? null : (fixer) => fixer.insertTextBefore(before, exposeLine(before, port, sourceCode)),
            });
          }
        }
      },
    };
  },
};

function describe(from: string, via: string): string {
  if (from === "default") return "its default";
  if (from === "env") return `from ${via}`;
  return via;
}

/** `EXPOSE <port>` and a line break, indented and cased like the instruction it goes before. */
function exposeLine(before: m.Instruction, port: number, sourceCode: DockerfileSourceCode): string {
  const text = sourceCode.text;
  const lineStart = sourceCode.source.lineStarts[before.loc.start.line - 1];
  const indent = text.slice(lineStart, before.range[0]);
  const keyword = before.keyword === before.keyword.toLowerCase() ? "expose" : "EXPOSE";
  return `${keyword} ${port}${sourceCode.source.eol}${/^\s*$/.test(indent) ? indent : ""}`;
}

/** True when the stage or an ancestor EXPOSEs the TCP port (or a port we cannot read, which might be it). */
function exposes(stage: m.Stage, port: number, sourceCode: DockerfileSourceCode): boolean {
  for (const exposed of sourceCode.facts.exposedPorts(stage)) {
    const protocol = exposed.spec.protocol?.toLowerCase() ?? "tcp";
    if (protocol !== "tcp" && !protocol.includes("$")) continue;
    const parts = exposed.parts;
    if (!parts?.range || parts.published !== null || coversPort(parts, port)) return true;
  }
  return false;
}

export default rule;
