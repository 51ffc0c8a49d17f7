// Flags EXPOSE words that carry an IP address or a host port: publishing is `docker run -p`'s job.
import type { Rule } from "../src/engine/rule.js";

/** `127.0.0.1:80:80`, `[::1]:80:80`, `127.0.0.1:8080`: the first part is an address, not a port. */
function hasAddress(spec: string): boolean {
  const parts = spec.split(":");
  return spec.startsWith("[") || parts.length > 2 || !/^\d+(-\d+)?$/.test(parts[0]);
}

function withoutVariables(text: string): string {
  // `[^{}]`, not `[^}]`: from each `${` of `${${${...` the scan went to the end of the text
  return text.replace(/\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "");
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "EXPOSE with an IP address or a `host:container` port mapping.",
      rationale:
        "EXPOSE records which ports the container listens on; it cannot choose a host address or a host " +
        "port. Docker keeps only the container port of `80:8080` and rejects or ignores the rest, so the " +
        "Dockerfile suggests a mapping that never happens. Publishing is decided when the container runs: " +
        "`docker run -p 127.0.0.1:80:8080`, or `ports:` in Compose. BuildKit reports the same check " +
        "(ExposeInvalidFormat) and announces it will become an error.",
      examples: {
        valid: ["FROM nginx:1.27\nEXPOSE 80 443/tcp\n"],
        invalid: ["FROM nginx:1.27\nEXPOSE 80:80\n", "FROM nginx:1.27\nEXPOSE 127.0.0.1:80:80\n"],
      },
      recommended: true,
    },
    aliases: ["ExposeInvalidFormat"],
    defaultLevel: "warning",
    messages: {
      address:
        "`{{spec}}` names a host address: EXPOSE takes only the container port (`{{container}}`); choose " +
        "the address when publishing, e.g. `docker run -p {{spec}}`.",
      hostPort:
        "`{{spec}}` maps a host port: EXPOSE records only the container port; write `{{container}}` and " +
        "publish with `docker run -p {{spec}}`.",
    },
    schema: [],
  },
  create(context) {
    return {
      Expose(node) {
        for (const word of node.ports) {
          const resolved = context.sourceCode.resolve(word.value, node);
          const specs = resolved.unresolved.length ? [resolved.value] : resolved.value.split(/\s+/).filter(Boolean);
          for (const spec of specs) {
            // the colon of an unresolved `${PORT:-80}` is not the port's
            if (!withoutVariables(spec).includes(":")) continue;
            const container = spec.slice(spec.lastIndexOf(":") + 1);
            context.report({ loc: word.loc, messageId: hasAddress(spec) ? "address" : "hostPort", data: { spec, container } });
          }
        }
      },
    };
  },
};

export default rule;
