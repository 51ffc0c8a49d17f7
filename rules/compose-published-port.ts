// Flags a published port of a built service that nothing in the container answers on: no server
// the image (or the service's `command:`) starts listens there, or it listens only on loopback, or,
// when no server is known, the Dockerfile EXPOSEs other ports and not this one.
import type { ComposeRule } from "../src/engine/rule.js";
import type { PublishedPort } from "../src/compose/model.js";
import { coversPort } from "../src/parse/ports.js";

const DOCKERFILE = 'FROM python:3.12-slim\nRUN pip install --no-cache-dir jupyterlab==4.2.5\nEXPOSE 8888\nCMD ["jupyter", "lab", "--ip=127.0.0.1", "--port=8888"]\n';

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description:
        "A port a service built from a Dockerfile publishes, on which its container does not answer: its server listens on another port, or only on 127.0.0.1, or (no server known) the image EXPOSEs other ports.",
      rationale:
        "Docker forwards a published port to the container's network interface. A server bound to 127.0.0.1 " +
        "inside the container (Jupyter's default, `--ip=127.0.0.1`, `flask run`) never sees those connections, and " +
        "one listening on 8000 never answers on a published 8080: the browser gets `connection reset` and the " +
        "Compose file looks right. The servers are read from the service's `command:`/`entrypoint:` when it has " +
        "them (also inside `sh -c '...'`, `bash -c`, and through wrappers such as `tini --`), else from the Dockerfile's CMD/ENTRYPOINT for the service's target and build args, with the same " +
        "server table as the Dockerfile rules (bind-all-interfaces, expose-listening-port). A server whose port or " +
        "address is unknown is not judged; with no server known, a port is flagged only when the image EXPOSEs " +
        "others and not it.",
      examples: {
        valid: [{ code: 'services:\n  lab:\n    build: .\n    command: ["jupyter", "lab", "--ip=0.0.0.0", "--port=8888"]\n    ports: ["8888:8888"]\n', options: [], files: { Dockerfile: DOCKERFILE } }],
        invalid: [{ code: 'services:\n  lab:\n    build: .\n    ports: ["8888:8888"]\n', options: [], files: { Dockerfile: DOCKERFILE } }],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      loopback: "`{{server}}` listens on {{address}} only (in {{where}}): the published port {{port}} never answers. Make it listen on 0.0.0.0.",
      otherPort: "Published container port {{port}}: `{{server}}` listens on {{listening}} (in {{where}}), and nothing on {{port}}.",
      notExposed: "Published container port {{port}}: {{dockerfile}} EXPOSEs {{exposed}}, not {{port}}.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ComposeService(service) {
        const ports = service.ports.filter((p) => p.target && sourceCode.isHere(p.node));
        if (!ports.length || !service.build) return;
        const started = sourceCode.serversOf(service);
        const build = sourceCode.buildOf(service);
        if (!started || !build) return;
        const where = started.from === "compose" ? "its `command:`" : sourceCode.relativeName(build.dockerfile);
        const known = started.servers.filter((s) => s.port.value !== null);
        // a port nothing listens on is said only when no published port reaches a known server: a
        // second port (a debugger's, a metrics endpoint's) may belong to a process no table knows
        const someServed = ports.some((p) => known.some((s) => covers(p, s.port.value!)));
        for (const port of ports) {
          const serving = known.filter((s) => covers(port, s.port.value!));
          const loopback = serving.find((s) => s.host.scope === "loopback");
          if (loopback) {
            // a host word in the Compose file is where to change it; one in the Dockerfile is not here
            const at = started.from === "compose" && loopback.host.word ? loopback.host.word : port.node;
            context.report({ node: at, messageId: "loopback", data: { server: loopback.server, address: loopback.host.value ?? "127.0.0.1", where, port: port.target!.low } });
          } else if (!serving.length && !someServed && known.length && known.length === started.servers.length) {
            context.report({ node: port.node, messageId: "otherPort", data: { port: port.target!.low, server: known[0].server, listening: known.map((s) => s.port.value).join(", "), where } });
          } else if (!started.servers.length && started.from === "dockerfile") {
            notExposed(port);
          }
        }

        function notExposed(port: PublishedPort): void {
          const target = build!.sourceCode.facts.target!;
          const exposed = build!.sourceCode.facts.exposedPorts(target);
          if (!exposed.length || exposed.some((e) => e.parts === null)) return;
          if (exposed.some((e) => coversPort(e.parts!, port.target!.low, port.protocol))) return;
          context.report({ node: port.node, messageId: "notExposed", data: { port: port.target!.low, dockerfile: sourceCode.relativeName(build!.dockerfile), exposed: exposed.map((e) => (e.parts!.protocol ? `${e.port}/${e.parts!.protocol}` : e.port)).join(", ") } });
        }
      },
    };
  },
};

function covers(port: PublishedPort, listening: number): boolean {
  return port.protocol === "tcp" && port.target!.low <= listening && listening <= port.target!.high;
}

export default rule;
