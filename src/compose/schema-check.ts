// A Compose file checked against the Compose Specification's JSON schema (json-schema.ts, with
// the schema scripts/compile-compose-schema.mjs compacts): the first problem, with the node it is about and the
// key path that leads there. Values are checked as Compose checks them, interpolated; a value
// whose variables are unknown is not judged.
import { firstProblem } from "./json-schema.js";
import { composeSchema } from "./load.js";
import type { YamlNode } from "./yaml-tree.js";

export interface SchemaProblem {
  /** The node the problem is about (for an unknown key, the key). */
  node: YamlNode;
  /** `services.web.ports[0]` */
  path: string;
  /** An attribute the schema does not allow there; null for other problems. */
  unknownKey: string | null;
  /** The schema's complaint (`must be integer`). */
  message: string;
}

export function checkSchema(root: YamlNode): SchemaProblem | null {
  const problem = firstProblem(composeSchema(), toPlain(root));
  if (!problem) return null;
  let node: YamlNode = root;
  let path = "";
  for (const segment of problem.path) {
    if (node.type === "YamlMap" && typeof segment === "string") {
      const pair = node.pairs.find((p) => p.key.written === segment);
      if (!pair) break;
      node = pair.value;
      path += path ? `.${segment}` : segment;
    } else if (node.type === "YamlSeq" && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) break;
      node = item;
      path += `[${segment}]`;
    }
  }
  if (node.type === "YamlScalar" && node.text === null) return null; // a value from an unknown variable
  if (problem.key !== undefined && node.type === "YamlMap") {
    const pair = node.pairs.find((p) => p.key.written === problem.key);
    return { node: pair?.key ?? node, path: path ? `${path}.${problem.key}` : problem.key, unknownKey: problem.key, message: problem.message };
  }
  return { node, path: path || "(top level)", unknownKey: null, message: problem.message };
}

/** The YAML tree as the JSON value the schema checks: interpolated strings, YAML's numbers and booleans. */
function toPlain(node: YamlNode): unknown {
  if (node.type === "YamlScalar") return typeof node.raw === "string" ? (node.text ?? node.written) : node.raw;
  if (node.type === "YamlSeq") return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const pair of node.pairs) out[pair.key.written] = toPlain(pair.value);
  return out;
}
