// Flags ARG/ENV names that look like secrets: their values stay in the image history and config.
import type { Rule } from "../src/engine/rule.js";
import type { Env } from "../src/parse/model.js";
import type { Resolved } from "../src/parse/variables.js";

/** Name parts (split on `_`) that BuildKit reads as a secret. */
const SECRET_TOKENS = new Set(["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"]);
/** Name parts that make the variable public (BuildKit's exclusion). */
const PUBLIC_TOKENS = new Set(["public"]);
/** A last part that says the variable holds where the secret is, not the secret. */
const LOCATION_SUFFIXES = new Set(["file", "path", "dir", "url", "uri", "sock", "server", "keyserver", "keyring"]);
/** A last part that says the variable describes a tool or a setting, not a credential (`DOCKER_AUTH_VERSION`). */
const SETTING_SUFFIXES = new Set(["version", "plugin", "method", "type", "mode", "enabled", "disabled", "length", "expiry", "ttl"]);
/** A first part that makes the variable an on/off switch (`ALLOW_EMPTY_PASSWORD`). */
const SWITCH_PREFIXES = new Set(["allow", "use", "enable", "disable", "skip", "require", "no"]);
/** Parts that make a lone `key` a public signing-key fingerprint (`GPG_KEY`, `PGP_KEYS`). */
const SIGNING_TOKENS = new Set(["gpg", "pgp"]);

/** A value that switches something or counts: `1`, `true`, `no`, `3600`. */
const SWITCH_VALUE = /^(?:true|false|yes|no|on|off|enabled?|disabled?|\d{1,5})$/i;
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

function secretToken(name: string): string | null {
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

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "ARG or ENV whose name looks like a secret (password, token, key, ...).",
      rationale:
        "ENV values are stored in the image config, and ARG values used by a RUN are recorded in the image " +
        "history: anyone who can pull the image can read them with `docker history` or `docker inspect`. Pass " +
        "secrets with a secret mount (`RUN --mount=type=secret,id=token,env=TOKEN ...`), which exists only for " +
        "that RUN and is never written to the image.",
      examples: {
        valid: [
          "FROM alpine:3.20\nRUN --mount=type=secret,id=aws_key,env=AWS_SECRET_ACCESS_KEY aws s3 cp s3://bucket/file .\n",
          "FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\n",
        ],
        invalid: ["FROM alpine:3.20\nARG AWS_SECRET_ACCESS_KEY\nRUN aws s3 cp s3://bucket/file .\n"],
      },
      differences:
        "Same name tokens as BuildKit (apikey, auth, credential(s), key, password, pword, passwd, secret, token, " +
        "as a whole `_`-separated part; names with a `public` part are exempt). docklint also exempts names that " +
        "hold where a secret is rather than the secret (`*_FILE`, `*_PATH`, `*_DIR`, `*_URL`, `*_URI`, `*_SOCK`, " +
        "`*_SERVER`, `*_KEYRING`), names that describe a setting (`*_VERSION`, `*_PLUGIN`, `*_METHOD`, `*_TYPE`, " +
        "`*_MODE`, `*_ENABLED`, `*_LENGTH`, `*_TTL`...) or are switches (`ALLOW_*`, `USE_*`, `ENABLE_*`, `SKIP_*`...), public signing-key fingerprints (`GPG_KEY`, `PGP_KEYS`-style names whose only " +
        "secret part is `key`), and an ENV set to the empty string (which clears a value rather than storing one). " +
        "The value is read too: a switch or count (`APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE=1`, `true`, `no`) and " +
        "an absolute path (where the secret is kept) are not secrets, and when `key` is the only secret part of the name (`*_SIGNING_KEY`, `*_RELEASE_KEY`), " +
        "neither is public key material: an OpenPGP fingerprint (40 hex digits, or in groups of 4) or key id " +
        "(8 or 16, `0x` allowed), a path or URL to a key file (`.asc`, `.gpg`, `.pub`, `.key`) or a keyserver. " +
        "An ARG without a value, a value from a variable of unknown value, and any other value are still reported: " +
        "a 40-hex `*_TOKEN` is a token.",
      recommended: true,
    },
    aliases: ["DL3064", "SecretsUsedInArgOrEnv", "DS031"],
    defaultLevel: "warning",
    messages: {
      secret:
        "{{instruction}} `{{name}}` looks like a secret: its value stays in the image history; use " +
        "RUN --mount=type=secret instead.",
    },
    schema: [],
  },
  create(context) {
    const check = (node: Env) => {
      for (const pair of node.pairs) {
        const name = pair.key.value;
        if (!secretToken(name)) continue;
        if (node.name === "ENV" && pair.value !== null && pair.value.value === "") continue;
        if (node.name === "ENV" && pair.value === null && pair.hasEquals) continue;
        if (pair.value && isPublic(name, context.sourceCode.resolve(pair.value.value, node))) continue;
        context.report({ node: pair.key, messageId: "secret", data: { instruction: node.name, name } });
      }
    };
    return { Arg: check, Env: check };

    /** A value of known shape that is not a secret (variables substituted; an unknown one is never public). */
    function isPublic(name: string, value: Resolved): boolean {
      if (value.unresolved.length || !value.value) return false;
      if (SWITCH_VALUE.test(value.value) || ABSOLUTE_PATH.test(value.value)) return true;
      const tokens = name.toLowerCase().split("_").filter((p) => SECRET_TOKENS.has(p) || p === "keys");
      return tokens.every((t) => t === "key" || t === "keys") && isPublicKeyValue(value.value.trim());
    }
  },
};

export default rule;
