// Flags ARG/ENV names that look like secrets: their values stay in the image history and config.
import type { Rule } from "../src/engine/rule.js";
import type { Env } from "../src/parse/model.js";
import { isPublicValue, secretToken } from "../src/shell/secret-names.js";

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
        const value = pair.value && context.sourceCode.resolve(pair.value.value, node);
        if (value && !value.unresolved.length && isPublicValue(name, value.value)) continue;
        context.report({ node: pair.key, messageId: "secret", data: { instruction: node.name, name } });
      }
    };
    return { Arg: check, Env: check };
  },
};

export default rule;
