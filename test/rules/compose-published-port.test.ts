import { testRule } from "../rule-tester.js";

const jupyterOnLoopback = { "/project/Dockerfile": 'FROM python:3.12-slim\nEXPOSE 8888\nCMD ["jupyter", "lab", "--ip=127.0.0.1", "--port=8888"]\n' };
const gunicorn = { "/project/Dockerfile": 'FROM python:3.12-slim\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n' };
const noServer = { "/project/Dockerfile": 'FROM python:3.12-slim\nEXPOSE 9000\nCMD ["./start.sh"]\n' };
const dnsProxy = { "/project/Dockerfile": 'FROM alpine:3.20\nEXPOSE 53/tcp 53/udp\nCMD ["./proxy"]\n' };

testRule("compose-published-port", {
  valid: [
    { code: 'services:\n  web:\n    build: .\n    ports: ["8080:8000"]\n', files: gunicorn },
    { code: 'services:\n  lab:\n    build: .\n    command: ["jupyter", "lab", "--ip=0.0.0.0", "--port=8888"]\n    ports: ["8888:8888"]\n', files: jupyterOnLoopback },
    { name: "a second port may be another process's", code: 'services:\n  web:\n    build: .\n    ports: ["8000:8000", "5678:5678"]\n', files: gunicorn },
    { name: "no server known and the port is EXPOSEd", code: 'services:\n  app:\n    build: .\n    ports: ["9000:9000"]\n', files: noServer },
    { name: "a command wrapped in sh -c is not read", code: 'services:\n  lab:\n    build: .\n    command: sh -c "jupyter lab --ip=127.0.0.1"\n    ports: ["8888:8888"]\n', files: jupyterOnLoopback },
    { name: "a UDP port EXPOSEd over UDP (a real dnscrypt-proxy project)", code: 'services:\n  dns:\n    build: .\n    ports: ["53:53/tcp", "53:53/udp"]\n', files: dnsProxy },
    { name: "no build", code: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n' },
  ],
  invalid: [
    {
      code: 'services:\n  lab:\n    build: .\n    ports: ["8888:8888"]\n',
      files: jupyterOnLoopback,
      errors: [{ messageId: "loopback", message: "`jupyter` listens on 127.0.0.1 only (in Dockerfile): the published port 8888 never answers. Make it listen on 0.0.0.0.", line: 4, column: 13, endLine: 4, endColumn: 24 }],
      output: null,
    },
    {
      name: "the command: override, reported at its address",
      code: "services:\n  lab:\n    build: .\n    command: jupyter lab --ip=localhost --port=8888\n    ports: ['8888:8888']\n",
      files: gunicorn,
      errors: [{ messageId: "loopback", message: /in its `command:`/, line: 4, column: 26, endLine: 4, endColumn: 40 }],
      output: null,
    },
    {
      code: 'services:\n  web:\n    build: .\n    ports: ["8080:8080"]\n',
      files: gunicorn,
      errors: [{ messageId: "otherPort", message: "Published container port 8080: `gunicorn` listens on 8000 (in Dockerfile), and nothing on 8080.", line: 4, column: 13, endLine: 4, endColumn: 24 }],
      output: null,
    },
    {
      code: 'services:\n  app:\n    build: .\n    ports: ["9090:9090"]\n',
      files: noServer,
      errors: [{ messageId: "notExposed", message: "Published container port 9090: Dockerfile EXPOSEs 9000, not 9090.", line: 4, column: 13, endLine: 4, endColumn: 24 }],
      output: null,
    },
    {
      name: "UDP published, only TCP EXPOSEd",
      code: 'services:\n  dns:\n    build: .\n    ports: ["5353:53/udp"]\n',
      files: { "/project/Dockerfile": 'FROM alpine:3.20\nEXPOSE 53/tcp\nCMD ["./proxy"]\n' },
      errors: [{ messageId: "notExposed", message: "Published container port 53: Dockerfile EXPOSEs 53/tcp, not 53.", line: 4, column: 13, endLine: 4, endColumn: 26 }],
      output: null,
    },
  ],
});
