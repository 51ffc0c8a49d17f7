import { testRule } from "../rule-tester.js";

testRule("compose-host-namespace", {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
    "services:\n  sidecar:\n    image: app:1.0\n    network_mode: service:web\n",
    "services:\n  app:\n    image: app:1.0\n    network_mode: ${MODE}\n",
  ],
  invalid: [
    { code: "services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n", errors: [{ messageId: "host", message: /`network_mode: host`/, line: 4, column: 19, endLine: 4, endColumn: 23 }], output: null },
    {
      code: "services:\n  top:\n    image: app:1.0\n    pid: host\n    ipc: 'host'\n",
      errors: [
        { messageId: "host", message: /`pid: host`/, line: 4, column: 10, endLine: 4, endColumn: 14 },
        { messageId: "host", message: /`ipc: host`/, line: 5, column: 10, endLine: 5, endColumn: 16 },
      ],
      output: null,
    },
  ],
});
