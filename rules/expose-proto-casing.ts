// Flags an EXPOSE protocol not written in lower case (`8080/TCP`); the fix lower-cases it.
import type { Rule } from "../src/engine/rule.js";

/** The protocol at the end of an EXPOSE word as written: `80/TCP`, `"80/UDP"`. */
const WRITTEN_PROTOCOL = /\/([A-Za-z]+)(["']?)$/;

const rule: Rule = {
  meta: {
    type: "layout",
    docs: {
      description: "EXPOSE protocol not in lower case, e.g. `8080/TCP`.",
      rationale:
        "Docker accepts the protocol in any case and stores it lower-cased, so `8080/TCP` is `8080/tcp` in the " +
        "image config. Writing it the way it is stored (and the way every other tool prints it) keeps " +
        "Dockerfiles consistent and searchable.",
      examples: {
        valid: ["FROM nginx:1.27\nEXPOSE 80/tcp 443 5353/udp\n"],
        invalid: ["FROM nginx:1.27\nEXPOSE 80/TCP\n"],
      },
      fixSafety: "Safe: Docker lower-cases the protocol itself, so the image config is the same.",
      differences:
        "A protocol that comes from a variable is judged after substitution but not fixed, since the fix would " +
        "have to edit the ARG/ENV value.",
      recommended: true,
    },
    aliases: ["ExposeProtoCasing"],
    defaultLevel: "style",
    fixable: "code",
    messages: {
      casing: "Write the protocol in lower case: `{{expected}}`, not `{{actual}}`.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Expose(node) {
        for (const word of node.ports) {
          const written = WRITTEN_PROTOCOL.exec(word.text);
          if (written) {
            const protocol = written[1];
            if (protocol === protocol.toLowerCase()) continue;
            const end = word.range[1] - written[2].length;
            const range: [number, number] = [end - protocol.length, end];
            context.report({
              loc: sourceCode.locOf(range),
              messageId: "casing",
              data: { expected: protocol.toLowerCase(), actual: protocol },
              fix: (fixer) => fixer.replaceTextRange(range, protocol.toLowerCase()),
            });
            continue;
          }
          // `80/$PROTO`: judge the value, leave the ARG/ENV alone
          const resolved = sourceCode.resolve(word.value, node);
          if (resolved.unresolved.length) continue;
          for (const spec of resolved.value.split(/\s+/)) {
            const protocol = spec.includes("/") ? spec.slice(spec.lastIndexOf("/") + 1) : "";
            if (protocol === protocol.toLowerCase()) continue;
            context.report({ loc: word.loc, messageId: "casing", data: { expected: protocol.toLowerCase(), actual: protocol } });
          }
        }
      },
    };
  },
};

export default rule;
