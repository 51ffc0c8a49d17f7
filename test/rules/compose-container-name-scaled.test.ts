import { testRule } from "../rule-tester.js";

testRule("compose-container-name-scaled", {
  valid: [
    "services:\n  worker:\n    image: app:1.0\n    deploy:\n      replicas: 3\n",
    "services:\n  db:\n    image: postgres:16.4\n    container_name: db\n",
    "services:\n  db:\n    image: postgres:16.4\n    container_name: db\n    deploy:\n      replicas: 1\n",
    { name: "a replica count .env does not set", code: "services:\n  w:\n    image: app:1.0\n    container_name: w\n    deploy:\n      replicas: ${N}\n" },
  ],
  invalid: [
    {
      code: "services:\n  worker:\n    image: app:1.0\n    container_name: worker\n    deploy:\n      replicas: 3\n",
      errors: [{ messageId: "scaled", line: 4, column: 21, endLine: 4, endColumn: 27 }],
      output: null,
    },
    {
      name: "the older scale attribute",
      code: "services:\n  worker:\n    image: app:1.0\n    container_name: worker\n    scale: 2\n",
      errors: [{ messageId: "scaled", line: 4, column: 21, endLine: 4, endColumn: 27 }],
      output: null,
    },
    {
      name: "replicas set by the override file: reported where container_name is",
      code: "services:\n  worker:\n    image: app:1.0\n    container_name: worker\n",
      files: { "/project/compose.override.yaml": "services:\n  worker:\n    deploy:\n      replicas: 2\n" },
      errors: [{ messageId: "scaled", line: 4, column: 21, endLine: 4, endColumn: 27 }],
      output: null,
    },
  ],
});
