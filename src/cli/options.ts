// The command line's options: one table drives parsing (node:util parseArgs), validation and
// --help. Node's parser replaced yargs: it costs nothing to load, where yargs was ~20 ms of a
// ~160 ms cold start, which matters to a pre-commit hook run on every commit.
import { parseArgs } from "node:util";
import { CORES_PER_THREAD, MAX_THREADS_PER_CORE, MIN_FILES_FOR_WORKERS } from "../batch/thread-count.js";
import { DocklintError } from "../engine/errors.js";

interface OptionSpec {
  name: string;
  short?: string;
  type: "string" | "boolean";
  multiple?: boolean;
  choices?: readonly string[];
  value?: string;
  describe: string;
}

/** `ignore` is hadolint's spelling of `none`. */
const THRESHOLDS = ["error", "warning", "info", "style", "none", "ignore"] as const;

export function optionTable(formats: readonly string[]): OptionSpec[] {
  return [
    { name: "format", short: "f", type: "string", multiple: true, value: "NAME[=FILE]", describe: `output format, repeatable; NAME=FILE writes that one to FILE (default: stylish) [${formats.join("|")}]` },
    { name: "output", short: "o", type: "string", value: "FILE", describe: "write the report to a file" },
    { name: "config", short: "c", type: "string", value: "FILE", describe: "use this config file" },
    { name: "no-config", type: "boolean", describe: "ignore config files" },
    { name: "rule", type: "string", multiple: true, value: "ID=LEVEL", describe: "set a rule's level (repeatable; aliases such as DL3008 work)" },
    { name: "failure-threshold", short: "t", type: "string", choices: THRESHOLDS, value: "LEVEL", describe: "lowest level that fails the run (default: warning)" },
    { name: "max-warnings", type: "string", value: "N", describe: "also fail when there are more than N warnings" },
    { name: "quiet", type: "boolean", describe: "report errors only" },
    { name: "fix", type: "boolean", describe: "apply safe fixes to the files" },
    { name: "fix-dry-run", type: "boolean", describe: "compute fixes without writing them (JSON: `output`)" },
    { name: "max-file-size", type: "string", value: "SIZE", describe: "refuse files larger than SIZE: bytes, or KB, MB, GB (default: 10MB)" },
    { name: "context", type: "string", value: "DIR", describe: "build context directory (default: the Dockerfile's directory)" },
    { name: "build-arg", type: "string", multiple: true, value: "NAME=VALUE", describe: "a build arg, as docker build takes it (NAME alone: from the environment; repeatable)" },
    { name: "target", type: "string", value: "STAGE", describe: "the stage built, as docker build --target (default: the last)" },
    { name: "platform", type: "string", value: "OS/ARCH", describe: "the target platform, as docker build --platform (sets TARGETOS, TARGETARCH...)" },
    { name: "stdin", type: "boolean", describe: "lint standard input (also: -)" },
    { name: "stdin-filename", type: "string", value: "NAME", describe: "name standard input for config lookup and reports" },
    { name: "color", type: "boolean", describe: "force colors" },
    { name: "no-color", type: "boolean", describe: "no colors (also NO_COLOR)" },
    { name: "ignore", type: "string", multiple: true, value: "ID", describe: "turn a rule off (hadolint's flag; repeatable)" },
    { name: "error", type: "string", multiple: true, value: "ID", describe: "make a rule an error (also --warning, --info, --style; repeatable)" },
    { name: "warning", type: "string", multiple: true, value: "ID", describe: "make a rule a warning" },
    { name: "info", type: "string", multiple: true, value: "ID", describe: "make a rule info" },
    { name: "style", type: "string", multiple: true, value: "ID", describe: "make a rule style" },
    { name: "trusted-registry", type: "string", multiple: true, value: "REGISTRY", describe: "allow images from this registry (trusted-registries; repeatable)" },
    { name: "require-label", type: "string", multiple: true, value: "NAME:FORMAT", describe: "require a label (label-schema; repeatable)" },
    { name: "strict-labels", type: "boolean", describe: "labels outside --require-label are findings" },
    { name: "no-fail", type: "boolean", describe: "exit 0 whatever is found (errors in the input still exit 2)" },
    { name: "jobs", short: "j", type: "string", value: "N", describe: `lint in N threads (at most ${MAX_THREADS_PER_CORE} per core); auto (default): one per ${CORES_PER_THREAD} cores from ${MIN_FILES_FOR_WORKERS} files on, so none on 2 cores` },
    { name: "cache", type: "boolean", describe: "skip files unchanged since the last --cache run (same config, same docklint)" },
    { name: "cache-location", type: "string", value: "PATH", describe: "the cache file, or a directory for it (default: .docklintcache)" },
    { name: "timing", type: "boolean", describe: "print the ten slowest rules, the time per phase and peak memory on stderr" },
    { name: "lsp", type: "boolean", describe: "run as a language server over standard input and output (docs/language-server.md)" },
    { name: "stdio", type: "boolean", describe: "with --lsp: accepted for editors that pass it (standard input and output is the only transport)" },
    { name: "list-rules", type: "boolean", describe: "list the rules" },
    { name: "explain", type: "string", value: "ID", describe: "print a rule's documentation" },
    { name: "print-config", type: "string", value: "FILE", describe: "print the config that applies to FILE" },
    { name: "version", short: "v", type: "boolean", describe: "print the version" },
    { name: "help", short: "h", type: "boolean", describe: "print this help" },
  ];
}

export interface CliOptions {
  paths: string[];
  /** Empty when not given (a .hadolint.yaml may set it); `file` from `--format name=FILE`. */
  formats: { name: string; file?: string }[];
  output?: string;
  config?: string;
  noConfig: boolean;
  rules: string[];
  /** hadolint's flags: rule ids by the level they set ("off" for --ignore). */
  levels: { off: string[]; error: string[]; warning: string[]; info: string[]; style: string[] };
  trustedRegistries: string[];
  requiredLabels: string[];
  strictLabels: boolean;
  noFail: boolean;
  /** undefined when not given: a .hadolint.yaml may set it */
  failureThreshold?: Exclude<(typeof THRESHOLDS)[number], "ignore">;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** Bytes. */
  maxFileSize?: number;
  context?: string;
  /** `--build-arg`: NAME=VALUE, or NAME taking its value from the environment (unset: not given). */
  buildArgs?: Record<string, string>;
  target?: string;
  platform?: string;
  stdin: boolean;
  stdinFilename?: string;
  color?: boolean;
  timing: boolean;
  /** Threads to lint in: a number, or "auto". */
  jobs: number | "auto";
  cache: boolean;
  cacheLocation?: string;
  /** Run as a language server (stdio). */
  lsp: boolean;
  listRules: boolean;
  explain?: string;
  printConfig?: string;
  version: boolean;
  help: boolean;
}

const usage = (reason: string) => new DocklintError("usage", `${reason} (see docklint --help).`);

/** `--build-arg NAME=VALUE` and `--build-arg NAME` (the environment's value, as docker build reads it). */
function readBuildArgs(specs: string[]): Record<string, string> | undefined {
  if (!specs.length) return undefined;
  const args: Record<string, string> = {};
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    const name = eq < 0 ? spec : spec.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw usage(`--build-arg takes NAME=VALUE, not '${spec}'`);
    const value = eq < 0 ? process.env[name] : spec.slice(eq + 1);
    if (value !== undefined) args[name] = value;
  }
  return args;
}

function readTarget(target: string | undefined): string | undefined {
  if (target !== undefined && !target.trim()) throw usage("--target needs a stage name");
  return target;
}

export function readOptions(argv: string[], formats: readonly string[]): CliOptions {
  const table = optionTable(formats);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(table.map((o) => [o.name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }])),
    });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw usage(`Unknown option ${unknown[1]}`);
    const missing = /Option '(?:-\w, )?(--[\w-]+)(?: [^']*)?' argument missing/.exec(message);
    if (missing) throw usage(`Option ${missing[1]} needs a value`);
    throw usage(message.split(".")[0]);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  for (const o of table) {
    const value = v[o.name];
    if (o.choices && typeof value === "string" && !o.choices.includes(value)) {
      throw usage(`--${o.name} must be one of ${o.choices.join(", ")}, not '${value}'`);
    }
  }
  const maxWarnings = v["max-warnings"] as string | undefined;
  if (maxWarnings !== undefined && !/^-?\d+$/.test(maxWarnings)) throw usage(`--max-warnings takes a whole number, not '${maxWarnings}'`);
  const maxFileSize = v["max-file-size"] as string | undefined;
  const maxBytes = maxFileSize === undefined ? undefined : parseSize(maxFileSize);
  if (maxBytes === null) throw usage(`--max-file-size takes a size such as 500KB or 20MB, not '${maxFileSize}'`);
  const jobs = (v.jobs as string | undefined) ?? "auto";
  if (jobs !== "auto" && !/^[1-9]\d*$/.test(jobs)) throw usage(`--jobs takes a number of threads or auto, not '${jobs}'`);
  const color = v["no-color"] ? false : v.color ? true : undefined;
  return {
    paths: parsed.positionals,
    formats: list(v.format).map((spec) => {
      const eq = spec.indexOf("=");
      const name = eq < 0 ? spec : spec.slice(0, eq);
      if (!formats.includes(name)) throw usage(`--format must be one of ${formats.join(", ")}, not '${name}'`);
      if (eq >= 0 && eq === spec.length - 1) throw usage(`--format ${name}= needs a file name`);
      return eq < 0 ? { name } : { name, file: spec.slice(eq + 1) };
    }),
    output: v.output as string | undefined,
    config: v.config as string | undefined,
    noConfig: Boolean(v["no-config"]),
    rules: (v.rule as string[] | undefined) ?? [],
    failureThreshold: v["failure-threshold"] === "ignore" ? "none" : (v["failure-threshold"] as CliOptions["failureThreshold"]),
    levels: {
      off: list(v.ignore),
      error: list(v.error),
      warning: list(v.warning),
      info: list(v.info),
      style: list(v.style),
    },
    trustedRegistries: list(v["trusted-registry"]),
    requiredLabels: list(v["require-label"]),
    strictLabels: Boolean(v["strict-labels"]),
    noFail: Boolean(v["no-fail"]),
    maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
    quiet: Boolean(v.quiet),
    fix: Boolean(v.fix),
    fixDryRun: Boolean(v["fix-dry-run"]),
    maxFileSize: maxBytes,
    context: v.context as string | undefined,
    buildArgs: readBuildArgs(list(v["build-arg"])),
    target: readTarget(v.target as string | undefined),
    platform: v.platform as string | undefined,
    stdin: Boolean(v.stdin),
    stdinFilename: v["stdin-filename"] as string | undefined,
    color,
    timing: Boolean(v.timing),
    jobs: jobs === "auto" ? "auto" : Number(jobs),
    cache: Boolean(v.cache),
    cacheLocation: v["cache-location"] as string | undefined,
    lsp: Boolean(v.lsp),
    listRules: Boolean(v["list-rules"]),
    explain: v.explain as string | undefined,
    printConfig: v["print-config"] as string | undefined,
    version: Boolean(v.version),
    help: Boolean(v.help),
  };
}

const UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "10MB" -> 10485760 (units of 1024, as the error messages print them); null when it is not a size. */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = match && UNITS[match[2].toLowerCase()];
  return match && unit ? Math.floor(Number(match[1]) * unit) : null;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

export function helpText(formats: readonly string[]): string {
  const rows = optionTable(formats).map((o) => {
    const flag = `${o.short ? `-${o.short}, ` : "    "}--${o.name}${o.value ? ` ${o.value}` : ""}`;
    const choices = o.choices ? ` [${o.choices.join("|")}]` : "";
    return `  ${flag.padEnd(30)} ${o.describe}${choices}`;
  });
  return [
    "Usage: docklint [options] [paths..]",
    "",
    "Lint Dockerfiles: files, directories (searched for Dockerfiles) or globs; no path: the current",
    "directory; - reads standard input.",
    "",
    "Options:",
    ...rows,
    "",
    "Exit codes: 0 clean, 1 findings at or above the failure threshold, 2 bad input or config, 3 internal error.",
    "",
  ].join("\n");
}
