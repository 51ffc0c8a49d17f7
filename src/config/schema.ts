// Validates rule options against `meta.schema`: the JSON Schema subset rule schemas use
// (type, enum, items, properties, additionalProperties (false or a schema), required, minimum,
// maximum, minItems).
import type { JSONSchema4 } from "json-schema";

export function validateOptions(options: unknown[], schema: JSONSchema4 | JSONSchema4[] | false | undefined): string | null {
  if (schema === undefined || schema === false) return options.length ? "the rule takes no options" : null;
  if (Array.isArray(schema)) {
    if (options.length > schema.length) return `the rule takes at most ${schema.length} option(s)`;
    for (let i = 0; i < options.length; i++) {
      const error = check(options[i], schema[i], `option ${i + 1}`);
      if (error) return error;
    }
    return null;
  }
  return check(options, schema, "options");
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function check(value: unknown, schema: JSONSchema4, path: string): string | null {
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    if (!types.some((t) => t === actual || (t === "number" && actual === "integer"))) return `${path} must be ${types.join(" or ")}`;
  }
  if (schema.enum && !schema.enum.includes(value as never)) return `${path} must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}`;
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) return `${path} must be >= ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `${path} must be <= ${schema.maximum}`;
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return `${path} needs at least ${schema.minItems} item(s)`;
    if (schema.items && !Array.isArray(schema.items)) {
      for (let i = 0; i < value.length; i++) {
        const error = check(value[i], schema.items, `${path}[${i}]`);
        if (error) return error;
      }
    }
  }
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    for (const key of (Array.isArray(schema.required) ? schema.required : []) as string[]) if (!(key in object)) return `${path} needs '${key}'`;
    for (const [key, v] of Object.entries(object)) {
      const property = schema.properties?.[key];
      if (property) {
        const error = check(v, property, `${path}.${key}`);
        if (error) return error;
      } else if (schema.additionalProperties === false) return `${path} has unknown key '${key}'`;
      else if (typeof schema.additionalProperties === "object") {
        const error = check(v, schema.additionalProperties, `${path}.${key}`);
        if (error) return error;
      }
    }
  }
  return null;
}
