import { testRule } from "../rule-tester.js";

const dependsOnHealthy = "services:\n  app:\n    image: app:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n";

testRule("compose-healthy-dependency", {
  valid: [
    dependsOnHealthy + '  db:\n    image: postgres:16.4\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n',
    "services:\n  app:\n    image: app:1.0\n    depends_on: [db]\n  db:\n    image: postgres:16.4\n",
    { name: "built from a Dockerfile with a HEALTHCHECK", code: dependsOnHealthy + "  db:\n    build: ./db\n", files: { "/project/db/Dockerfile": "FROM postgres:16.4\nHEALTHCHECK CMD pg_isready\n" } },
  ],
  invalid: [
    { code: dependsOnHealthy + "  db:\n    image: postgres:16.4\n", errors: [{ messageId: "noHealthcheck", line: 6, column: 20, endLine: 6, endColumn: 35 }], output: null },
    {
      name: "disabled",
      code: dependsOnHealthy + "  db:\n    image: postgres:16.4\n    healthcheck:\n      disable: true\n",
      errors: [{ messageId: "disabled", line: 6, column: 20, endLine: 6, endColumn: 35 }],
      output: null,
    },
    {
      name: "built from a Dockerfile without one",
      code: dependsOnHealthy + "  db:\n    build: ./db\n",
      files: { "/project/db/Dockerfile": "FROM postgres:16.4\n" },
      errors: [{ messageId: "noHealthcheck", line: 6, column: 20, endLine: 6, endColumn: 35 }],
      output: null,
    },
  ],
});
