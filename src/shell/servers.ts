// Which commands start a network server, where each one listens unless told otherwise, and how
// its command line or environment changes the address and port. bind-all-interfaces and
// expose-listening-port read this table; a value that cannot be known stays unknown (null).
import type { Range } from "../source/source.js";
import type * as m from "../parse/model.js";
import { firstPositional, programName, readFlagValue, valueSpan, type FlagValue } from "./flags.js";
import { LAUNCHERS } from "./launchers.js";
import { PYTHON, pythonRun } from "./python.js";

/** Where an address listens: only inside the container, on every interface, or somewhere specific. */
export type BindScope = "loopback" | "all" | "other";

/** Where a setting came from: a flag, a positional argument, an environment variable, the default. */
export type SettingSource = "flag" | "argument" | "env" | "default";

export interface HostSetting {
  /** The address as the program receives it; null when it cannot be known. */
  value: string | null;
  scope: BindScope | null;
  /** The word it was read from (null for env and defaults). */
  word: m.Word | null;
  /** The file range of the address inside `word`, when the word is written without escapes. */
  span: Range | null;
  from: SettingSource;
  /** The flag or variable name, or "default". */
  via: string;
}

export interface PortSetting {
  value: number | null;
  word: m.Word | null;
  from: SettingSource;
  via: string;
}

/** What the program would be told to listen on all interfaces: an edit of a word, or words to add. */
export type HostFix = { range: Range; text: string } | { after: m.Word; words: string[] };

export interface ServerCall {
  server: string;
  /** The program word, e.g. `jupyter` or `python`. */
  name: m.Word;
  /** The last word that identified the server (`notebook`, `run`, `http.server`): flags go after it. */
  anchor: m.Word;
  host: HostSetting;
  port: PortSetting;
  /** How to make it listen on 0.0.0.0; null when no safe edit is known. */
  hostFix: HostFix | null;
}

/** What the program will see besides its words. */
export interface ServerEnvironment {
  /** A word's value as the program receives it (variables substituted), or null when unknown. */
  value(word: m.Word): string | null;
  /** A runtime environment variable: its value, null when set to an unknown value, undefined when unset. */
  env(name: string): string | null | undefined;
  /** True when the Dockerfile mentions this (a config file the server reads, for instance). */
  mentions(pattern: RegExp): boolean;
}

type Setting =
  /** `--host 0.0.0.0`, `--ip=*` */
  | { kind: "host"; flags: string[] }
  /** `--port 8000` */
  | { kind: "port"; flags: string[] }
  /** `-b 0.0.0.0:8000`: HOST, HOST:PORT, :PORT, [V6]:PORT */
  | { kind: "hostPort"; flags: string[] }
  /** vite's `--host` takes an optional value; alone it means every interface */
  | { kind: "optionalHost"; flags: string[] }
  /** tensorboard's `--bind_all` */
  | { kind: "allInterfaces"; flags: string[] }
  /** the first positional is `[HOST:]PORT` (django runserver) */
  | { kind: "positionalHostPort" }
  /** the first positional is the port (python -m http.server 9000) */
  | { kind: "positionalPort" };

interface ServerSpec {
  name: string;
  /** Program base names that start it. */
  commands?: string[];
  /** `python -m <module>` */
  modules?: string[];
  /** A script run by python (`python manage.py`). */
  scripts?: string[];
  /** The first positional must be one of these; `null` allows none. Omitted: no subcommand. */
  subcommands?: (string | null)[];
  /** Flags before the subcommand that take a value (`flask --app x run`). */
  globalValueFlags?: string[];
  settings: Setting[];
  /** Flags after the subcommand that take a value, besides the settings (to find positionals). */
  valueFlags?: string[];
  hostEnv?: string[];
  portEnv?: string[];
  /** Where it listens by default; a function when the default depends on the environment. */
  defaultHost: string | ((call: ParsedCall, env: ServerEnvironment) => HostDefault);
  defaultPort: number | null;
  /** The port when an earlier rule (gunicorn's PORT) does not decide it. */
  portDefault?: (call: ParsedCall, env: ServerEnvironment) => PortSetting | null;
  /** Flags that load a config file, which may set the address or port. */
  configFlags?: string[];
  /** Config files (or variables) which, when the Dockerfile mentions them, may set the address or port. */
  configHint?: RegExp;
  /** Words that make it listen on every interface, `{port}` replaced by the port. */
  addHost: string[];
  /** Positionals after the subcommand that mean it is not a server (`jupyter notebook list`). */
  notServing?: string[];
  /** Flags that make it listen somewhere other than a TCP address (a unix socket, a descriptor). */
  notTcpFlags?: string[];
  /** A flag without which the program is not this server (`php -S`). */
  requiredFlag?: string;
}

interface HostDefault {
  value: string | null;
  via: string;
  from: SettingSource;
}

interface ParsedCall {
  args: m.Word[];
}

const localhost = "localhost";
const everywhere = "0.0.0.0";

/**
 * The servers. Defaults as documented (checked 2024-2025):
 * - jupyter notebook/lab/server: `--ip` default 'localhost', `--port` default 8888 (jupyter-notebook(1)
 *   and jupyter-server(1) man pages); `*` or '' mean every interface (NotebookApp/ServerApp ip validator).
 *   Config files in ~/.jupyter can set both.
 * - flask run: 127.0.0.1:5000, `-h/--host`, `-p/--port`, FLASK_RUN_HOST/FLASK_RUN_PORT (Flask CLI docs,
 *   "Setting Command Options"); `.flaskenv` can set them.
 * - django runserver: 127.0.0.1:8000, `[addr:]port` positional (django-admin docs, runserver).
 * - uvicorn: `--host` default 127.0.0.1, `--port` 8000, UVICORN_HOST/UVICORN_PORT (uvicorn.org/settings).
 * - gunicorn: `-b/--bind` default ['127.0.0.1:8000'], or ['0.0.0.0:$PORT'] when PORT is set; HOST,
 *   HOST:PORT, unix:PATH, fd://FD; GUNICORN_CMD_ARGS; ./gunicorn.conf.py is read by default
 *   (docs.gunicorn.org, settings).
 * - streamlit run: server.address unset = every interface, server.port 8501; STREAMLIT_SERVER_ADDRESS /
 *   STREAMLIT_SERVER_PORT; .streamlit/config.toml (streamlit config reference).
 * - python -m http.server: every interface, port 8000 positional, `-b/--bind` (Python docs, http.server CLI).
 *   SimpleHTTPServer (Python 2): every interface, port positional.
 * - rails server/s: `-b/--binding` defaults to localhost in development and 0.0.0.0 otherwise (RAILS_ENV,
 *   RACK_ENV, `-e`), BINDING; `-p` default 3000, PORT (rails server -h; Rails::Command::ServerCommand#host).
 * - php -S addr:port: the address is required (PHP built-in web server docs).
 * - vite (dev/serve): server.host default 'localhost', `--host` alone = every interface, port 5173;
 *   `vite preview` port 4173 (vite.dev/config/server-options, preview-options).
 * - next dev/start: `-H/--hostname` default 0.0.0.0, `-p/--port` default 3000, env PORT (next CLI docs).
 * - ng serve/s/dev: `--host` default localhost, `--port` 4200 (angular.dev/cli/serve).
 * - tensorboard (2.x): `--host` default localhost, `--bind_all`, `--port` 6006 (tensorboard#2387).
 * - mlflow ui/server: `-h/--host` default 127.0.0.1, `-p/--port` 5000 (mlflow CLI).
 * - mkdocs serve: `-a/--dev-addr` default localhost:8000 (mkdocs CLI); mkdocs.yml dev_addr.
 * - jekyll serve/server/s: `-H/--host` default 127.0.0.1, `-P/--port` 4000 (jekyll-serve(1)).
 * - hugo server/serve: `--bind` default 127.0.0.1, `-p/--port` 1313 (hugo-server(1)).
 */
/**
 * Jupyter config the Dockerfile writes or copies, or a base image that ships one: the docker-stacks
 * images (jupyter/*-notebook, quay.io/jupyter/...) and JupyterHub's set the address in /etc/jupyter.
 */
const JUPYTER_CONFIG = /jupyter_(notebook|server|lab)_config|\.jupyter\/|--generate-config|\/etc\/jupyter|\bjupyter\/[\w-]+-notebook|\bjupyterhub\//;

const SERVERS: ServerSpec[] = [
  {
    name: "jupyter",
    commands: ["jupyter"],
    modules: ["jupyter"],
    subcommands: ["notebook", "lab", "server", "nbclassic"],
    settings: jupyterSettings(),
    defaultHost: localhost,
    defaultPort: 8888,
    configFlags: ["--config"],
    configHint: JUPYTER_CONFIG,
    addHost: ["--ip=0.0.0.0"],
    notServing: ["list", "stop", "password", "extension"],
  },
  {
    name: "jupyter",
    commands: ["jupyter-notebook", "jupyter-lab", "jupyter-server", "jupyter-nbclassic"],
    modules: ["notebook", "jupyterlab", "jupyter_server", "nbclassic"],
    settings: jupyterSettings(),
    defaultHost: localhost,
    defaultPort: 8888,
    configFlags: ["--config"],
    configHint: JUPYTER_CONFIG,
    addHost: ["--ip=0.0.0.0"],
    notServing: ["list", "stop", "password", "extension"],
  },
  {
    name: "flask run",
    commands: ["flask"],
    modules: ["flask"],
    subcommands: ["run"],
    globalValueFlags: ["--app", "-A", "-e", "--env-file"],
    settings: [
      { kind: "host", flags: ["--host", "-h"] },
      { kind: "port", flags: ["--port", "-p"] },
    ],
    valueFlags: ["--cert", "--key", "--extra-files", "--exclude-patterns"],
    hostEnv: ["FLASK_RUN_HOST"],
    portEnv: ["FLASK_RUN_PORT"],
    defaultHost: "127.0.0.1",
    defaultPort: 5000,
    configHint: /\.flaskenv/,
    addHost: ["--host=0.0.0.0"],
  },
  {
    name: "django runserver",
    commands: ["manage.py", "django-admin", "django-admin.py"],
    modules: ["django"],
    scripts: ["manage.py"],
    subcommands: ["runserver"],
    settings: [{ kind: "positionalHostPort" }],
    valueFlags: ["--settings", "--pythonpath", "-v", "--verbosity"],
    defaultHost: "127.0.0.1",
    defaultPort: 8000,
    addHost: ["0.0.0.0:{port}"],
  },
  {
    name: "uvicorn",
    commands: ["uvicorn"],
    modules: ["uvicorn"],
    settings: [
      { kind: "host", flags: ["--host"] },
      { kind: "port", flags: ["--port"] },
    ],
    valueFlags: uvicornValueFlags(),
    notTcpFlags: ["--uds", "--fd"],
    hostEnv: ["UVICORN_HOST"],
    portEnv: ["UVICORN_PORT"],
    defaultHost: "127.0.0.1",
    defaultPort: 8000,
    addHost: ["--host", "0.0.0.0"],
  },
  {
    name: "gunicorn",
    commands: ["gunicorn"],
    modules: ["gunicorn"],
    settings: [{ kind: "hostPort", flags: ["--bind", "-b"] }],
    valueFlags: gunicornValueFlags(),
    defaultHost: (_call, env) => {
      // with PORT set the default bind is 0.0.0.0:$PORT
      if (env.env("GUNICORN_CMD_ARGS") !== undefined) return { value: null, via: "GUNICORN_CMD_ARGS", from: "env" };
      if (env.env("PORT") !== undefined) return { value: everywhere, via: "PORT", from: "env" };
      return { value: "127.0.0.1", via: "default", from: "default" };
    },
    defaultPort: 8000,
    portDefault: (_call, env) => {
      if (env.env("GUNICORN_CMD_ARGS") !== undefined) return { value: null, word: null, from: "env", via: "GUNICORN_CMD_ARGS" };
      const port = env.env("PORT");
      return port === undefined ? null : { value: port === null ? null : parsePort(port), word: null, from: "env", via: "PORT" };
    },
    configFlags: ["--config", "-c"],
    configHint: /gunicorn[._-]?conf/,
    addHost: ["--bind", "0.0.0.0:{port}"],
  },
  {
    name: "streamlit",
    commands: ["streamlit"],
    modules: ["streamlit"],
    subcommands: ["run"],
    settings: [
      { kind: "host", flags: ["--server.address"] },
      { kind: "port", flags: ["--server.port"] },
    ],
    hostEnv: ["STREAMLIT_SERVER_ADDRESS"],
    portEnv: ["STREAMLIT_SERVER_PORT"],
    defaultHost: everywhere,
    defaultPort: 8501,
    configHint: /\.streamlit\//,
    addHost: ["--server.address=0.0.0.0"],
  },
  {
    name: "http.server",
    modules: ["http.server"],
    settings: [{ kind: "host", flags: ["--bind", "-b"] }, { kind: "positionalPort" }],
    valueFlags: ["--directory", "-d", "--protocol", "-p"],
    defaultHost: everywhere,
    defaultPort: 8000,
    addHost: ["--bind", "0.0.0.0"],
  },
  {
    name: "SimpleHTTPServer",
    modules: ["SimpleHTTPServer"],
    settings: [{ kind: "positionalPort" }],
    defaultHost: everywhere,
    defaultPort: 8000,
    addHost: [],
  },
  {
    name: "rails server",
    commands: ["rails"],
    subcommands: ["server", "s"],
    settings: [
      { kind: "host", flags: ["--binding", "-b"] },
      { kind: "port", flags: ["--port", "-p"] },
    ],
    valueFlags: ["--environment", "-e", "--config", "-c", "--pid", "-P", "--using", "-u"],
    hostEnv: ["BINDING"],
    portEnv: ["PORT"],
    defaultHost: (call, env) => {
      // localhost in development, 0.0.0.0 in any other environment (`-e`, RAILS_ENV, RACK_ENV)
      const flag = readFlag(call.args, ["--environment", "-e"], false);
      const source = flag
        ? { value: env.value(flag.word), via: flag.flag, from: "flag" as const }
        : (["RAILS_ENV", "RACK_ENV"]
            .map((name) => ({ value: env.env(name), via: name, from: "env" as const }))
            .find((e) => e.value !== undefined && e.value !== "") ?? { value: "development", via: "default", from: "default" as const });
      if (source.value === null || source.value === undefined) return { value: null, via: source.via, from: source.from };
      return { value: source.value === "development" ? localhost : everywhere, via: source.via, from: source.from };
    },
    defaultPort: 3000,
    configFlags: ["--config", "-c"],
    addHost: ["-b", "0.0.0.0"],
  },
  {
    name: "php -S",
    commands: ["php"],
    requiredFlag: "-S",
    settings: [{ kind: "hostPort", flags: ["-S"] }],
    defaultHost: everywhere,
    defaultPort: null,
    addHost: [],
  },
  {
    name: "vite",
    commands: ["vite"],
    subcommands: [null, "dev", "serve"],
    settings: [
      { kind: "optionalHost", flags: ["--host"] },
      { kind: "port", flags: ["--port"] },
    ],
    valueFlags: ["--config", "-c", "--base", "--mode", "-m", "--logLevel", "-l", "--clearScreen", "--filter", "-f", "--open"],
    defaultHost: localhost,
    defaultPort: 5173,
    configFlags: ["--config", "-c"],
    configHint: /vite\.config/,
    addHost: ["--host", "0.0.0.0"],
  },
  {
    name: "vite preview",
    commands: ["vite"],
    subcommands: ["preview"],
    settings: [
      { kind: "optionalHost", flags: ["--host"] },
      { kind: "port", flags: ["--port"] },
    ],
    valueFlags: ["--config", "-c", "--base", "--mode", "-m", "--logLevel", "-l", "--outDir", "--open"],
    defaultHost: localhost,
    defaultPort: 4173,
    configFlags: ["--config", "-c"],
    configHint: /vite\.config/,
    addHost: ["--host", "0.0.0.0"],
  },
  {
    name: "next",
    commands: ["next"],
    subcommands: [null, "dev", "start"],
    settings: [
      { kind: "host", flags: ["--hostname", "-H"] },
      { kind: "port", flags: ["--port", "-p"] },
    ],
    valueFlags: ["--keepAliveTimeout"],
    portEnv: ["PORT"],
    defaultHost: everywhere,
    defaultPort: 3000,
    addHost: ["--hostname", "0.0.0.0"],
  },
  {
    name: "ng serve",
    commands: ["ng"],
    subcommands: ["serve", "s", "dev"],
    settings: [
      { kind: "host", flags: ["--host"] },
      { kind: "port", flags: ["--port"] },
    ],
    valueFlags: ["--configuration", "-c", "--proxy-config", "--public-host", "--serve-path", "--ssl-key", "--ssl-cert"],
    defaultHost: localhost,
    defaultPort: 4200,
    configHint: /"host"\s*:/,
    addHost: ["--host", "0.0.0.0"],
  },
  {
    name: "tensorboard",
    commands: ["tensorboard"],
    settings: [
      { kind: "host", flags: ["--host"] },
      { kind: "allInterfaces", flags: ["--bind_all"] },
      { kind: "port", flags: ["--port"] },
    ],
    valueFlags: ["--logdir", "--logdir_spec", "--path_prefix", "--samples_per_plugin", "--reload_interval"],
    defaultHost: localhost,
    defaultPort: 6006,
    addHost: ["--host", "0.0.0.0"],
  },
  {
    name: "mlflow",
    commands: ["mlflow"],
    subcommands: ["ui", "server"],
    settings: [
      { kind: "host", flags: ["--host", "-h"] },
      { kind: "port", flags: ["--port", "-p"] },
    ],
    valueFlags: ["--backend-store-uri", "--default-artifact-root", "--artifacts-destination", "--workers", "-w", "--static-prefix", "--gunicorn-opts", "--waitress-opts", "--registry-store-uri"],
    defaultHost: "127.0.0.1",
    defaultPort: 5000,
    addHost: ["--host", "0.0.0.0"],
  },
  {
    name: "mkdocs serve",
    commands: ["mkdocs"],
    modules: ["mkdocs"],
    subcommands: ["serve"],
    settings: [{ kind: "hostPort", flags: ["--dev-addr", "-a"] }],
    valueFlags: ["--config-file", "-f", "--theme", "-t", "--watch", "-w"],
    defaultHost: localhost,
    defaultPort: 8000,
    configHint: /dev_addr/,
    addHost: ["--dev-addr=0.0.0.0:{port}"],
  },
  {
    name: "jekyll serve",
    commands: ["jekyll"],
    subcommands: ["serve", "server", "s"],
    settings: [
      { kind: "host", flags: ["--host", "-H"] },
      { kind: "port", flags: ["--port", "-P"] },
    ],
    valueFlags: ["--source", "-s", "--destination", "-d", "--config", "--baseurl", "-b", "--ssl-cert", "--ssl-key", "--livereload-port"],
    defaultHost: "127.0.0.1",
    defaultPort: 4000,
    configFlags: ["--config"],
    addHost: ["--host", "0.0.0.0"],
  },
  {
    name: "hugo server",
    commands: ["hugo"],
    subcommands: ["server", "serve"],
    globalValueFlags: ["--source", "-s", "--config", "--environment", "-e", "--destination", "-d"],
    settings: [
      { kind: "host", flags: ["--bind"] },
      { kind: "port", flags: ["--port", "-p"] },
    ],
    valueFlags: ["--baseURL", "-b", "--source", "-s", "--config", "--environment", "-e", "--destination", "-d", "--liveReloadPort"],
    defaultHost: "127.0.0.1",
    defaultPort: 1313,
    addHost: ["--bind", "0.0.0.0"],
  },
];

function jupyterSettings(): Setting[] {
  return [
    { kind: "host", flags: ["--ip", "--NotebookApp.ip", "--ServerApp.ip"] },
    { kind: "port", flags: ["--port", "--NotebookApp.port", "--ServerApp.port"] },
  ];
}

function uvicornValueFlags(): string[] {
  return ["--uds", "--fd", "--loop", "--http", "--ws", "--interface", "--env-file", "--log-config", "--log-level", "--workers", "--root-path", "--app-dir", "--reload-dir", "--ssl-keyfile", "--ssl-certfile", "--forwarded-allow-ips", "--limit-concurrency", "--timeout-keep-alive", "--lifespan", "--h11-max-incomplete-event-size"];
}

function gunicornValueFlags(): string[] {
  return ["--workers", "-w", "--worker-class", "-k", "--threads", "--timeout", "-t", "--graceful-timeout", "--keep-alive", "--log-level", "--log-file", "--access-logfile", "--error-logfile", "--access-logformat", "--chdir", "--pythonpath", "--user", "-u", "--group", "-g", "--name", "-n", "--pid", "-p", "--env", "-e", "--max-requests", "--max-requests-jitter", "--worker-connections", "--backlog", "--certfile", "--keyfile", "--forwarded-allow-ips", "--worker-tmp-dir", "--paste", "--log-config", "--statsd-host", "--umask", "-m"];
}



/**
 * The server `name args` starts, with the address and port it will listen on, or null when the
 * command is not a known server.
 */
export function findServer(name: m.Word, args: m.Word[], env: ServerEnvironment): ServerCall | null {
  let program = programName(env.value(name) ?? name.value);
  let rest = args;
  let anchor = name;
  let programWord = name;
  // launchers: `bundle exec rails s`, `poetry run uvicorn`
  for (let guard = 0; guard < 3 && program in LAUNCHERS; guard++) {
    const sub = LAUNCHERS[program];
    let i = 0;
    while (i < rest.length && rest[i].value.startsWith("-")) i++;
    if (sub !== null) {
      if (rest[i]?.value !== sub) return null;
      i++;
    }
    if (i >= rest.length) return null;
    programWord = anchor = rest[i];
    program = programName(env.value(rest[i]) ?? rest[i].value);
    rest = rest.slice(i + 1);
  }
  let module: string | null = null;
  let script: string | null = null;
  if (PYTHON.test(program)) {
    const run = pythonRun(program, rest);
    if (!run) return null;
    if (run.module) module = run.module.value;
    else script = programName(run.script.value);
    anchor = run.module ?? run.script;
    rest = run.args;
  }
  for (const spec of SERVERS) {
    const matches = module
      ? spec.modules?.includes(module)
      : script
        ? spec.scripts?.includes(script)
        : spec.commands?.includes(program);
    if (!matches) continue;
    if (spec.requiredFlag && !readFlag(rest, [spec.requiredFlag], false)) continue;
    let after = rest;
    let subAnchor = anchor;
    if (spec.subcommands) {
      const sub = firstPositional(rest, [...(spec.globalValueFlags ?? []), ...valueFlagsOf(spec)]);
      const subName = sub ? sub.word.value : null;
      if (!spec.subcommands.includes(subName)) continue;
      if (sub) {
        subAnchor = sub.word;
        after = rest.slice(sub.index + 1);
      }
    }
    if (spec.notServing) {
      const next = firstPositional(after, []);
      if (next && spec.notServing.includes(next.word.value)) return null;
    }
    return readServer(spec, programWord, subAnchor, after, env);
  }
  return null;
}

function readServer(spec: ServerSpec, name: m.Word, anchor: m.Word, args: m.Word[], env: ServerEnvironment): ServerCall | null {
  const call: ParsedCall = { args };
  const valueFlags = valueFlagsOf(spec);
  let host: HostSetting | null = null;
  let port: PortSetting | null = null;
  let hostFix: HostFix | null = null;
  // unix sockets and inherited descriptors are not TCP addresses
  if (spec.notTcpFlags && readFlag(args, spec.notTcpFlags, false)) return null;

  for (const setting of spec.settings) {
    switch (setting.kind) {
      case "host": {
        const found = readFlag(args, setting.flags, false);
        if (found && !host) host = hostFrom(env.value(found.word), found, 0, env, "flag", found.flag);
        break;
      }
      case "optionalHost": {
        const found = readFlag(args, setting.flags, true);
        if (found && !host) {
          host = found.bare
            ? { value: "", scope: "all", word: found.word, span: null, from: "flag", via: found.flag }
            : hostFrom(env.value(found.word), found, 0, env, "flag", found.flag);
        }
        break;
      }
      case "allInterfaces": {
        const found = readFlag(args, setting.flags, true);
        if (found && !host) host = { value: "", scope: "all", word: found.word, span: null, from: "flag", via: found.flag };
        break;
      }
      case "port": {
        const found = readFlag(args, setting.flags, false);
        if (found && !port) {
          const value = env.value(found.word);
          port = { value: value === null ? null : parsePort(value), word: found.word, from: "flag", via: found.flag };
        }
        break;
      }
      case "hostPort": {
        const found = readFlag(args, setting.flags, false);
        if (!found) break;
        const value = env.value(found.word);
        const parsed = value === null ? null : splitHostPort(value);
        if (parsed === "not-tcp") return null;
        if (!host) host = parsed ? hostFrom(parsed.host, found, 0, env, "flag", found.flag, value ?? undefined) : unknownHost(found.word, "flag", found.flag);
        if (!port) {
          port = { value: parsed ? (parsed.port === null ? spec.defaultPort : parsePort(parsed.port)) : null, word: found.word, from: "flag", via: found.flag };
        }
        break;
      }
      case "positionalPort": {
        const found = firstPositional(args, valueFlags);
        if (found && !port) {
          const value = env.value(found.word);
          port = { value: value === null ? null : parsePort(value), word: found.word, from: "argument", via: "port argument" };
        }
        break;
      }
      case "positionalHostPort": {
        const found = firstPositional(args, valueFlags);
        if (!found) break;
        const value = env.value(found.word);
        const parsed = value === null ? null : splitHostPort(value, true);
        if (parsed === "not-tcp") return null;
        if (!port) port = { value: parsed?.port ? parsePort(parsed.port) : null, word: found.word, from: "argument", via: "address argument" };
        if (!host && parsed && parsed.host !== null) host = hostFrom(parsed.host, positionalRead(found.word), 0, env, "argument", "address argument", value ?? undefined);
        if (!host && parsed && parsed.host === null && value === found.word.value) {
          // `runserver 8000`: the port is given, the address is the default; prefix it
          const span = valueSpan(found.word, 0, 0);
          if (span) hostFix = { range: span, text: "0.0.0.0:" };
        }
        break;
      }
    }
  }

  const configured =
    spec.configFlags?.some((f) => readFlag(args, [f], false)) || (spec.configHint ? env.mentions(spec.configHint) : false);

  if (!host) {
    const fromEnv = firstEnv(spec.hostEnv ?? [], env);
    if (fromEnv) host = { ...classify(fromEnv.value), word: null, span: null, from: "env", via: fromEnv.name };
  }
  if (!host) {
    if (configured) host = { value: null, scope: null, word: null, span: null, from: "default", via: "config" };
    else {
      const d = typeof spec.defaultHost === "function" ? spec.defaultHost(call, env) : { value: spec.defaultHost, via: "default", from: "default" as const };
      host = { ...classify(d.value), word: null, span: null, from: d.from, via: d.via };
    }
  }
  if (!port) {
    const fromEnv = firstEnv(spec.portEnv ?? [], env);
    if (fromEnv) port = { value: fromEnv.value === null ? null : parsePort(fromEnv.value), word: null, from: "env", via: fromEnv.name };
  }
  if (!port) port = spec.portDefault?.(call, env) ?? null;
  if (!port) port = configured ? { value: null, word: null, from: "default", via: "config" } : { value: spec.defaultPort, word: null, from: "default", via: "default" };

  if (!hostFix && host.scope === "loopback") {
    if (host.word && host.span) hostFix = { range: host.span, text: everywhere };
    else if (!host.word && spec.addHost.length) {
      const needsPort = spec.addHost.some((w) => w.includes("{port}"));
      if (!needsPort || port.value !== null) {
        hostFix = { after: anchor, words: spec.addHost.map((w) => w.replace("{port}", String(port!.value))) };
      }
    }
  }
  return { server: spec.name, name, anchor, host, port, hostFix };
}

/** Flags that take the next word as their value. */
function valueFlagsOf(spec: ServerSpec): string[] {
  const settingFlags = spec.settings.flatMap((s) => ("flags" in s && s.kind !== "allInterfaces" && s.kind !== "optionalHost" ? s.flags : []));
  return [...(spec.valueFlags ?? []), ...settingFlags];
}

function hostFrom(
  value: string | null,
  read: SettingRead,
  offset: number,
  env: ServerEnvironment,
  from: SettingSource,
  via: string,
  whole?: string,
): HostSetting {
  const c = classify(value);
  const word = read.word;
  // the span is only known when the word is written as the program receives it
  let span: Range | null = null;
  if (value !== null) {
    const written = whole ?? env.value(word);
    const start = written === word.value ? word.value.indexOf(value, offset) : -1;
    if (start >= 0 && value.length) span = valueSpan(read.whole, read.start + start, read.start + start + value.length);
  }
  return { ...c, word, span, from, via };
}

function unknownHost(word: m.Word, from: SettingSource, via: string): HostSetting {
  return { value: null, scope: null, word, span: null, from, via };
}

/** The address's scope: `127.0.0.1`, `localhost`, `::1` are loopback; `0.0.0.0`, `::`, `*`, `` are all. */
export function bindScope(address: string): BindScope {
  const a = address.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (a === "localhost" || a === "ip6-localhost" || a === "::1" || a === "0:0:0:0:0:0:0:1" || /^127(\.\d{1,3}){3}$/.test(a)) return "loopback";
  if (a === "" || a === "*" || a === "0.0.0.0" || a === "::" || a === "0" || a === "0:0:0:0:0:0:0:0") return "all";
  return "other";
}

function classify(value: string | null): { value: string | null; scope: BindScope | null } {
  return { value, scope: value === null ? null : bindScope(value) };
}

/** `host:port`, `[v6]:port`, `:port`, `host`; with `portOnly`, a bare number is a port. */
export function splitHostPort(text: string, portOnly = false): { host: string | null; port: string | null } | "not-tcp" | null {
  let t = text;
  if (/^(unix|fd):/.test(t)) return "not-tcp";
  t = t.replace(/^tcp:\/\//, "");
  const v6 = /^\[([^\]]*)\](?::(.*))?$/.exec(t);
  if (v6) return { host: `[${v6[1]}]`, port: v6[2] ?? null };
  if (portOnly && /^\d+$/.test(t)) return { host: null, port: t };
  const colon = t.lastIndexOf(":");
  if (colon < 0) return { host: t, port: null };
  if (t.indexOf(":") !== colon) return { host: t, port: null }; // a bare IPv6 address
  return { host: t.slice(0, colon), port: t.slice(colon + 1) };
}

export function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : null;
}

function firstEnv(names: string[], env: ServerEnvironment): { name: string; value: string | null } | null {
  for (const name of names) {
    const value = env.env(name);
    if (value !== undefined) return { name, value };
  }
  return null;
}

/** A flag's value, and the word as the program receives it: the whole word's range, the value's text. */
interface SettingRead extends FlagValue {
  word: m.Word;
}

/** The last `--flag value`, `--flag=value` or `-fvalue` among `args` (later flags win, as in the CLIs). */
function readFlag(args: m.Word[], flags: string[], optional: boolean): SettingRead | null {
  const read = readFlagValue(args, flags, { last: true, optional, shortEquals: true });
  if (!read) return null;
  return { ...read, word: read.bare || read.start === 0 ? read.whole : { ...read.whole, value: read.value } };
}

/** A positional read as a setting: the value is the whole word. */
function positionalRead(word: m.Word): SettingRead {
  return { flag: "", whole: word, start: 0, value: word.value, bare: false, word };
}
