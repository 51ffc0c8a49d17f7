import { testRule } from "../rule-tester.js";

testRule("compose-schema", {
  valid: [
    "services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:16.4\n",
    "x-common: &common\n  restart: unless-stopped\nservices:\n  web:\n    <<: *common\n    image: nginx:1.27\n    develop:\n      watch:\n        - path: ./src\n          action: sync\n          target: /app\n",
    { name: "a value from a variable .env does not set is not judged", code: "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: ${REPLICAS}\n" },
    { name: "a value from .env is checked interpolated", code: "services:\n  web:\n    image: nginx:1.27\n    restart: ${RESTART}\n", files: { "/project/.env": "RESTART=always\n" } },
    { name: "a syntax error is compose-syntax's", code: "services: [\n" },
  ],
  invalid: [
    {
      name: "services at the top level: Compose file format 1",
      code: "web:\n  build: .\n  ports:\n    - 8080:80\n",
      errors: [{ messageId: "legacyFormat", message: "`web` at the top level is a service written in Compose file format 1, which `docker compose` refuses: put the services under `services:`.", line: 1, column: 1, endLine: 1, endColumn: 4 }],
      output: null,
    },
    {
      name: "another unknown top-level key is an unknown key",
      code: "services:\n  web:\n    image: nginx:1.27\nextras:\n  debug: true\n",
      errors: [{ messageId: "unknownKey", message: "`extras`: `extras` is not a Compose attribute here; Compose refuses the file.", line: 4, column: 1, endLine: 4, endColumn: 7 }],
      output: null,
    },
    {
      code: "services:\n  web:\n    image: nginx:1.27\n    depend_on: [db]\n",
      errors: [{ messageId: "unknownKey", message: "`services.web.depend_on`: `depend_on` is not a Compose attribute here; Compose refuses the file.", line: 4, column: 5, endLine: 4, endColumn: 14 }],
      output: null,
    },
    {
      code: "services:\n  web:\n    image: nginx:1.27\n    restart: [always]\n",
      errors: [{ messageId: "invalid", message: "`services.web.restart` must be string; Compose refuses the file.", line: 4, column: 14, endLine: 4, endColumn: 22 }],
      output: null,
    },
    {
      name: "a wrong type, in an override file",
      filename: "/project/compose.override.yml",
      code: "services:\n  web:\n    ports: 8080\n",
      errors: [{ messageId: "invalid", message: "`services.web.ports` must be array; Compose refuses the file.", line: 3, column: 12, endLine: 3, endColumn: 16 }],
      output: null,
    },
  ],
});
