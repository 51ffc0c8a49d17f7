// Merging an override file onto its base as Compose does (the Compose Specification's merge
// rules): mappings merge key by key, scalars are replaced, sequences are appended, except
// `command`, `entrypoint` and `healthcheck.test` (replaced) and the unique resources, `ports`
// (one entry per spec), `volumes`, `secrets` and `configs` (one entry per target). Lists that
// Compose also takes as mappings (`environment`, `labels`, `build.args`, ...) are read as
// mappings first, so that `- A=1` in one file and `A: 2` in the other merge by name. Every node
// keeps the file and place it was written at.
import { readPortSpec } from "../parse/ports.js";
import { mountFields } from "./mount-spec.js";
import type { YamlMap, YamlNode, YamlPair, YamlScalar } from "./yaml-tree.js";

/** Service keys whose lists are `NAME=value` pairs (or `NAME: value` mappings). */
const LISTS_AS_MAPPINGS = new Set(["environment", "labels", "extra_hosts", "sysctls", "annotations"]);
const REPLACED = new Set(["command", "entrypoint"]);

/** One file's root with its lists-as-mappings read as mappings (what merge and the model read). */
export function normalizeRoot(root: YamlNode | null): YamlNode | null {
  if (root?.type !== "YamlMap") return root;
  return mapValues(root, "services", (services) => (services.type === "YamlMap" ? { ...services, pairs: services.pairs.map((p) => ({ key: p.key, value: normalizeService(p.value) })) } : services));
}

function normalizeService(service: YamlNode): YamlNode {
  if (service.type !== "YamlMap") return service;
  return {
    ...service,
    pairs: service.pairs.map((p) => {
      if (LISTS_AS_MAPPINGS.has(p.key.written)) return { key: p.key, value: listAsMapping(p.value) };
      if (p.key.written === "build" && p.value.type === "YamlMap") return { key: p.key, value: mapValues(p.value, "args", listAsMapping) };
      return p;
    }),
  };
}

function mapValues(map: YamlMap, key: string, change: (node: YamlNode) => YamlNode): YamlMap {
  return { ...map, pairs: map.pairs.map((p) => (p.key.written === key ? { key: p.key, value: change(p.value) } : p)) };
}

/** `["A=1", "B"]` as `{A: "1", B: null}`: each key and value placed at its list item. */
export function listAsMapping(node: YamlNode): YamlNode {
  if (node.type !== "YamlSeq") return node;
  const pairs: YamlPair[] = [];
  for (const item of node.items) {
    if (item.type !== "YamlScalar") continue;
    const written = item.written;
    const equals = written.indexOf("=");
    const name = equals < 0 ? written : written.slice(0, equals);
    const key: YamlScalar = { ...item, raw: name, written: name, text: equals < 0 ? name : item.text === null ? name : item.text.slice(0, item.text.indexOf("=")) };
    const value: YamlScalar =
      equals < 0
        ? { ...item, raw: null, written: "", text: "" }
        : { ...item, raw: written.slice(equals + 1), written: written.slice(equals + 1), text: item.text === null ? null : item.text.slice(item.text.indexOf("=") + 1) };
    const existing = pairs.findIndex((p) => p.key.written === name);
    if (existing >= 0) pairs[existing] = { key, value };
    else pairs.push({ key, value });
  }
  return { type: "YamlMap", pairs, file: node.file, range: node.range, loc: node.loc };
}

/** `override` merged onto `base` (both normalized); `path` is where they are, from the root. */
export function mergeNodes(base: YamlNode, override: YamlNode, path: readonly string[] = []): YamlNode {
  const key = path.at(-1) ?? "";
  const inService = path.length === 3 && path[0] === "services";
  if (inService && REPLACED.has(key)) return override;
  if (path.length === 4 && path[0] === "services" && path[2] === "healthcheck" && key === "test") return override;
  if (base.type === "YamlMap" && override.type === "YamlMap") {
    const pairs = [...base.pairs];
    for (const pair of override.pairs) {
      const at = pairs.findIndex((p) => p.key.written === pair.key.written);
      if (at < 0) pairs.push(pair);
      else pairs[at] = { key: pair.key, value: mergeNodes(pairs[at].value, pair.value, [...path, pair.key.written]) };
    }
    return { ...base, pairs };
  }
  if (base.type === "YamlSeq" && override.type === "YamlSeq") {
    const unique = inService ? UNIQUE_KEYS[key] : undefined;
    if (!unique) return { ...base, items: [...base.items, ...override.items] };
    const items = [...base.items];
    for (const item of override.items) {
      const id = unique(item);
      const at = id === null ? -1 : items.findIndex((i) => unique(i) === id);
      if (at < 0) items.push(item);
      else items[at] = item.type === "YamlMap" && items[at].type === "YamlMap" ? mergeNodes(items[at], item, [...path, "*"]) : item;
    }
    return { ...base, items };
  }
  return override;
}

/** The identity of an entry of a unique resource (null: none can be told, so it is appended). */
const UNIQUE_KEYS: Record<string, (item: YamlNode) => string | null> = {
  ports: portIdentity,
  volumes: (item) => targetOf(item, 1),
  secrets: (item) => targetOf(item, 0),
  configs: (item) => targetOf(item, 0),
};

function portIdentity(item: YamlNode): string | null {
  if (item.type === "YamlScalar") {
    if (item.text === null) return null;
    const parts = readPortSpec(item.text);
    const colon = parts.published?.lastIndexOf(":") ?? -1;
    const ip = colon < 0 ? "" : parts.published!.slice(0, colon);
    const published = colon < 0 ? (parts.published ?? "") : parts.published!.slice(colon + 1);
    return `${ip}|${published}|${parts.ports}|${(parts.protocol ?? "tcp").toLowerCase()}`;
  }
  if (item.type !== "YamlMap") return null;
  const field = (name: string) => {
    const pair = item.pairs.find((p) => p.key.written === name);
    return pair?.value.type === "YamlScalar" ? (pair.value.text ?? "?") : "";
  };
  return `${field("host_ip")}|${field("published")}|${field("target")}|${(field("protocol") || "tcp").toLowerCase()}`;
}

/** A volume's or secret's target: the short syntax's `index`-th `:` part (a secret's source is its target), or `target:`. */
function targetOf(item: YamlNode, index: number): string | null {
  if (item.type === "YamlScalar") {
    if (item.text === null) return null;
    const parts = mountFields(item.text);
    return parts.length > index ? parts[index] : parts[0];
  }
  if (item.type !== "YamlMap") return null;
  const target = item.pairs.find((p) => p.key.written === "target") ?? item.pairs.find((p) => p.key.written === "source");
  return target?.value.type === "YamlScalar" ? target.value.text : null;
}

