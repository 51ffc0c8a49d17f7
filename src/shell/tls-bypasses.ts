// Ways a Dockerfile turns off TLS or signature verification: one table entry per bypass, each with
// the command flags, config settings, environment variables or repository-file settings that cause it.
import type { Word } from "../parse/model.js";
import type { ShellCommand } from "./command.js";
import { pythonModule } from "./python.js";

export type TlsBypassId =
  | "curlInsecure"
  | "wgetNoCheckCertificate"
  | "pipTrustedHost"
  | "pythonHttpsVerify"
  | "nodeTlsRejectUnauthorized"
  | "apkAllowUntrusted"
  | "aptAllowUnauthenticated"
  | "aptAllowInsecureRepositories"
  | "aptForceYes"
  | "aptTrustedYes"
  | "noGpgCheck"
  | "zypperNoGpgChecks"
  | "rpmNoSignature"
  | "npmStrictSslFalse"
  | "gitSslNoVerify"
  | "gitSslVerifyFalse"
  | "repoSslVerifyOff";

export interface TlsBypass {
  id: TlsBypassId;
  /** What is bypassed and what to do instead (a finding's message). */
  message: string;
  /** Commands whose flags turn the check off (base names). */
  commands?: readonly string[];
  flags?: readonly string[];
  /** `<command> config set <key> <value>` / `git config <key> <value>` settings (keys lower case). */
  config?: { commands: readonly string[]; keys: readonly string[]; off: RegExp };
  /** An environment variable (name upper case) and the values that turn the check off. */
  env?: { name: string; off: RegExp };
  /** Text in a file written by the build (repository definitions) that turns the check off. */
  fileSetting?: RegExp;
  /**
   * Where fileSetting counts, when not anywhere: in the first group of a match of this global
   * expression. (A lookbehind and lookahead around fileSetting went over the line from each match.)
   */
  fileSection?: RegExp;
  /** A lower-case word every fileSetting match contains: the expression runs only where it occurs. */
  fileHint?: string;
}

const OFF = /^(?:0|false|no|off)$/i;
const ANY = /^.+$/s;
const APT = ["apt-get", "apt", "aptitude"];

export const TLS_BYPASSES: readonly TlsBypass[] = [
  {
    id: "curlInsecure",
    message: "`curl -k`/`--insecure` accepts any TLS certificate: fix the CA bundle instead (install ca-certificates, or --cacert).",
    commands: ["curl"],
    flags: ["-k", "--insecure"],
  },
  {
    id: "wgetNoCheckCertificate",
    message: "`wget --no-check-certificate` accepts any TLS certificate: install ca-certificates or pass --ca-certificate.",
    commands: ["wget"],
    flags: ["--no-check-certificate"],
  },
  {
    id: "pipTrustedHost",
    message: "pip's trusted-host setting fetches packages from that host without TLS verification: use HTTPS with a valid certificate (or --cert).",
    commands: ["pip"],
    flags: ["--trusted-host"],
    config: { commands: ["pip"], keys: ["global.trusted-host", "install.trusted-host"], off: ANY },
    env: { name: "PIP_TRUSTED_HOST", off: ANY },
  },
  {
    id: "pythonHttpsVerify",
    message: "`PYTHONHTTPSVERIFY=0` turns off certificate verification for Python's HTTPS clients: remove it and fix the CA bundle.",
    env: { name: "PYTHONHTTPSVERIFY", off: /^0$/ },
  },
  {
    id: "nodeTlsRejectUnauthorized",
    message: "`NODE_TLS_REJECT_UNAUTHORIZED=0` makes Node.js accept any TLS certificate: remove it and use NODE_EXTRA_CA_CERTS for a private CA.",
    env: { name: "NODE_TLS_REJECT_UNAUTHORIZED", off: /^0$/ },
  },
  {
    id: "apkAllowUntrusted",
    message: "`apk --allow-untrusted` installs packages without checking their signature: add the repository's signing key to /etc/apk/keys.",
    commands: ["apk"],
    flags: ["--allow-untrusted"],
  },
  {
    id: "aptAllowUnauthenticated",
    message: "apt's allow-unauthenticated setting installs unsigned packages: add the repository's signing key (signed-by=) instead.",
    commands: APT,
    flags: ["--allow-unauthenticated"],
    // `(?:\s*=|\s)\s*`: `\s*(?:=\s*|\s+)` tried every split of a long run of blanks
    fileSetting: /\bAPT::Get::AllowUnauthenticated(?:\s*=|\s)\s*"?(?:1|true|yes)\b/gi,
    fileHint: "allowunauthenticated",
  },
  {
    id: "aptAllowInsecureRepositories",
    message: "apt's allow-insecure-repositories setting accepts unsigned repositories: add the repository's signing key (signed-by=) instead.",
    commands: APT,
    flags: ["--allow-insecure-repositories"],
    fileSetting: /\bAcquire::AllowInsecureRepositories(?:\s*=|\s)\s*"?(?:1|true|yes)\b/gi,
    fileHint: "allowinsecurerepositories",
  },
  {
    id: "aptForceYes",
    message: "`apt-get --force-yes` also installs unauthenticated packages (and is deprecated): use `-y`.",
    commands: APT,
    flags: ["--force-yes"],
  },
  {
    id: "aptTrustedYes",
    message: "`[trusted=yes]` in an apt source installs its packages without checking signatures: use signed-by= with the repository's key.",
    fileSetting: /\btrusted=yes\b/gi,
    // in the options of a source line, `[arch=amd64 trusted=yes]`; a local repository (`file:`,
    // `copy:`) is not fetched over the network
    fileSection: /\[([^[\]\n]*)\](?!\s*(?:file|copy):)/dg,
    fileHint: "trusted=yes",
  },
  {
    id: "noGpgCheck",
    message: "`--nogpgcheck` installs packages without checking their signature: import the repository's GPG key (rpm --import) instead.",
    commands: ["yum", "dnf", "microdnf", "tdnf"],
    flags: ["--nogpgcheck"],
    fileSetting: /(?<![\w.])gpgcheck\s*=\s*(?:0|false|no)\b/gi,
    fileHint: "gpgcheck",
  },
  {
    id: "zypperNoGpgChecks",
    message: "`zypper --no-gpg-checks` installs packages without checking their signature: import the repository's key instead.",
    commands: ["zypper"],
    flags: ["--no-gpg-checks"],
  },
  {
    id: "rpmNoSignature",
    message: "`rpm --nosignature` installs a package without checking its signature: import the vendor's key (rpm --import) instead.",
    commands: ["rpm"],
    flags: ["--nosignature", "--nosig"],
  },
  {
    id: "npmStrictSslFalse",
    message: "`strict-ssl false` makes npm/yarn accept any registry certificate: keep it on and set `cafile` for a private CA.",
    commands: ["npm", "yarn", "pnpm"],
    flags: ["--strict-ssl=false", "--no-strict-ssl"],
    config: { commands: ["npm", "yarn", "pnpm"], keys: ["strict-ssl", "strictssl", "enablestrictssl"], off: OFF },
    env: { name: "NPM_CONFIG_STRICT_SSL", off: OFF },
  },
  {
    id: "gitSslNoVerify",
    message: "`GIT_SSL_NO_VERIFY` makes git accept any TLS certificate: remove it and set http.sslCAInfo for a private CA.",
    env: { name: "GIT_SSL_NO_VERIFY", off: ANY },
  },
  {
    id: "gitSslVerifyFalse",
    message: "`http.sslVerify false` makes git accept any TLS certificate: remove it and set http.sslCAInfo for a private CA.",
    config: { commands: ["git"], keys: ["http.sslverify"], off: OFF },
  },
  {
    id: "repoSslVerifyOff",
    message: "`sslverify=0` in a repository definition fetches its packages without TLS verification: keep it on and add the CA.",
    commands: ["yum", "dnf", "microdnf", "tdnf"],
    fileSetting: /(?<!http\.)\bsslverify\s*=\s*(?:0|false|no|off)\b/gi,
    fileHint: "sslverify",
  },
];

export interface BypassInCommand {
  id: TlsBypassId;
  word: Word;
}

/** Python running pip as a module (`python3 -m pip`) counts as pip. */
function baseCommand(cmd: ShellCommand): string {
  if (PIP.test(cmd.command)) return "pip";
  const module = pythonModule(cmd.command, cmd.args)?.module.value;
  return module !== undefined && PIP.test(module) ? "pip" : cmd.command;
}

const PIP = /^pip[\d.]*$/;

/** The bypasses with flags or config settings of each command, in table order: most commands have none. */
const BYPASSES_BY_COMMAND = new Map<string, TlsBypass[]>();
for (const bypass of TLS_BYPASSES) {
  const names = new Set([...(bypass.flags ? (bypass.commands ?? []) : []), ...(bypass.config?.commands ?? [])]);
  for (const name of names) BYPASSES_BY_COMMAND.set(name, [...(BYPASSES_BY_COMMAND.get(name) ?? []), bypass]);
}

/** The bypasses a command turns on with its flags or a config setting it writes. */
export function bypassesInCommand(cmd: ShellCommand): BypassInCommand[] {
  const name = baseCommand(cmd);
  const bypasses = BYPASSES_BY_COMMAND.get(name);
  if (!bypasses) return [];
  const out: BypassInCommand[] = [];
  for (const bypass of bypasses) {
    if (bypass.flags && bypass.commands?.includes(name)) {
      const word = flagWord(cmd, bypass.flags);
      if (word) out.push({ id: bypass.id, word });
    }
    if (bypass.config?.commands.includes(name)) {
      const word = configWord(cmd, bypass.config.keys, bypass.config.off);
      if (word) out.push({ id: bypass.id, word });
    }
  }
  return out;
}

/** Like ShellCommand.hasFlag, plus `--flag=value` flags written whole (`--strict-ssl=false`). */
function flagWord(cmd: ShellCommand, flags: readonly string[]): Word | undefined {
  const exact = cmd.args.find((a) => flags.includes(a.value) && a.value.includes("="));
  return exact ?? cmd.findFlag(flags.filter((f) => !f.includes("=")));
}

/**
 * The word naming a setting set to an "off" value: `npm config set strict-ssl false`,
 * `yarn config set strict-ssl=false`, `git config --global http.sslVerify false`,
 * `git -c http.sslVerify=false clone ...`, `pip config set global.trusted-host host`.
 */
function configWord(cmd: ShellCommand, keys: readonly string[], off: RegExp): Word | undefined {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    const eq = v.indexOf("=");
    const key = (eq < 0 ? v : v.slice(0, eq)).toLowerCase();
    if (!keys.includes(key)) continue;
    const isGitOption = args[i - 1]?.value === "-c";
    const isSet = isGitOption || args.slice(0, i).some((a) => a.value === "config" || a.value === "set");
    if (!isSet) continue;
    const value = eq < 0 ? args[i + 1]?.value : v.slice(eq + 1);
    if (value !== undefined && off.test(value)) return args[i];
  }
  return undefined;
}

/** The bypass an environment variable turns on with this value, or null. */
export function bypassInEnv(name: string, value: string): TlsBypassId | null {
  for (const bypass of TLS_BYPASSES) {
    if (bypass.env && envNameMatches(bypass, name) && bypass.env.off.test(value)) return bypass.id;
  }
  return null;
}

/** Whether some value of this variable turns a check off: only then is its value worth resolving. */
export function mayBypassInEnv(name: string): boolean {
  return TLS_BYPASSES.some((bypass) => bypass.env && envNameMatches(bypass, name));
}

function envNameMatches(bypass: TlsBypass, name: string): boolean {
  // npm reads its config from env names in any case; the others are exact
  return bypass.id === "npmStrictSslFalse" ? name.toUpperCase() === bypass.env!.name : name === bypass.env!.name;
}

/**
 * Every file setting's hint in one expression: most texts hold none, and are then passed over
 * without lower-casing them. Only when each setting has a hint (each expression contains its hint).
 */
const ANY_FILE_HINT = TLS_BYPASSES.every((b) => !b.fileSetting || b.fileHint)
  ? new RegExp(TLS_BYPASSES.flatMap((b) => (b.fileHint ? [b.fileHint.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")] : [])).join("|"), "i")
  : null;

/** Repository-file settings in `text` that turn a check off, with their offsets in `text`. */
export function bypassesInFileText(text: string): { id: TlsBypassId; index: number; length: number }[] {
  if (ANY_FILE_HINT && !ANY_FILE_HINT.test(text)) return [];
  const out: { id: TlsBypassId; index: number; length: number }[] = [];
  const lower = text.toLowerCase();
  for (const bypass of TLS_BYPASSES) {
    if (!bypass.fileSetting || (bypass.fileHint && !lower.includes(bypass.fileHint))) continue;
    const sections: [number, number][] = bypass.fileSection ? [...text.matchAll(bypass.fileSection)].map((m) => m.indices![1]!) : [[0, text.length]];
    for (const [start, end] of sections) {
      for (const match of text.slice(start, end).matchAll(bypass.fileSetting)) out.push({ id: bypass.id, index: start + match.index, length: match[0].length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
