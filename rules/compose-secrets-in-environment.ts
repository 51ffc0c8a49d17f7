// Flags a secret written into a Compose file: an `environment:` or build `args:` value under a
// secret's name (the same judgement as no-secrets-in-arg-env), not taken from a variable.
import type { ComposeRule } from "../src/engine/rule.js";
import type { EnvironmentEntry } from "../src/compose/model.js";
import { isPublicValue, secretToken } from "../src/shell/secret-names.js";

const rule: ComposeRule = {
  meta: {
    type: "problem",
    language: "compose",
    docs: {
      description: "A value written in `environment:` (or a build's `args:`) under a name that looks like a secret (password, token, key, ...).",
      rationale:
        "A Compose file is committed, shared and printed (`docker compose config`): a password written in it is " +
        "readable by everyone who can read the repository, and stays in its history. Take the value from the " +
        "environment or a `.env` file kept out of version control (`POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}`), or " +
        "better, from a Compose secret (`secrets:`, read from a file under `/run/secrets/`). Build args also end up " +
        "in the image's history. Names are judged as no-secrets-in-arg-env judges ARG and ENV; a value from a " +
        "variable (`${...}`), an empty one, a switch or count, and an absolute path (a `*_FILE` secret's place) are not flagged.",
      examples: {
        valid: ["services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n", "services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n"],
        invalid: ["services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: example\n", "services:\n  db:\n    image: postgres:16.4\n    environment:\n      - POSTGRES_PASSWORD=example\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      secret: "`{{name}}` looks like a secret written into the Compose file: take it from the environment (`${{{name}}}`) or a Compose secret.",
    },
    schema: [],
  },
  create(context) {
    const check = (entries: EnvironmentEntry[]) => {
      for (const entry of entries) {
        if (entry.value.type !== "YamlScalar" || entry.text === undefined || !secretToken(entry.name)) continue;
        const written = entry.value.written;
        // from a variable: the secret is elsewhere (and `$$` is a literal `$`)
        if (!written || written.replaceAll("$$", "").includes("$")) continue;
        if (entry.text !== null && isPublicValue(entry.name, entry.text)) continue;
        context.report({ node: entry.value, messageId: "secret", data: { name: entry.name } });
      }
    };
    return {
      ComposeService(service) {
        check(service.environment);
        check(service.build?.args ?? []);
      },
    };
  },
};

export default rule;
