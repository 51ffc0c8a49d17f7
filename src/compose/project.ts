// A Compose project as `docker compose` reads it by default: the base file (`compose.yaml`, ...)
// and its override (`compose.override.yaml`, ...) beside it, merged, with `.env` beside the base
// file for interpolation. The file being linted is one of them, given as text (an editor's or a
// fix's); the others are read through `read`.
import path from "node:path";
import { createSource, type SourceText } from "../source/source.js";
import { COMPOSE_EXTENSIONS, composeNameParts } from "../compose-names.js";
import { readDotenv, type KnownVariables } from "./interpolate.js";
import { mergeNodes, normalizeRoot } from "./merge.js";
import { ComposeService } from "./model.js";
import { get, parseYaml, type ParsedYaml, type YamlMap, type YamlNode } from "./yaml-tree.js";

/** Reads a file beside the linted one: its text, or null when there is none (or it cannot be read). */
export type ReadFile = (file: string) => string | null;

export interface ComposeProject {
  /** The linted file's parse. */
  parsed: ParsedYaml;
  /** The files merged, base first (the linted one among them); the others only when they parsed. */
  files: string[];
  /** Files looked for besides the linted one (found or not): the findings depend on them. */
  inputs: string[];
  /** The merged root mapping; null when the linted file is not a mapping. */
  root: YamlMap | null;
  services: ComposeService[];
  /** The variables `.env` sets. */
  variables: KnownVariables;
  /** The project directory: relative paths in the files are relative to it (the base file's directory). */
  directory: string;
}

export function loadProject(file: string, source: SourceText, read: ReadFile): ComposeProject {
  const dir = path.dirname(file);
  const parts = composeNameParts(path.basename(file));
  const inputs: string[] = [];
  const readInput = (name: string): string | null => {
    const full = path.join(dir, name);
    inputs.push(full);
    return read(full);
  };
  const envText = readInput(".env");
  const variables = envText === null ? new Map<string, string>() : readDotenv(envText);
  const parsed = parseYaml(source, file, variables);
  const roots: YamlNode[] = [];
  const files: string[] = [];
  const other = (names: string[]): { file: string; text: string } | null => {
    for (const name of names) {
      const text = readInput(name);
      if (text !== null) return { file: path.join(dir, name), text };
    }
    return null;
  };
  const addOther = (found: { file: string; text: string } | null) => {
    if (!found) return;
    try {
      const otherParse = parseYaml(createSource(found.text), found.file, variables);
      if (otherParse.problems.length || !otherParse.root) return; // that file's own lint says why
      roots.push(otherParse.root);
      files.push(found.file);
    } catch {
      // past the limits: that file's own lint says so
    }
  };
  if (parts?.override) addOther(other(COMPOSE_EXTENSIONS.map((ext) => `${parts.stem}.${ext}`)));
  if (parsed.root) {
    roots.push(parsed.root);
    files.push(file);
  }
  if (parts && !parts.override) addOther(other(COMPOSE_EXTENSIONS.map((ext) => `${parts.stem}.override.${ext}`)));
  let merged: YamlNode | null = null;
  for (const root of roots) {
    const normal = normalizeRoot(root)!;
    merged = merged ? mergeNodes(merged, normal) : normal;
  }
  const root = merged?.type === "YamlMap" && parsed.root?.type === "YamlMap" ? merged : null;
  const services = get(root ?? undefined, "services");
  return {
    parsed,
    files,
    inputs,
    root,
    services: services?.type === "YamlMap" ? services.pairs.flatMap((p) => (p.value.type === "YamlMap" ? [new ComposeService(p.key, p.value)] : [])) : [],
    variables,
    directory: path.dirname(files[0] ?? file),
  };
}
