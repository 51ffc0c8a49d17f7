// A Compose file's YAML as plain nodes with exact positions (offsets into the text without its
// BOM, 1-based line/column in UTF-16), parsed by the `yaml` package under limits: the text is
// untrusted, so aliases are capped, every alias is converted once (no billion laughs), and the
// tree's size and depth are counted.
import type { Node as YamlLibNode, Document } from "yaml";
import { yamlModule } from "./load.js";
import { TooComplex } from "../parse/limits.js";
import { locationOf, type Range, type SourceLocation, type SourceText } from "../source/source.js";
import { interpolate, type Interpolated, type KnownVariables } from "./interpolate.js";

/** Where a node was written: the file (absolute path) and its place there. */
export interface Located {
  file: string;
  range: Range;
  loc: SourceLocation;
}

export interface YamlScalar extends Located {
  type: "YamlScalar";
  /** As YAML reads it (string, number, boolean, null). */
  raw: string | number | boolean | null;
  /** The text as written (plain scalars) or as YAML reads it (quoted, block), before interpolation. */
  written: string;
  /** `written` with `${VAR}` interpolated; null when a variable it needs is unknown. */
  text: string | null;
}

export interface YamlPair {
  key: YamlScalar;
  value: YamlNode;
}

export interface YamlMap extends Located {
  type: "YamlMap";
  /** In file order; a key written twice is a parse error, the first is kept. */
  pairs: YamlPair[];
}

export interface YamlSeq extends Located {
  type: "YamlSeq";
  items: YamlNode[];
}

export type YamlNode = YamlScalar | YamlMap | YamlSeq;

export interface YamlProblem {
  message: string;
  range: Range;
}

export interface YamlComment {
  range: Range;
  loc: SourceLocation;
  /** The text after `#`, trimmed. */
  value: string;
  /** True for a comment after a value on its line (`image: postgres  # ...`), false for one on a line of its own. */
  trailing: boolean;
}

export interface ParsedYaml {
  source: SourceText;
  root: YamlNode | null;
  problems: YamlProblem[];
  /** Comments on lines of their own and after values (where pragmas are written), in the order of the text. */
  comments: YamlComment[];
}

export const YAML_LIMITS = {
  /** Nodes in one file (each alias counts as what it stands for would, at most once). */
  nodes: 200_000,
  depth: 200,
  /**
   * Aliases in one file. The yaml package's maxAliasCount guards only its toJS(), which is not
   * used: the tree is converted here, each anchored node once, aliases sharing it.
   */
  aliases: 1_000,
} as const;

/** Parses a Compose file's text; `variables` interpolate its scalars. Throws TooComplex past the limits. */
export function parseYaml(source: SourceText, file: string, variables: KnownVariables): ParsedYaml {
  const { parseDocument } = yamlModule();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true, merge: false, strict: true });
  } catch (error) {
    if (error instanceof RangeError) throw new TooComplex("YAML nested too deep", 0);
    throw error;
  }
  const problems: YamlProblem[] = doc.errors.map((e) => ({ message: oneLine(e.message), range: [e.pos[0], Math.max(e.pos[0], e.pos[1])] }));
  const converter = new Converter(source, file, variables, doc);
  const root = doc.contents ? converter.convert(doc.contents as YamlLibNode, 0) : null;
  return { source, root, problems, comments: commentsOf(source, converter.literals) };
}

class Converter {
  private readonly done = new Map<YamlLibNode, YamlNode>();
  private count = 0;
  private aliases = 0;
  /** Where quoted and block scalars are: a `#` in them is text, not a comment. */
  readonly literals: Range[] = [];

  constructor(
    private readonly source: SourceText,
    private readonly file: string,
    private readonly variables: KnownVariables,
    private readonly doc: Document.Parsed,
  ) {}

  private readonly yaml = yamlModule();

  convert(node: YamlLibNode, depth: number): YamlNode {
    const { isAlias, isMap, isPair, isScalar, isSeq } = this.yaml;
    if (depth > YAML_LIMITS.depth) throw new TooComplex(`YAML nested more than ${YAML_LIMITS.depth} deep`, node.range?.[0] ?? 0);
    if (isAlias(node)) {
      if (++this.aliases > YAML_LIMITS.aliases) throw new TooComplex(`more than ${YAML_LIMITS.aliases} YAML aliases`, node.range?.[0] ?? 0);
      const target = node.resolve(this.doc) as YamlLibNode | undefined;
      if (!target) return this.scalar(null, node.range ? [node.range[0], node.range[1]] : [0, 0], "");
      return this.convert(target, depth);
    }
    const cached = this.done.get(node);
    if (cached) return cached;
    if (++this.count > YAML_LIMITS.nodes) throw new TooComplex(`more than ${YAML_LIMITS.nodes} YAML nodes`, node.range?.[0] ?? 0);
    const range: Range = node.range ? [node.range[0], node.range[1]] : [0, 0];
    if (this.count > YAML_LIMITS.nodes) throw new TooComplex(`more than ${YAML_LIMITS.nodes} YAML nodes`, range[0]);
    let out: YamlNode;
    if (isMap(node)) {
      const pairs: YamlPair[] = [];
      const merged = new Set<YamlPair>();
      const map: YamlMap = { type: "YamlMap", pairs, ...this.at(range) };
      this.done.set(node, map);
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const keyNode = item.key as YamlLibNode | null;
        const key = keyNode ? this.convert(keyNode, depth + 1) : null;
        if (!key || key.type !== "YamlScalar") continue; // a complex key: no Compose key is one
        const valueNode = item.value as YamlLibNode | null;
        const value = valueNode ? this.convert(valueNode, depth + 1) : this.scalar(null, [key.range[1], key.range[1]], "");
        if (key.written === "<<") {
          const added = mergeKeyPairs(value, pairs);
          // the pairs a merge key copies count as nodes: `<<` repeated cannot multiply the tree unseen
          this.count += added.length;
          for (const pair of added) merged.add(pair);
          pairs.push(...added);
          continue;
        }
        const at = pairs.findIndex((p) => p.key.written === key.written);
        // the map's own keys win over those a merge key brought, wherever `<<` is written
        if (at < 0) pairs.push({ key, value });
        else if (merged.has(pairs[at])) pairs[at] = { key, value };
      }
      return this.endBlock(map, node.flow, pairs.at(-1)?.value);
    }
    if (isSeq(node)) {
      const items: YamlNode[] = [];
      const seq: YamlSeq = { type: "YamlSeq", items, ...this.at(range) };
      this.done.set(node, seq);
      for (const item of node.items) if (item) items.push(this.convert(item as YamlLibNode, depth + 1));
      return this.endBlock(seq, node.flow, items.at(-1));
    }
    if (isScalar(node)) {
      const value = node.value;
      const raw = value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : String(value);
      if (node.type !== "PLAIN") this.literals.push(range);
      // a plain number keeps its digits as written (`3.10` is not 3.1)
      const written = node.type === "PLAIN" && typeof value !== "string" ? this.source.text.slice(range[0], range[1]) : raw === null ? "" : String(raw);
      out = this.scalar(raw, range, written);
    } else out = this.scalar(null, range, "");
    this.done.set(node, out);
    return out;
  }

  /** A block collection ends where its last value does (the parser's range runs on over the line break and comments after it). */
  private endBlock<T extends YamlMap | YamlSeq>(node: T, flow: boolean | undefined, last: YamlNode | undefined): T {
    if (flow || !last) return node;
    node.range = [node.range[0], last.range[1]];
    node.loc = locationOf(this.source, node.range);
    return node;
  }

  private scalar(raw: YamlScalar["raw"], range: Range, written: string): YamlScalar {
    const interpolated: Interpolated = typeof raw === "string" ? interpolate(written, this.variables) : { value: written, unknown: [] };
    return { type: "YamlScalar", raw, written, text: interpolated.value, ...this.at(range) };
  }

  private at(range: Range): Located {
    return { file: this.file, range, loc: locationOf(this.source, range) };
  }
}

/** YAML's merge key `<<: *base` (or a list of them): the pairs it adds that the map does not already have. */
function mergeKeyPairs(value: YamlNode, existing: YamlPair[]): YamlPair[] {
  const sources = value.type === "YamlSeq" ? value.items : [value];
  const added: YamlPair[] = [];
  for (const source of sources) {
    if (source.type !== "YamlMap") continue;
    for (const pair of source.pairs) {
      const key = pair.key.written;
      if (!existing.some((p) => p.key.written === key) && !added.some((p) => p.key.written === key)) added.push(pair);
    }
  }
  return added;
}

/** Comments alone on their line, outside block scalars: one pass over the lines, no regex over the text. */
/**
 * The file's comments: on each line, the first `#` that begins it or follows a blank, outside the
 * quoted and block scalars (a plain scalar cannot hold ` #`). One pass over the text; a candidate
 * `#` is looked up among the scalars (which do not overlap) by bisection.
 */
function commentsOf(source: SourceText, literals: Range[]): YamlComment[] {
  const out: YamlComment[] = [];
  const { text, lineStarts } = source;
  const sorted = literals.toSorted((a, b) => a[0] - b[0]);
  const inLiteral = (offset: number) => {
    let low = 0;
    let high = sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (sorted[middle][0] <= offset) low = middle + 1;
      else high = middle - 1;
    }
    return high >= 0 && offset < sorted[high][1];
  };
  for (let line = 0; line < lineStarts.length; line++) {
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    let first = lineStarts[line];
    while (first < end && (text[first] === " " || text[first] === "\t")) first++;
    let at = -1;
    for (let i = first; i < end && at < 0; i++) {
      if (text[i] === "#" && (i === first || text[i - 1] === " " || text[i - 1] === "\t") && !inLiteral(i)) at = i;
    }
    if (at < 0) continue;
    let stop = end;
    while (stop > at && (text[stop - 1] === "\n" || text[stop - 1] === "\r")) stop--;
    const range: Range = [at, stop];
    out.push({ range, loc: locationOf(source, range), value: text.slice(at + 1, stop).trim(), trailing: at !== first });
  }
  return out;
}

function oneLine(message: string): string {
  const first = message.split(/\r?\n/)[0]!.trim();
  return first.replace(/ at line \d+, column \d+:?$/, "");
}

/** The value of `key` in a map; undefined when absent or not a map. */
export function get(node: YamlNode | undefined, key: string): YamlNode | undefined {
  if (node?.type !== "YamlMap") return undefined;
  for (const pair of node.pairs) if (pair.key.written === key) return pair.value;
  return undefined;
}

/** The pair of `key` in a map (its key node is where a finding about the key itself points). */
export function pairOf(node: YamlNode | undefined, key: string): YamlPair | undefined {
  if (node?.type !== "YamlMap") return undefined;
  return node.pairs.find((p) => p.key.written === key);
}

/** A scalar's interpolated text; undefined for a map, a sequence or an absent node, null when unknown. */
export function textOf(node: YamlNode | undefined): string | null | undefined {
  return node?.type === "YamlScalar" ? node.text : undefined;
}
