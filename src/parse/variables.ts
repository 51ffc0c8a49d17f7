// ARG/ENV values visible at an instruction, stage-aware, and `$VAR`/`${VAR:-default}` substitution.
// A variable whose value cannot be known (a build arg without default, the base image's ENV)
// stays as written and is listed as unresolved: values are never guessed.
import type * as m from "./model.js";

export interface Resolved {
  value: string;
  /** Names whose value is unknown at that point; they remain in `value` as written. */
  unresolved: string[];
}

/** name -> value, or null when declared without a known value. */
interface Scope {
  get(name: string): string | null | undefined;
  has(name: string): boolean;
  keys(): Iterable<string>;
}

/**
 * A value longer than this is taken as unknown. Real values are at most a few hundred
 * characters; without a cap, `ARG V2=${V1}${V1}` doubling down a few thousand ARGs would build
 * strings of gigabytes, and ten thousand ARGs each a little longer than the last, hundreds of MB.
 */
const MAX_VALUE_LENGTH = 4096;
/** `${A:-${B:-${C:-...}}}` nested deeper than this is left unresolved (and the recursion bounded). */
const MAX_NESTING = 100;
/** Layers over a full copy before the next copy: lookups walk at most this many maps. */
const MAX_LAYERS = 32;

/**
 * The scope after an ARG or ENV: the names it sets over the scope before. Copying the whole scope
 * at each ARG and ENV was quadratic in time and memory for files with thousands of them.
 */
class Layer implements Scope {
  readonly depth: number;

  constructor(
    private readonly own: ReadonlyMap<string, string | null>,
    private readonly below: Scope,
  ) {
    this.depth = below instanceof Layer ? below.depth + 1 : 1;
  }

  get(name: string): string | null | undefined {
    return this.own.has(name) ? this.own.get(name) : this.below.get(name);
  }

  has(name: string): boolean {
    return this.own.has(name) || this.below.has(name);
  }

  keys(): Iterable<string> {
    // bottom layer first, as a Set of each layer's keys over the one below would order them
    const layers: ReadonlyMap<string, string | null>[] = [];
    let scope: Scope = this;
    for (; scope instanceof Layer; scope = scope.below) layers.push(scope.own);
    const names = new Set(scope.keys());
    for (let i = layers.length - 1; i >= 0; i--) for (const name of layers[i].keys()) names.add(name);
    return names;
  }
}

function layer(own: ReadonlyMap<string, string | null>, below: Scope): Scope {
  const stacked = new Layer(own, below);
  if (stacked.depth < MAX_LAYERS) return stacked;
  const flat = new Map<string, string | null>();
  for (const name of stacked.keys()) flat.set(name, stacked.get(name)!);
  return flat;
}


/** Build args BuildKit defines in every global scope. */
const automaticArgs = [
  "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
  "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
  "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY",
  "http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "all_proxy",
];

/**
 * Build args a build takes without an ARG declaring them: the proxy variables (given to RUN's
 * environment), BuildKit's own settings (`BUILDKIT_INLINE_CACHE`, ...) and SOURCE_DATE_EPOCH.
 */
export function isPredefinedBuildArg(name: string): boolean {
  return automaticArgs.slice(8).includes(name) || name.startsWith("BUILDKIT_") || name === "SOURCE_DATE_EPOCH";
}

/** Build args BuildKit fills in itself: the platform's (always set) and the proxies' (from the client's environment). */
export function isAutomaticBuildArg(name: string): boolean {
  return automaticArgs.includes(name);
}

export class Variables {
  private readonly scopes = new Map<m.Instruction, Scope>();
  private readonly stageEnds = new Map<number, ReadonlyMap<string, string | null>>();
  private globalScope: Scope | null = null;

  /**
   * `buildArgs` are `docker build --build-arg` values: they replace the default of the ARG that
   * declares them (global or in a stage) and give one without a default its value.
   */
  constructor(
    private readonly doc: m.Dockerfile,
    private readonly escapeChar = doc.escapeChar,
    private readonly buildArgs: Readonly<Record<string, string>> = {},
  ) {}

  resolve(text: string, at: m.Instruction): Resolved {
    // most text names no variable: it resolves to itself, without building the stage's scopes
    if (!text.includes("$")) return { value: text, unresolved: [] };
    return substitute(text, this.scopeAt(at), this.escapeChar);
  }

  /** The value of one variable at an instruction: a string, null when unknown, undefined when undeclared. */
  lookup(name: string, at: m.Instruction): string | null | undefined {
    return this.scopeAt(at).get(name);
  }

  isDeclared(name: string, at: m.Instruction): boolean {
    return this.scopeAt(at).has(name);
  }

  names(at: m.Instruction): string[] {
    return [...this.scopeAt(at).keys()];
  }

  private buildArg(name: string): string | undefined {
    return Object.hasOwn(this.buildArgs, name) ? this.buildArgs[name] : undefined;
  }

  private globals(): Scope {
    if (this.globalScope) return this.globalScope;
    const scope = new Map<string, string | null>(automaticArgs.map((n) => [n, this.buildArg(n) ?? null]));
    for (const i of this.doc.preamble) {
      if (i.type !== "Arg") continue;
      for (const p of i.pairs) {
        const given = this.buildArg(p.key.value);
        scope.set(p.key.value, given ?? (p.value ? substitute(p.value.value, scope, this.escapeChar).known : null));
      }
    }
    this.globalScope = scope;
    return scope;
  }

  private scopeAt(at: m.Instruction): Scope {
    if (at.stageIndex < 0 || at.type === "From") return this.globals();
    if (!this.scopes.has(at)) this.walkStage(at.stageIndex);
    return this.scopes.get(at) ?? this.globals();
  }

  private stageEnd(index: number): ReadonlyMap<string, string | null> {
    if (!this.stageEnds.has(index)) this.walkStage(index);
    return this.stageEnds.get(index)!;
  }

  private walkStage(index: number): void {
    const stage = this.doc.stages[index];
    // A stage built FROM another starts with that stage's ARGs and ENV, as BuildKit passes both down
    // (`FROM base AS x` / `ARG foo=1` / `FROM x` / `COPY $foo .` copies `1`).
    const carried = new Map<string, string | null>(stage.parent !== null ? this.stageEnd(stage.parent) : []);
    let scope: Scope = new Map<string, string | null>([...automaticArgs.map((n): [string, null] => [n, null]), ...carried]);
    const globals = this.globals();
    for (const i of stage.instructions) {
      this.scopes.set(i, scope);
      if (i.type === "Onbuild" && i.trigger) this.scopes.set(i.trigger, scope);
      if (i.type !== "Env" && i.type !== "Arg") continue;
      const own = new Map<string, string | null>();
      for (const p of i.pairs) {
        // values are read in the scope before this instruction, as Docker does
        const declared = p.value ? substitute(p.value.value, scope, this.escapeChar).known : null;
        const given = i.type === "Arg" ? this.buildArg(p.key.value) : undefined;
        const value = given ?? (i.type === "Arg" && !p.value ? (globals.get(p.key.value) ?? null) : declared);
        own.set(p.key.value, value);
        carried.set(p.key.value, value);
      }
      scope = layer(own, scope);
    }
    this.stageEnds.set(index, carried);
  }
}

const namePattern = /^[A-Za-z_][A-Za-z0-9_]*/;

export function substitute(
  text: string,
  scope: Scope,
  escapeChar = "\\",
  nesting = 0,
): Resolved & { known: string | null } {
  if (!text.includes("$")) return { value: text, unresolved: [], known: text };
  let value = "";
  const unresolved: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (value.length > MAX_VALUE_LENGTH) return tooLong(text);
    const c = text[i];
    if (c === escapeChar && text[i + 1] === "$") {
      value += "$";
      i += 2;
      continue;
    }
    if (c !== "$") {
      value += c;
      i++;
      continue;
    }
    if (text[i + 1] === "{") {
      const close = matchingBrace(text, i + 1);
      if (close < 0) {
        value += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, close);
      const name = namePattern.exec(inner)?.[0];
      if (!name) {
        value += text.slice(i, close + 1);
      } else {
        const rest = inner.slice(name.length);
        const current = scope.get(name);
        const op = /^(:?[-+?])/.exec(rest)?.[1];
        const word = op ? rest.slice(op.length) : "";
        const isSet = current !== undefined && (!op?.startsWith(":") || current !== "");
        if (current === null || (current === undefined && !op) || nesting >= MAX_NESTING) {
          unresolved.push(name);
          value += text.slice(i, close + 1);
        } else if (op === ":-" || op === "-") {
          const w = isSet ? { value: current as string, unresolved: [] } : substitute(word, scope, escapeChar, nesting + 1);
          value += w.value;
          unresolved.push(...w.unresolved);
        } else if (op === ":+" || op === "+") {
          const w = isSet ? substitute(word, scope, escapeChar, nesting + 1) : { value: "", unresolved: [] };
          value += w.value;
          unresolved.push(...w.unresolved);
        } else if (op) {
          // ${X:?message}: the value when set, else the build fails
          if (isSet) value += current;
          else {
            unresolved.push(name);
            value += text.slice(i, close + 1);
          }
        } else if (rest) {
          unresolved.push(name); // other modifiers (#, %): not evaluated
          value += text.slice(i, close + 1);
        } else value += current ?? "";
      }
      i = close + 1;
      continue;
    }
    const name = namePattern.exec(text.slice(i + 1))?.[0];
    if (!name) {
      value += c;
      i++;
      continue;
    }
    const current = scope.get(name);
    if (current === null || current === undefined) {
      unresolved.push(name);
      value += "$" + name;
    } else value += current;
    i += 1 + name.length;
  }
  if (value.length > MAX_VALUE_LENGTH) return tooLong(text);
  return { value, unresolved, known: unresolved.length ? null : value };
}

/** The text as written, every variable in it unresolved: its value would be too long to be real. */
function tooLong(text: string): Resolved & { known: null } {
  const names = [...text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
  return { value: text, unresolved: [...new Set(names)], known: null };
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
