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
    { name: "sh -c running a server on all interfaces", code: 'services:\n  lab:\n    build: .\n    command: sh -c "pip install -q extras && jupyter lab --ip=0.0.0.0 --port=8888"\n    ports: ["8888:8888"]\n', files: jupyterOnLoopback },
    { name: "a sh -c script with a variable is not judged", code: "services:\n  lab:\n    build: .\n    command: [\"sh\", \"-c\", \"jupyter lab --ip=$$HOST\"]\n    ports: [\"8888:8888\"]\n", files: gunicorn },
    { name: "a YAML escape in the script shifts offsets: not read", code: 'services:\n  lab:\n    build: .\n    command: ["sh", "-c", "jupyter lab --ip=127.0.0.1 \\"--port=8888\\""]\n    ports: ["8888:8888"]\n', files: gunicorn },
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
      name: "sh -c in a command: string, reported at the address inside the script",
      code: 'services:\n  lab:\n    build: .\n    command: sh -c "jupyter lab --ip=127.0.0.1 --port=8888"\n    ports: ["8888:8888"]\n',
      files: gunicorn,
      errors: [{ messageId: "loopback", message: "`jupyter` listens on 127.0.0.1 only (in its `command:`): the published port 8888 never answers. Make it listen on 0.0.0.0.", line: 4, column: 33, endLine: 4, endColumn: 47 }],
      output: null,
    },
    {
      name: "bash -c in a list, in single quotes, after other commands",
      code: "services:\n  lab:\n    build: .\n    command:\n      - bash\n      - -c\n      - 'cd /work && exec jupyter lab --ip 127.0.0.1 --port 8888'\n    ports: ['8888:8888']\n",
      files: gunicorn,
      errors: [{ messageId: "loopback", message: /`jupyter` listens on 127.0.0.1 only \(in its `command:`\)/, line: 7, column: 44, endLine: 7, endColumn: 53 }],
      output: null,
    },
    {
      name: "/bin/sh -c as entrypoint: in flow style, with a plain script",
      code: 'services:\n  lab:\n    build: .\n    entrypoint: ["/bin/sh", "-c"]\n    command: [jupyter lab --ip=localhost]\n    ports: ["8888:8888"]\n',
      files: gunicorn,
      errors: [{ messageId: "loopback", message: /`jupyter` listens on localhost only/, line: 5, column: 27, endLine: 5, endColumn: 41 }],
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
