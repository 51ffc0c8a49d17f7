// The source code Compose rules read through `context.sourceCode`: the linted file's text, the
// project it belongs to (its base or override file merged, `.env` interpolated), and for a
// service with `build:`, the Dockerfile it builds read with the facts layer under exactly the
// service's build inputs (args, target, context).
import path from "node:path";
import type { SourceRange } from "@eslint/core";
import { locationOf, type SourceLocation, type SourceText } from "../source/source.js";
import { loadProject, type ComposeProject, type ReadFile } from "../compose/project.js";
import type { ComposeService } from "../compose/model.js";
import type { Located, YamlNode } from "../compose/yaml-tree.js";
import { parseDockerfile } from "../parse/parse.js";
import type { Deadline } from "../parse/limits.js";
import type { BuildInputs } from "../facts/build-inputs.js";
import { DockerfileSourceCode } from "./source-code.js";
import type { Pragmas } from "./pragmas.js";

/** The node a Compose file is as a whole: where file-wide findings point. */
export interface ComposeFileNode {
  type: "ComposeFile";
  range: [number, number];
  loc: SourceLocation;
  root: YamlNode | null;
}

/** A service's build as docklint reads it: the Dockerfile and its facts under the service's build inputs. */
export interface ServiceBuild {
  /** The Dockerfile's absolute path. */
  dockerfile: string;
  sourceCode: DockerfileSourceCode;
  inputs: BuildInputs;
}

export class ComposeSourceCode {
  readonly text: string;
  readonly ast: ComposeFileNode;
  readonly project: ComposeProject;
  pragmas: Pragmas | undefined;
  deadline: Deadline | undefined;
  readonly #builds = new Map<ComposeService, ServiceBuild | null>();
  readonly #read: ReadFile;
  /** Files read besides the linted one (the other Compose file, `.env`, Dockerfiles): `--cache` re-lints when they change. */
  readonly inputs: Set<string>;

  constructor(
    readonly source: SourceText,
    readonly filename: string,
    read: ReadFile,
  ) {
    this.text = source.text;
    this.#read = read;
    this.project = loadProject(filename, source, read);
    this.inputs = new Set(this.project.inputs);
    const range: [number, number] = [0, source.text.length];
    this.ast = { type: "ComposeFile", range, loc: locationOf(source, range), root: this.project.parsed.root };
  }

  /** Whether a node was written in the linted file (findings on nodes of the other file are that file's). */
  isHere(node: Located | { range: [number, number] }): boolean {
    return !("file" in node) || node.file === this.filename;
  }

  getText(node?: { range: [number, number] }): string {
    return node ? this.text.slice(node.range[0], node.range[1]) : this.text;
  }

  getLoc(node: { loc: SourceLocation }): SourceLocation {
    return node.loc;
  }

  getRange(node: { range: SourceRange }): SourceRange {
    return node.range;
  }

  locOf(range: SourceRange): SourceLocation {
    return locationOf(this.source, [range[0], range[1]]);
  }

  /**
   * The Dockerfile a service builds, parsed, with the facts of the build Compose asks for: its
   * `args` (those whose values are known), `target` and context. null when the service has no
   * `build:`, builds from a URL or an inline Dockerfile, or when its Dockerfile cannot be read.
   */
  buildOf(service: ComposeService): ServiceBuild | null {
    if (this.#builds.has(service)) return this.#builds.get(service)!;
    const build = this.readBuild(service);
    this.#builds.set(service, build);
    return build;
  }

  private readBuild(service: ComposeService): ServiceBuild | null {
    const spec = service.build;
    if (!spec || spec.context === null || spec.dockerfile === null || /^[a-z][a-z0-9+.-]*:\/\//i.test(spec.context) || spec.context.startsWith("git@")) return null;
    const contextDir = path.resolve(this.project.directory, spec.context);
    const dockerfile = path.resolve(contextDir, spec.dockerfile);
    this.inputs.add(dockerfile);
    const text = this.#read(dockerfile);
    if (text === null) return null;
    const buildArgs: Record<string, string> = {};
    for (const arg of spec.args) if (typeof arg.text === "string") buildArgs[arg.name] = arg.text;
    const target = spec.target?.text ?? undefined;
    const inputs: BuildInputs = { buildArgs, target, contextDir };
    try {
      const parsed = parseDockerfile(text);
      return { dockerfile, sourceCode: new DockerfileSourceCode(parsed.source, parsed.document, inputs), inputs };
    } catch {
      return null; // past docklint's limits: the Dockerfile's own lint says so
    }
  }

  /** Frees the Dockerfiles' shell parses; the linter calls it when the file is done. */
  dispose(): void {
    for (const build of this.#builds.values()) build?.sourceCode.dispose();
  }
}
