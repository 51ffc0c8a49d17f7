// Flags EXPOSE ports the builder rejects or that name no real port: out of 1–65535, reversed
// ranges, words that are not numbers, protocols other than tcp/udp/sctp.
import type { Rule } from "../src/engine/rule.js";
import { MAX_PORT, PORT_PROTOCOLS, readPortSpec } from "../src/parse/ports.js";

type Problem = { messageId: "outOfRange" | "reversedRange" | "notAPort" | "unknownProtocol"; data: Record<string, string> };

/** What is wrong with one port spec (`8080`, `8000-8010/udp`), or null when it is fine. */
function checkSpec(spec: string): Problem | null {
  // `80:8080` and `127.0.0.1:80:8080` are expose-format's; here only the container port is checked
  const { protocol, range } = readPortSpec(spec);
  if (protocol !== null && !PORT_PROTOCOLS.has(protocol.toLowerCase())) {
    return { messageId: "unknownProtocol", data: { protocol, spec } };
  }
  if (!range) return { messageId: "notAPort", data: { spec } };
  for (const p of [range.low, range.high]) {
    if (p !== null && (Number(p) < 1 || Number(p) > MAX_PORT)) return { messageId: "outOfRange", data: { port: p, spec } };
  }
  if (range.high !== null && Number(range.high) < Number(range.low)) return { messageId: "reversedRange", data: { spec } };
  return null;
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "EXPOSE port outside 1–65535, a reversed range, a word that is not a port, or an unknown protocol.",
      rationale:
        "Docker parses every EXPOSE word as `<port>[/<protocol>]` or `<from>-<to>[/<protocol>]`, with ports up " +
        "to 65535 and the protocols tcp, udp and sctp. Anything else stops the build with a parse error " +
        "(`70000`, `8010-8000`, `80/http`, a stray `# comment` on the EXPOSE line), and port 0 is no port a " +
        "container can listen on to be reached. Variables are substituted first; a value only known at build " +
        "time (an ARG without a default) is not judged.",
      examples: {
        valid: ["FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010 5353/udp\n", "FROM alpine:3.20\nARG PORT\nEXPOSE ${PORT}\n"],
        invalid: ["FROM nginx:1.27\nEXPOSE 80800\n", "FROM alpine:3.20\nEXPOSE 8010-8000\n", "FROM alpine:3.20\nEXPOSE 53/dns\n"],
      },
      differences:
        "hadolint accepts port 0 and only checks the upper bound; docklint also flags 0, words that are not " +
        "numbers, reversed ranges and unknown protocols. `host:container` mappings and IP addresses are " +
        "expose-format's; here only their container port is checked.",
      recommended: true,
    },
    aliases: ["DL3011", "DS008"],
    defaultLevel: "error",
    messages: {
      outOfRange: "Port {{port}} in `{{spec}}` is outside the valid range 1–65535.",
      reversedRange: "Port range `{{spec}}` ends before it starts: write the lower port first.",
      notAPort: "`{{spec}}` is not a port: EXPOSE takes `<port>[/<protocol>]` or `<from>-<to>[/<protocol>]`.",
      unknownProtocol: "Unknown protocol `{{protocol}}` in `{{spec}}`: EXPOSE accepts tcp, udp and sctp.",
    },
    schema: [],
  },
  create(context) {
    return {
      Expose(node) {
        for (const word of node.ports) {
          const resolved = context.sourceCode.resolve(word.value, node);
          if (resolved.unresolved.length) continue;
          // a variable may hold several ports (`ARG PORTS="80 443"`)
          for (const spec of resolved.value.split(/\s+/).filter(Boolean)) {
            const problem = checkSpec(spec);
            if (problem) context.report({ loc: word.loc, messageId: problem.messageId, data: problem.data });
          }
        }
      },
    };
  },
};

export default rule;
