// Flags a database's port published on every interface of the host (`5432:5432`), where
// `127.0.0.1:` was probably meant: the database is then reachable from the network.
import type { ComposeRule } from "../src/engine/rule.js";

/** Container ports databases and caches listen on by default. */
const DATABASE_PORTS: Record<number, string> = {
  1433: "SQL Server",
  1521: "Oracle",
  3306: "MySQL/MariaDB",
  5432: "PostgreSQL",
  5984: "CouchDB",
  6379: "Redis",
  7687: "Neo4j",
  8529: "ArangoDB",
  9042: "Cassandra",
  9200: "Elasticsearch",
  11211: "Memcached",
  26257: "CockroachDB",
  27017: "MongoDB",
};

const ALL_INTERFACES = new Set(["0.0.0.0", "::", ""]);

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A database's port (5432, 3306, 27017, 6379, ...) published on all of the host's interfaces.",
      rationale:
        "`ports: [\"5432:5432\"]` publishes the port on every interface of the host, and Docker's own firewall rules " +
        "let it through whatever `ufw` or firewalld say: a development database, usually with a default password, is " +
        "reachable from the network the machine is on. Other services of the project reach it by its service name " +
        "without any `ports:`; a tool on the host needs only `127.0.0.1:5432:5432`.",
      examples: {
        valid: ["services:\n  db:\n    image: postgres:16.4\n    ports:\n      - \"127.0.0.1:5432:5432\"\n", "services:\n  db:\n    image: postgres:16.4\n"],
        invalid: ["services:\n  db:\n    image: postgres:16.4\n    ports:\n      - \"5432:5432\"\n"],
      },
      fixSafety: "A suggestion: binding to 127.0.0.1 cuts off clients on other machines that may be meant to connect.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    hasSuggestions: true,
    messages: {
      public: "{{database}}'s port {{port}} is published on all of the host's interfaces: anyone on the network can reach it. Publish it on `127.0.0.1:` (or not at all: services reach it by name).",
      loopback: "Publish it on 127.0.0.1 only.",
    },
    schema: [],
  },
  create(context) {
    return {
      ComposeService(service) {
        for (const port of service.ports) {
          if (port.hostIp === undefined || (port.hostIp !== null && !ALL_INTERFACES.has(port.hostIp)) || !port.target || port.protocol !== "tcp") continue;
          if (port.published === null || port.published === undefined) continue; // an ephemeral port is still public, but rarely meant to be reached
          const database = findDatabase(port.target.low, port.target.high);
          if (!database) continue;
          const node = port.node;
          const simple = node.type === "YamlScalar" && port.hostIp === null && !node.written.includes("$");
          context.report({
            node,
            messageId: "public",
            data: { database: database.name, port: database.port },
            suggest: simple ? [{ messageId: "loopback", fix: (fixer) => fixer.insertTextBeforeRange([contentStart(node), contentStart(node)], "127.0.0.1:") }] : [],
          });
        }
      },
    };

    /** Where a scalar's text starts: after its opening quote, if any. */
    function contentStart(node: { range: [number, number] }): number {
      const first = context.sourceCode.text[node.range[0]];
      return first === '"' || first === "'" ? node.range[0] + 1 : node.range[0];
    }
  },
};

function findDatabase(low: number, high: number): { name: string; port: number } | null {
  for (const [port, name] of Object.entries(DATABASE_PORTS)) {
    if (low <= Number(port) && Number(port) <= high) return { name, port: Number(port) };
  }
  return null;
}

export default rule;
