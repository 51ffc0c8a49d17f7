// A Compose file checked against the Compose Specification's JSON schema (compiled by
// scripts/compile-compose-schema.mjs): the first problem, with the node it is about and the
// key path that leads there. Values are checked as Compose checks them, interpolated; a value
// whose variables are unknown is not judged.
import { composeSchemaValidator } from "./load.js";
import type { YamlNode } from "./yaml-tree.js";

export interface SchemaProblem {
  /** The node the problem is about (for an unknown key, the key). */
  node: YamlNode;
  /** `services.web.ports[0]` */
  path: string;
  /** An attribute the schema does not allow there; null for other problems. */
  unknownKey: string | null;
  /** The schema's complaint, as ajv words it (`must be integer`). */
  message: string;
}

export function checkSchema(root: YamlNode): SchemaProblem | null {
  const validate = composeSchemaValidator();
  if (validate(toPlain(root))) return null;
  const error = validate.errors?.[0];
  if (!error) return null;
  const segments = error.instancePath.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  let node: YamlNode = root;
  let path = "";
  for (const segment of segments) {
    if (node.type === "YamlMap") {
      const pair = node.pairs.find((p) => p.key.written === segment);
      if (!pair) break;
      node = pair.value;
      path += path ? `.${segment}` : segment;
    } else if (node.type === "YamlSeq") {
      const item = node.items[Number(segment)];
      if (!item) break;
      node = item;
      path += `[${segment}]`;
    }
  }
  if (node.type === "YamlScalar" && node.text === null) return null; // a value from an unknown variable
  if (error.keyword === "additionalProperties" && node.type === "YamlMap") {
    const name = String(error.params.additionalProperty);
    const pair = node.pairs.find((p) => p.key.written === name);
    return { node: pair?.key ?? node, path: path ? `${path}.${name}` : name, unknownKey: name, message: error.message ?? "is not allowed" };
  }
  return { node, path: path || "(top level)", unknownKey: null, message: describe(error) };
}

function describe(error: { keyword: string; params: Record<string, unknown>; message?: string }): string {
  if (error.keyword === "enum" && Array.isArray(error.params.allowedValues)) return `must be one of ${error.params.allowedValues.map((v) => `\`${String(v)}\``).join(", ")}`;
  return error.message ?? `fails the schema's \`${error.keyword}\``;
}

/** The YAML tree as the JSON value the schema checks: interpolated strings, YAML's numbers and booleans. */
function toPlain(node: YamlNode): unknown {
  if (node.type === "YamlScalar") return typeof node.raw === "string" ? (node.text ?? node.written) : node.raw;
  if (node.type === "YamlSeq") return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const pair of node.pairs) out[pair.key.written] = toPlain(pair.value);
  return out;
}
