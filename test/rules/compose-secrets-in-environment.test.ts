import { testRule } from "../rule-tester.js";

testRule("compose-secrets-in-environment", {
  valid: [
    "services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n",
    "services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n",
    "services:\n  db:\n    image: postgres:16.4\n    environment:\n      - POSTGRES_PASSWORD\n      - POSTGRES_USER=app\n",
    "services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ALLOW_EMPTY_PASSWORD: 'yes'\n      MYSQL_RANDOM_ROOT_PASSWORD: 1\n",
    "services:\n  app:\n    image: app:1.0\n    environment:\n      API_TOKEN: ''\n",
    {
      name: "settings and log-in names, not credentials (seen in real Compose files)",
      code:
        "services:\n  app:\n    image: app:1.0\n    environment:\n" +
        "      AIRFLOW__API__AUTH_BACKENDS: 'airflow.api.auth.backend.basic_auth'\n" +
        "      CONNECT_KEY_CONVERTER: io.confluent.connect.avro.AvroConverter\n" +
        "      N8N_BASIC_AUTH_USER: username\n" +
        "      NEO4J_AUTH: none\n",
    },
  ],
  invalid: [
    {
      code: "services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: example\n",
      errors: [{ messageId: "secret", line: 5, column: 26, endLine: 5, endColumn: 33 }],
      output: null,
    },
    {
      name: "list syntax: the whole item",
      code: "services:\n  db:\n    image: postgres:16.4\n    environment:\n      - POSTGRES_PASSWORD=example\n      - POSTGRES_DB=app\n",
      errors: [{ messageId: "secret", message: /`POSTGRES_PASSWORD` looks like a secret/, line: 5, column: 9, endLine: 5, endColumn: 34 }],
      output: null,
    },
    {
      name: "a build arg",
      code: "services:\n  app:\n    build:\n      context: .\n      args:\n        NPM_TOKEN: abc123\n",
      errors: [{ messageId: "secret", line: 6, column: 20, endLine: 6, endColumn: 26 }],
      output: null,
    },
  ],
});
