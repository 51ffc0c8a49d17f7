import { testRule } from "../rule-tester.js";

testRule("compose-docker-socket", {
  valid: [
    "services:\n  app:\n    image: app:1.0\n    volumes:\n      - ./data:/data\n",
    { name: "a named volume called like the socket is not the host's socket", code: "services:\n  app:\n    image: app:1.0\n    volumes:\n      - docker.sock:/var/run/docker.sock\n" },
  ],
  invalid: [
    {
      code: "services:\n  agent:\n    image: portainer/agent:2.21.0\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n",
      errors: [{ messageId: "socket", line: 5, column: 9, endLine: 5, endColumn: 53 }],
      output: null,
    },
    {
      name: "long syntax",
      code: "services:\n  agent:\n    image: agent:1.0\n    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /sock\n",
      errors: [{ messageId: "socket", line: 5, column: 9, endLine: 7, endColumn: 22 }],
      output: null,
    },
    {
      name: "silenced on the next line only",
      code: "services:\n  a:\n    image: a:1\n    volumes:\n      # docklint-disable-next-line compose-docker-socket -- the agent needs it\n      - /var/run/docker.sock:/var/run/docker.sock\n  b:\n    image: b:1\n    volumes: [/var/run/docker.sock:/var/run/docker.sock]\n",
      errors: [{ messageId: "socket", line: 9, column: 15, endLine: 9, endColumn: 56 }],
      output: null,
    },
  ],
});
