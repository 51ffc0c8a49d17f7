// The Compose application model rules read: the services of the merged files, each attribute
// read from the YAML tree once, with the node that set it (its file and place), and values
// interpolated where they are known (null where they are not).
import { readPortSpec } from "../parse/ports.js";
import { get, pairOf, textOf, type YamlMap, type YamlNode, type YamlPair, type YamlScalar } from "./yaml-tree.js";
import { isHostPath, mountFields } from "./mount-spec.js";

export interface PublishedPort {
  /** The list item: a string such as `127.0.0.1:8080:80`, or a mapping (long syntax). */
  node: YamlNode;
  /** The host address; null when none is given (all interfaces); undefined when unknown. */
  hostIp: string | null | undefined;
  /** The host port or range as written after interpolation; null when none (Docker picks one); undefined when unknown. */
  published: string | null | undefined;
  /** The container port range; null when unknown or not numbers. */
  target: { low: number; high: number } | null;
  protocol: string;
}

export interface ServiceMount {
  node: YamlNode;
  /** `bind`, `volume`, `tmpfs`, `npipe`, `cluster`, or `volume` for an anonymous volume. */
  type: string;
  /** Host path or volume name; null for an anonymous volume or when unknown. */
  source: string | null;
  target: string | null;
  /** The node that says where it is mounted: the short syntax's string, the long syntax's `target:` value (the mapping when it has none). */
  targetNode: YamlNode;
  /** `:ro` (short syntax) or `read_only: true` (long syntax). */
  readOnly: boolean;
}

export interface EnvironmentEntry {
  name: string;
  key: YamlScalar;
  value: YamlNode;
  /** The value; undefined when none is written (Compose takes the shell's), null when unknown. */
  text: string | null | undefined;
}

export interface Dependency {
  service: string;
  /** The node naming the service (a list item or a mapping key). */
  node: YamlScalar;
  /** `service_started` (the default), `service_healthy`, `service_completed_successfully`. */
  condition: string;
  conditionNode: YamlScalar | undefined;
}

export interface BuildSpec {
  /** `build:` itself (a string, or a mapping). */
  node: YamlNode;
  /** The context as written and interpolated (default `.`); null when unknown; a URL stays a URL. */
  context: string | null;
  /** The Dockerfile, relative to the context (default `Dockerfile`); null when unknown. */
  dockerfile: string | null;
  dockerfileNode: YamlNode | undefined;
  /** `args:` by name, each with its value (undefined when none is written: Compose takes the shell's; null when unknown). */
  args: EnvironmentEntry[];
  target: YamlScalar | undefined;
}

export class ComposeService {
  readonly name: string;
  /** Where the service is named (its key): where findings about the service as a whole point. */
  readonly range: [number, number];
  readonly loc: YamlScalar["loc"];

  constructor(
    /** The service's key under `services:`. */
    readonly key: YamlScalar,
    /** Its attributes, merged over the files. */
    readonly node: YamlMap,
  ) {
    this.name = key.written;
    this.range = key.range;
    this.loc = key.loc;
  }

  /** An attribute's value node. */
  get(attribute: string): YamlNode | undefined {
    return get(this.node, attribute);
  }

  /** An attribute's key and value. */
  pair(attribute: string): YamlPair | undefined {
    return pairOf(this.node, attribute);
  }

  /** A scalar attribute's interpolated text (null: unknown; undefined: absent or not a scalar). */
  text(attribute: string): string | null | undefined {
    return textOf(this.get(attribute));
  }

  get image(): YamlScalar | undefined {
    const image = this.get("image");
    return image?.type === "YamlScalar" ? image : undefined;
  }

  get build(): BuildSpec | undefined {
    return (this.#build ??= [readBuild(this.get("build"))])[0];
  }

  #build: [BuildSpec | undefined] | undefined;

  get ports(): PublishedPort[] {
    return (this.#ports ??= items(this.get("ports")).map(readPort));
  }

  #ports: PublishedPort[] | undefined;

  get volumes(): ServiceMount[] {
    return items(this.get("volumes")).map(readMount);
  }

  get environment(): EnvironmentEntry[] {
    return entries(this.get("environment"));
  }

  get dependsOn(): Dependency[] {
    const node = this.get("depends_on");
    if (node?.type === "YamlSeq") {
      return node.items.flatMap((item) => (item.type === "YamlScalar" ? [{ service: item.text ?? item.written, node: item, condition: "service_started", conditionNode: undefined }] : []));
    }
    if (node?.type !== "YamlMap") return [];
    return node.pairs.map((p) => {
      const condition = get(p.value, "condition");
      const conditionNode = condition?.type === "YamlScalar" ? condition : undefined;
      return { service: p.key.written, node: p.key, condition: conditionNode?.text ?? "service_started", conditionNode };
    });
  }

  /** `deploy.replicas` (or the older `scale`) when known. */
  get replicas(): { count: number; node: YamlScalar } | undefined {
    const node = get(this.get("deploy"), "replicas") ?? this.get("scale");
    if (node?.type !== "YamlScalar" || node.text === null) return undefined;
    const count = Number(node.text);
    return Number.isInteger(count) ? { count, node } : undefined;
  }
}

/** A sequence's items; nothing for anything else. */
export function items(node: YamlNode | undefined): YamlNode[] {
  return node?.type === "YamlSeq" ? node.items : [];
}

/** A mapping's entries (lists of `NAME=value` are mappings once normalized). */
function entries(node: YamlNode | undefined): EnvironmentEntry[] {
  if (node?.type !== "YamlMap") return [];
  return node.pairs.map((p) => ({
    name: p.key.written,
    key: p.key,
    value: p.value,
    text: p.value.type === "YamlScalar" ? (p.value.raw === null ? undefined : p.value.text) : null,
  }));
}

function readBuild(node: YamlNode | undefined): BuildSpec | undefined {
  if (!node) return undefined;
  if (node.type === "YamlScalar") return { node, context: node.text, dockerfile: "Dockerfile", dockerfileNode: undefined, args: [], target: undefined };
  if (node.type !== "YamlMap") return undefined;
  const context = get(node, "context");
  const dockerfile = get(node, "dockerfile");
  const target = get(node, "target");
  return {
    node,
    context: context ? (textOf(context) ?? null) : ".",
    dockerfile: dockerfile ? (textOf(dockerfile) ?? null) : get(node, "dockerfile_inline") ? null : "Dockerfile",
    dockerfileNode: dockerfile,
    args: entries(get(node, "args")),
    target: target?.type === "YamlScalar" ? target : undefined,
  };
}

function readPort(node: YamlNode): PublishedPort {
  if (node.type === "YamlMap") {
    const field = (name: string) => {
      const value = get(node, name);
      return value === undefined ? null : (textOf(value) ?? undefined);
    };
    const target = field("target");
    return {
      node,
      hostIp: field("host_ip"),
      published: field("published"),
      target: target ? portRange(target) : null,
      protocol: (field("protocol") ?? "tcp").toLowerCase(),
    };
  }
  const text = node.type === "YamlScalar" ? node.text : null;
  if (text === null) return { node, hostIp: undefined, published: undefined, target: null, protocol: "tcp" };
  const parts = readPortSpec(text);
  let hostIp: string | null = null;
  let published: string | null = parts.published;
  const colon = published?.lastIndexOf(":") ?? -1;
  if (published !== null && colon >= 0) {
    hostIp = published.slice(0, colon);
    published = published.slice(colon + 1);
  }
  if (hostIp?.startsWith("[") && hostIp.endsWith("]")) hostIp = hostIp.slice(1, -1);
  return { node, hostIp, published: published === "" ? null : published, target: portRange(parts.ports), protocol: (parts.protocol ?? "tcp").toLowerCase() };
}

function portRange(text: string): { low: number; high: number } | null {
  const dash = text.indexOf("-");
  const low = Number(dash < 0 ? text : text.slice(0, dash));
  const high = dash < 0 ? low : Number(text.slice(dash + 1));
  return /^\d+(-\d+)?$/.test(text) && low <= high ? { low, high } : null;
}

function readMount(node: YamlNode): ServiceMount {
  if (node.type === "YamlMap") {
    const type = textOf(get(node, "type")) ?? "volume";
    const readOnly = get(node, "read_only");
    return {
      node,
      type,
      source: textOf(get(node, "source")) ?? null,
      target: textOf(get(node, "target")) ?? null,
      targetNode: get(node, "target") ?? node,
      readOnly: readOnly?.type === "YamlScalar" && (readOnly.raw === true || readOnly.text === "true"),
    };
  }
  const text = node.type === "YamlScalar" ? node.text : null;
  if (text === null) return { node, type: "volume", source: null, target: null, targetNode: node, readOnly: false };
  const parts = mountFields(text);
  if (parts.length === 1) return { node, type: "volume", source: null, target: parts[0], targetNode: node, readOnly: false };
  const source = parts[0];
  const readOnly = parts[2]?.split(",").includes("ro") ?? false;
  return { node, type: isHostPath(source) ? "bind" : "volume", source, target: parts[1], targetNode: node, readOnly };
}
