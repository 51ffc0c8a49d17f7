// Flags EXPOSE of port 22, alone or in a range: an SSH server in a container is a second way in.
import type { Rule } from "../src/engine/rule.js";
import { coversPort, readPortSpec } from "../src/parse/ports.js";

const SSH_PORT = 22;

/** True when an EXPOSE spec (`22`, `20-25/tcp`, `2222`) covers TCP port 22; a mapping is expose-format's finding. */
function coversSsh(text: string): boolean {
  const spec = readPortSpec(text);
  return spec.published === null && coversPort(spec, SSH_PORT);
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "EXPOSE of port 22 (SSH), also as part of a range.",
      rationale:
        "Port 22 means an SSH server runs in the container: one more daemon to patch, credentials or keys " +
        "baked into or mounted into the image, and a way in that bypasses the orchestrator's access control " +
        "and audit. Use `docker exec` / `kubectl exec` to get a shell in a running container.",
      examples: {
        valid: ["FROM nginx:1.27\nEXPOSE 80 443\n"],
        invalid: ["FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-server\nEXPOSE 22\n"],
      },
      differences:
        "Ranges that include 22 (`EXPOSE 20-25`) and variables that resolve to 22 are flagged; `22/udp` and " +
        "`22/sctp` are not SSH and are not.",
      recommended: true,
    },
    aliases: ["DS004", "CKV_DOCKER_1"],
    defaultLevel: "warning",
    messages: {
      ssh: "`EXPOSE {{spec}}` exposes the SSH port 22: do not run an SSH server in a container; use `docker exec`.",
    },
    schema: [],
  },
  create(context) {
    return {
      Expose(node) {
        for (const word of node.ports) {
          const resolved = context.sourceCode.resolve(word.value, node);
          if (resolved.unresolved.length) continue;
          const spec = resolved.value.split(/\s+/).find(coversSsh);
          if (spec) context.report({ node: word, messageId: "ssh", data: { spec } });
        }
      },
    };
  },
};

export default rule;
