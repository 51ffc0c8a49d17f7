// Flags downloads over plain `http://` (curl, wget, ADD): anything on the path can change what the build runs.
import type { Rule } from "../src/engine/rule.js";
import type { Instruction, Word } from "../src/parse/model.js";

/** curl/wget options whose value is a proxy or referrer URL, not a download. */
const NOT_DOWNLOAD_FLAGS = new Set(["-x", "--proxy", "--preproxy", "-e", "--referer"]);

/** Hosts that never leave the machine or the private network, where TLS is often not set up. */
function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h === "::1" || h === "0.0.0.0" || h === "host.docker.internal") return true;
  if (!h.includes(".") && !h.includes(":")) return true; // a single label: a service or host on the local network
  if (/\.(?:local|localhost|internal|lan|home\.arpa|svc|cluster\.local)$/.test(h)) return true;
  const ip = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(h);
  if (!ip) return false;
  const [a, b] = [Number(ip[1]), Number(ip[2])];
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** The host of an `http://` URL that goes over the network, or null. */
function insecureHost(url: string): string | null {
  const m = /^http:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  if (!m || !m[1]) return null;
  return isLocalHost(m[1]) ? null : m[1];
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`curl`, `wget` or ADD fetching an `http://` URL from a public host.",
      rationale:
        "Plain HTTP is neither private nor tamper-proof: anyone on the path (a Wi-Fi, a proxy, a compromised " +
        "router or mirror) can replace the download, and the build then runs or ships their file. Use the " +
        "`https://` URL; almost every download site offers one. A checksum check after the download protects " +
        "the file too, but HTTPS costs nothing.",
      examples: {
        valid: [
          "FROM debian:12\nRUN curl -fsSLO https://example.com/app.tar.gz\n",
          "FROM debian:12\nRUN curl -fsS http://localhost:8080/health\n",
        ],
        invalid: [
          "FROM debian:12\nRUN curl -fsSLO http://example.com/app.tar.gz\n",
          "FROM debian:12\nADD http://example.com/app.tar.gz /tmp/\n",
        ],
      },
      differences:
        "Hosts that stay on the machine or the private network are not flagged: localhost, loopback and " +
        "private IP addresses, single-label names (`http://nexus:8081`, a compose service), and `.local`, " +
        "`.internal`, `.lan`, `.svc` names. Proxy and referrer URLs (`-x`, `--proxy`, `-e`) are not downloads. " +
        "URLs are read after ARG/ENV substitution; a host that is still a variable is not flagged.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      insecure: "`{{url}}` is fetched over plain HTTP from {{host}}: use https:// so the download cannot be tampered with.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const check = (word: Word, at: Instruction) => {
      if (!/^http:/i.test(word.value) && !word.value.includes("$")) return;
      const resolved = sourceCode.resolve(word.value, at);
      const host = insecureHost(resolved.value);
      if (!host || host.includes("$")) return; // a host still holding a variable: unknown
      context.report({ node: word, messageId: "insecure", data: { url: resolved.value, host } });
    };
    return {
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          if (command.command !== "curl" && command.command !== "wget") continue;
          command.args.forEach((word, i) => {
            if (NOT_DOWNLOAD_FLAGS.has(command.args[i - 1]?.value ?? "")) return;
            check(word, run);
          });
        }
      },
      Add(add) {
        for (const source of add.sources) check(source, add);
      },
    };
  },
};

export default rule;
