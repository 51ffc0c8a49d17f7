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
import { findServer, type ServerCall, type ServerEnvironment } from "../shell/servers.js";
import { parseShell } from "../shell/find-commands.js";
import type * as m from "../parse/model.js";
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

  /** A file's name as findings give it: relative to the project directory when it is inside it (`backend/Dockerfile`). */
  relativeName(file: string): string {
    const dir = this.project.directory;
    return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
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

  /**
   * The servers a service's container starts, and where that was said: the Dockerfile's
   * ENTRYPOINT/CMD (its facts), or the service's own `entrypoint:`/`command:`, read as words at
   * their places in this project's files. null when it cannot be known: no build, no target, an
   * override written with variables or backslashes, or a `command:` handed to an
   * image ENTRYPOINT.
   */
  serversOf(service: ComposeService): { servers: readonly ServerCall[]; from: "dockerfile" | "compose" } | null {
    const build = this.buildOf(service);
    const target = build?.sourceCode.facts.target;
    if (!build || !target) return null;
    const facts = build.sourceCode.facts;
    const command = service.get("command");
    const entrypoint = service.get("entrypoint");
    if (!command && !entrypoint) return { servers: facts.serversStarted(target), from: "dockerfile" };
    let argv: m.Word[] | null;
    if (entrypoint) {
      const head = wordsOf(entrypoint, this.text, this.filename);
      const tail = command ? wordsOf(command, this.text, this.filename) : [];
      argv = head && tail ? [...head, ...tail] : null;
    } else {
      const imageEntrypoint = facts.startup(target).entrypoint;
      argv = imageEntrypoint && imageEntrypoint.exec?.length !== 0 ? null : wordsOf(command!, this.text, this.filename);
    }
    if (!argv?.length) return null;
    const environment = new Map(service.environment.map((e) => [e.name, e.text]));
    const env: ServerEnvironment = {
      value: (word) => word.value,
      env: (name) => (environment.has(name) ? (environment.get(name) ?? null) : facts.runtimeEnv(target, name)),
      mentions: (pattern) => pattern.test(build.sourceCode.text),
    };
    // the shell reader of CMD's exec form: wrappers (`tini --`) and `sh -c 'script'` are read through
    const parsed = parseShell(commandInstruction(argv, this.source), this.source, this.deadline);
    try {
      const servers = parsed.commands.flatMap((command) => findServer(command.name, command.args, env) ?? []);
      return { servers, from: "compose" };
    } finally {
      parsed.dispose();
    }
  }

  /** Frees the Dockerfiles' shell parses; the linter calls it when the file is done. */
  dispose(): void {
    for (const build of this.#builds.values()) build?.sourceCode.dispose();
  }
}

/** A service's argv as the exec form of a CMD at its place in the Compose file, for the shell reader. */
function commandInstruction(argv: m.Word[], source: SourceText): m.Cmd {
  const range: [number, number] = [argv[0]!.range[0], argv[argv.length - 1]!.range[1]];
  return {
    type: "Cmd",
    name: "CMD",
    keyword: "command",
    keywordRange: [range[0], range[0]],
    flags: [],
    args: argv,
    argsRange: range,
    stageIndex: -1,
    isTrigger: false,
    exec: argv,
    shellRange: null,
    shellText: null,
    heredocs: [],
    range,
    loc: locationOf(source, range),
  };
}

/**
 * A `command:`/`entrypoint:` as words with their places: a list of scalars, or a one-line string
 * Compose splits at blanks and quotes (one with backslashes or variables is left unknown: null). Only
 * nodes of the linted file have places in its text; others are unknown too.
 */
function wordsOf(node: YamlNode, text: string, filename: string): m.Word[] | null {
  if (node.file !== filename) return null;
  const word = (value: string, start: number, end: number, loc: SourceLocation): m.Word => ({ type: "Word", text: text.slice(start, end), value, range: [start, end], loc });
  if (node.type === "YamlSeq") {
    const words: m.Word[] = [];
    for (const item of node.items) {
      if (item.type !== "YamlScalar" || item.text === null) return null;
      words.push(word(item.text, item.range[0], item.range[1], item.loc));
    }
    return words;
  }
  if (node.type !== "YamlScalar" || node.text === null || node.text !== node.written || /[\\\n]/.test(node.written)) return null;
  const quoted = text[node.range[0]] === '"' || text[node.range[0]] === "'";
  const start = quoted ? node.range[0] + 1 : node.range[0];
  if (text.slice(start, start + node.written.length) !== node.written) return null;
  const split = splitWords(node.written);
  if (!split) return null;
  const words: m.Word[] = [];
  for (const part of split) {
    const from = start + part.start;
    const to = start + part.end;
    const line = node.loc.start.line;
    const column = node.loc.start.column + (from - node.range[0]);
    words.push(word(part.value, from, to, { start: { line, column }, end: { line, column: column + (to - from) } }));
  }
  return words;
}

/**
 * A one-line `command:` string split into words as Compose splits it: at blanks, quotes grouping
 * (`sh -c "jupyter lab --ip 0.0.0.0"` is three words) and removed from the value. null for an
 * unclosed quote; the caller leaves out backslashes, whose escapes would shift offsets.
 */
function splitWords(line: string): { start: number; end: number; value: string }[] | null {
  const words: { start: number; end: number; value: string }[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === " " || line[i] === "\t") {
      i++;
      continue;
    }
    const start = i;
    let value = "";
    while (i < line.length && line[i] !== " " && line[i] !== "\t") {
      const c = line[i]!;
      if (c === '"' || c === "'") {
        const close = line.indexOf(c, i + 1);
        if (close < 0) return null;
        value += line.slice(i + 1, close);
        i = close + 1;
      } else {
        value += c;
        i++;
      }
    }
    words.push({ start, end: i, value });
  }
  return words;
}
