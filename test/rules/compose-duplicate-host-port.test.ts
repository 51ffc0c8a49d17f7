import { testRule } from "../rule-tester.js";

testRule("compose-duplicate-host-port", {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  api:\n    image: api:1.0\n    ports: ["8081:80"]\n',
    { name: "different addresses", code: 'services:\n  a:\n    image: a:1\n    ports: ["127.0.0.1:80:80"]\n  b:\n    image: b:1\n    ports: ["127.0.0.2:80:80"]\n' },
    { name: "different protocols", code: 'services:\n  dns:\n    image: dns:1\n    ports: ["53:53/udp", "53:53/tcp"]\n' },
    { name: "no host port", code: 'services:\n  a:\n    image: a:1\n    ports: ["80"]\n  b:\n    image: b:1\n    ports: ["80"]\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  api:\n    image: api:1.0\n    ports: ["8080:8000"]\n',
      errors: [{ messageId: "duplicate", message: /Host port 8080\/tcp is already published by `web` \(line 4\)/, line: 7, column: 13, endLine: 7, endColumn: 24 }],
      output: null,
    },
    {
      name: "all interfaces clash with one address, and ranges overlap",
      code: 'services:\n  a:\n    image: a:1\n    ports: ["8000-8010:8000-8010"]\n  b:\n    image: b:1\n    ports: ["127.0.0.1:8005:80"]\n',
      errors: [{ messageId: "duplicate", message: /Host port 8005\/tcp/, line: 7, column: 13, endLine: 7, endColumn: 32 }],
      output: null,
    },
  ],
});
