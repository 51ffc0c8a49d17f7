import { testRule } from "../rule-tester.js";

testRule("compose-database-port-public", {
  valid: [
    'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    "services:\n  db:\n    image: postgres:16.4\n",
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
    { name: "only a container port: Docker picks the host port", code: 'services:\n  db:\n    image: postgres:16.4\n    ports: ["5432"]\n' },
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "5432:5432"\n',
      errors: [{ messageId: "public", line: 5, column: 9, endLine: 5, endColumn: 20, suggestions: [{ messageId: "loopback", output: 'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "127.0.0.1:5432:5432"\n' }] }],
      output: null,
    },
    {
      name: "0.0.0.0 written out, and long syntax",
      code: "services:\n  cache:\n    image: redis:7.4\n    ports:\n      - 0.0.0.0:6379:6379\n      - target: 27017\n        published: 27017\n",
      errors: [
        { messageId: "public", message: /Redis's port 6379/, line: 5, column: 9, endLine: 5, endColumn: 26 },
        { messageId: "public", message: /MongoDB's port 27017/, line: 6, column: 9, endLine: 7, endColumn: 25 },
      ],
      output: null,
    },
  ],
});
