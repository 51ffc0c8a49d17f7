// The part of JSON Schema (draft-07) the Compose Specification's schema uses, read directly from
// the schema: type, enum, minimum/maximum, pattern, required, properties, patternProperties,
// additionalProperties, items, uniqueItems, oneOf and local $refs. It stops at the first problem,
// as Compose does, and says where it is. Held to ajv's verdicts by test/compose/schema.test.ts;
// a compiled ajv validator of the same schema was four times the package's room for it.

export type JsonSchema = boolean | SchemaObject;

interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  items?: JsonSchema;
  uniqueItems?: boolean;
  oneOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
}

export interface JsonSchemaProblem {
  /** Keys and indexes from the root to the value the problem is about. */
  path: (string | number)[];
  keyword: string;
  /** For `additionalProperties`: the key that is not allowed. */
  key?: string;
  message: string;
}

const patterns = new Map<string, RegExp>();
const regexp = (source: string) => {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source, "u")));
  return re;
};

/** The first problem of `value` against `schema` (whose `definitions` hold its $refs); null when valid. */
export function firstProblem(schema: JsonSchema, value: unknown): JsonSchemaProblem | null {
  const root = schema;
  const check = (s: JsonSchema, v: unknown, path: (string | number)[], depth: number): JsonSchemaProblem | null => {
    if (s === true) return null;
    if (s === false) return { path, keyword: "false", message: "is not allowed" };
    if (depth > 100) return null; // the schema's own recursion is shallow; a deeper document is judged no further
    if (s.$ref !== undefined) {
      const target = resolve(root, s.$ref);
      const problem = target === undefined ? null : check(target, v, path, depth + 1);
      if (problem) return problem;
    }
    if (s.type !== undefined && !(Array.isArray(s.type) ? s.type : [s.type]).some((t) => isType(v, t))) {
      return { path, keyword: "type", message: `must be ${Array.isArray(s.type) ? s.type.join(" or ") : s.type}` };
    }
    if (s.enum && !s.enum.some((e) => e === v)) return { path, keyword: "enum", message: `must be one of ${s.enum.map((e) => `\`${String(e)}\``).join(", ")}` };
    if (typeof v === "number") {
      if (s.minimum !== undefined && v < s.minimum) return { path, keyword: "minimum", message: `must be >= ${s.minimum}` };
      if (s.maximum !== undefined && v > s.maximum) return { path, keyword: "maximum", message: `must be <= ${s.maximum}` };
    }
    if (typeof v === "string" && s.pattern !== undefined && !regexp(s.pattern).test(v)) return { path, keyword: "pattern", message: `must match \`${s.pattern}\`` };
    if (isType(v, "object")) {
      const object = v as Record<string, unknown>;
      for (const name of s.required ?? []) {
        if (!(name in object)) return { path, keyword: "required", message: `must have \`${name}\`` };
      }
      for (const [key, item] of Object.entries(object)) {
        let matched = false;
        if (s.properties && Object.hasOwn(s.properties, key)) {
          matched = true;
          const problem = check(s.properties[key], item, [...path, key], depth + 1);
          if (problem) return problem;
        }
        for (const [pattern, sub] of Object.entries(s.patternProperties ?? {})) {
          if (!regexp(pattern).test(key)) continue;
          matched = true;
          const problem = check(sub, item, [...path, key], depth + 1);
          if (problem) return problem;
        }
        if (!matched && s.additionalProperties !== undefined) {
          if (s.additionalProperties === false) return { path, keyword: "additionalProperties", key, message: "is not allowed" };
          const problem = check(s.additionalProperties, item, [...path, key], depth + 1);
          if (problem) return problem;
        }
      }
    }
    if (Array.isArray(v)) {
      if (s.items !== undefined) {
        for (const [index, item] of v.entries()) {
          const problem = check(s.items, item, [...path, index], depth + 1);
          if (problem) return problem;
        }
      }
      if (s.uniqueItems) {
        const seen = new Set<string>();
        for (const item of v) {
          const key = canonical(item);
          if (seen.has(key)) return { path, keyword: "uniqueItems", message: "must not have duplicate items" };
          seen.add(key);
        }
      }
    }
    if (s.oneOf) {
      const results = s.oneOf.map((branch) => check(branch, v, path, depth + 1));
      const passing = results.filter((r) => r === null).length;
      if (passing > 1) return { path, keyword: "oneOf", message: "matches more than one of its allowed forms" };
      if (passing === 0) {
        // the one branch of the right type says more than "no form matched": an unknown key of a long syntax
        const typed = results.filter((r) => r && !(r.keyword === "type" && r.path.length === path.length));
        return typed.length === 1 ? typed[0] : { path, keyword: "oneOf", message: "matches none of its allowed forms" };
      }
    }
    return null;
  };
  return check(schema, value, [], 0);
}

function resolve(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith("#/") || typeof root === "boolean") return undefined;
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) node = (node as Record<string, unknown> | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  return node as JsonSchema | undefined;
}

function isType(v: unknown, type: string): boolean {
  switch (type) {
    case "object":
      return typeof v === "object" && v !== null && !Array.isArray(v);
    case "array":
      return Array.isArray(v);
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
    case "null":
      return v === null;
    default:
      return typeof v === type;
  }
}

/** A value as a string equal for equal JSON values (object keys sorted), for uniqueItems. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (typeof v === "object" && v !== null) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`;
  return JSON.stringify(v) ?? "undefined";
}
