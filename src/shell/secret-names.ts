// Which variable names hold secrets (BuildKit's name tokens, with docklint's exemptions), and which
// values of such a variable are public all the same: one judgement for a Dockerfile's ARG/ENV and
// a Compose service's `environment:` and build `args:`.

/** Name parts (split on `_`) that BuildKit reads as a secret. */
const SECRET_TOKENS = new Set(["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"]);
/** Name parts that make the variable public (BuildKit's exclusion). */
const PUBLIC_TOKENS = new Set(["public"]);
/** A last part that says the variable holds where the secret is, not the secret. */
const LOCATION_SUFFIXES = new Set(["file", "path", "dir", "url", "uri", "sock", "server", "keyserver", "keyring"]);
/**
 * A last part that says the variable describes a tool, a setting or who logs in, not a credential
 * (`DOCKER_AUTH_VERSION`, `AIRFLOW__API__AUTH_BACKENDS`, `CONNECT_KEY_CONVERTER`, `N8N_BASIC_AUTH_USER`).
 */
const SETTING_SUFFIXES = new Set([
  "version", "plugin", "method", "type", "mode", "enabled", "disabled", "length", "expiry", "ttl",
  "backend", "backends", "converter", "realm", "user", "username", "login", "email",
]);
/** A first part that makes the variable an on/off switch (`ALLOW_EMPTY_PASSWORD`). */
const SWITCH_PREFIXES = new Set(["allow", "use", "enable", "disable", "skip", "require", "no"]);
/** Parts that make a lone `key` a public signing-key fingerprint (`GPG_KEY`, `PGP_KEYS`). */
const SIGNING_TOKENS = new Set(["gpg", "pgp"]);

/** A value that switches something or counts: `1`, `true`, `no`, `none` (`NEO4J_AUTH=none`), `3600`. */
const SWITCH_VALUE = /^(?:true|false|yes|no|none|on|off|enabled?|disabled?|\d{1,5})$/i;
/** An absolute path: where a secret is kept (`/run/secrets/db.pass`), as a `*_FILE` name says. */
const ABSOLUTE_PATH = /^\/\S*$/;
/** A file of a public key or a keyring (`repodata/repomd.xml.key`, `https://x/release.asc`). */
const KEY_FILE = /\.(?:asc|gpg|pub|key)$/i;
/** Where public keys are fetched from. */
const KEYSERVER = /^hkps?:\/\/|^https?:\/\/(?:keyserver\.|keys\.openpgp\.org|pgp\.mit\.edu)/i;

/**
 * True when a key-named variable's value is public key material, not a secret: OpenPGP fingerprints
 * (40 hex digits, also written in groups of 4) and key ids (8 or 16, `0x` allowed), one or a list;
 * a path or URL to a key file; a keyserver.
 */
function isPublicKeyValue(value: string): boolean {
  if (KEY_FILE.test(value) || KEYSERVER.test(value)) return true;
  const words = value.split(/[\s,]+/).filter(Boolean);
  if (!words.length || !words.every((w) => /^(?:0x)?[0-9A-Fa-f]+$/.test(w))) return false;
  // `A035 C8C1 9219 BA82 1ECE  A86B 64E6 28F8 D684 696D`: one fingerprint in groups of 4
  if (words.every((w) => w.length === 4)) return words.length % 10 === 0;
  return words.every((w) => [8, 16, 40].includes(w.replace(/^0x/, "").length));
}

/** The secret part a variable name holds (`password` of `DB_PASSWORD`), or null when it holds none. */
export function secretToken(name: string): string | null {
  const parts = name.toLowerCase().split("_");
  const first = parts[0];
  const last = parts[parts.length - 1];
  // BuildKit matches a token anywhere between underscores, at the start or the end
  const tokens = parts.filter((p) => SECRET_TOKENS.has(p));
  if (tokens.length === 0 && !SECRET_TOKENS.has(first) && !SECRET_TOKENS.has(last)) return null;
  if (parts.some((p) => PUBLIC_TOKENS.has(p))) return null;
  if (parts.length > 1 && (LOCATION_SUFFIXES.has(last) || SETTING_SUFFIXES.has(last) || SWITCH_PREFIXES.has(first))) return null;
  if (tokens.every((t) => t === "key") && parts.some((p) => SIGNING_TOKENS.has(p))) return null;
  return tokens[0] ?? null;
}

/** A known value of a secret-named variable that is not a secret: a switch or count, an absolute path, public key material under a `*_KEY` name. */
export function isPublicValue(name: string, value: string): boolean {
  if (!value) return false;
  if (SWITCH_VALUE.test(value) || ABSOLUTE_PATH.test(value)) return true;
  const tokens = name.toLowerCase().split("_").filter((p) => SECRET_TOKENS.has(p) || p === "keys");
  return tokens.every((t) => t === "key" || t === "keys") && isPublicKeyValue(value.trim());
}
