// Flags a host port published twice in a project: the second service (or mapping) cannot start.
import type { ComposeRule } from "../src/engine/rule.js";
import type { PublishedPort } from "../src/compose/model.js";

interface Claim {
  service: string;
  port: PublishedPort;
  low: number;
  high: number;
  /** null: every interface. */
  ip: string | null;
}

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "The same host port (and protocol) published twice in a project, by two services or twice by one.",
      rationale:
        "One host port can be bound once per address and protocol. When two services publish the same one, " +
        "`docker compose up` starts the first and fails on the second with `port is already allocated`. A port " +
        "published on all interfaces clashes with the same port on any one address. Ports whose numbers come from " +
        "variables of unknown value are not compared.",
      examples: {
        valid: ["services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: api:1.0\n    ports: [\"8081:80\"]\n"],
        invalid: ["services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: api:1.0\n    ports: [\"8080:8000\"]\n"],
      },
      recommended: true,
    },
    aliases: ["no-duplicate-exported-ports"],
    defaultLevel: "error",
    messages: {
      duplicate: "Host port {{port}}/{{protocol}} is already published by `{{first}}` (line {{line}}): the second binding fails with `port is already allocated`.",
    },
    schema: [],
  },
  create(context) {
    const claims: Claim[] = [];
    return {
      ComposeService(service) {
        for (const port of service.ports) {
          const published = port.published;
          if (published === null || published === undefined || port.hostIp === undefined) continue;
          const range = /^(\d+)(?:-(\d+))?$/.exec(published);
          if (!range) continue;
          const claim: Claim = { service: service.name, port, low: Number(range[1]), high: Number(range[2] ?? range[1]), ip: port.hostIp === "" || port.hostIp === "0.0.0.0" || port.hostIp === "::" ? null : port.hostIp };
          const earlier = claims.find((c) => c.port.protocol === port.protocol && c.low <= claim.high && claim.low <= c.high && (c.ip === null || claim.ip === null || c.ip === claim.ip));
          if (earlier) {
            const shared = Math.max(earlier.low, claim.low);
            context.report({
              node: port.node,
              messageId: "duplicate",
              data: { port: shared, protocol: port.protocol, first: earlier.service, line: earlier.port.node.loc.start.line },
            });
          } else claims.push(claim);
        }
      },
    };
  },
};

export default rule;
