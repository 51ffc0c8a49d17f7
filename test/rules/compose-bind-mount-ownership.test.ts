import { testRule } from "../rule-tester.js";

const files = {
  "/project/Dockerfile":
    "FROM python:3.12-slim AS base\nRUN useradd --create-home app\nWORKDIR /srv/app\nCOPY --chown=app:app . .\nUSER app\n" +
    "FROM base AS app\nARG OWNER=app\nRUN mkdir -p /var/lib/app/uploads \\\n && chown -R ${OWNER}:${OWNER} /var/lib/app\nCMD [\"python\", \"main.py\"]\n",
  "/project/plain/Dockerfile": "FROM python:3.12-slim\nWORKDIR /srv/app\nCOPY . .\nUSER 1000\n",
  "/project/root/Dockerfile": "FROM python:3.12-slim\nWORKDIR /srv/app\nCOPY --chown=1000 . .\n",
  "/project/uid/Dockerfile": "FROM node:22-slim\nRUN useradd -u 1001 -m web\nWORKDIR /srv/web\nRUN chown -R 1001:1001 /srv/web\nUSER web\n",
  "/project/hostuid/Dockerfile": "FROM node:22-slim\nARG HOST_UID=1000\nRUN useradd -u ${HOST_UID} -m web\nCOPY --chown=web:web . /srv/web\nUSER web\n",
};

const message = (path: string, owned: string, line: number, user = "app") =>
  `The bind mount over ${path} replaces ${owned}, which Dockerfile line ${line} gives to \`${user}\`, the user the container runs as: the host's files keep their owners, so \`${user}\` can write there only if its uid owns them on the host.`;

testRule("compose-bind-mount-ownership", {
  valid: [
    { name: "the image gives nothing to its user", code: "services:\n  web:\n    build: ./plain\n    volumes:\n      - .:/srv/app\n", files },
    { name: "the image runs as root (no USER)", code: "services:\n  web:\n    build: ./root\n    volumes:\n      - .:/srv/app\n", files },
    {
      name: "read-only, short and long syntax",
      code: "services:\n  web:\n    build: .\n    volumes:\n      - .:/srv/app:ro\n      - type: bind\n        source: ./data\n        target: /var/lib/app\n        read_only: true\n",
      files,
    },
    { name: "a named volume keeps the image's owners", code: "services:\n  web:\n    build: .\n    volumes:\n      - data:/var/lib/app\n      - /srv/app/.cache\nvolumes:\n  data:\n", files },
    { name: "user: root", code: "services:\n  web:\n    build: .\n    user: root\n    volumes:\n      - .:/srv/app\n", files },
    { name: "user: '0:0'", code: "services:\n  web:\n    build: .\n    user: '0:0'\n    volumes:\n      - .:/srv/app\n", files },
    { name: "user: another user (or the same one by uid: not known to be the same)", code: "services:\n  web:\n    build: .\n    user: '1000:1000'\n    volumes:\n      - .:/srv/app\n", files },
    { name: "paths the image does not give", code: "services:\n  web:\n    build: .\n    volumes:\n      - ./logs:/var/log/app\n      - ./conf:/etc/app\n", files },
    { name: "inside what COPY --chown copies (it gives only what it copies)", code: "services:\n  web:\n    build: .\n    volumes:\n      - ./data:/srv/app/data\n", files },
    { name: "a target stage whose lineage does not chown the path", code: "services:\n  web:\n    build:\n      context: .\n      target: base\n    volumes:\n      - ./data:/var/lib/app\n", files },
    { name: "a user whose uid is a build input (matched to the host's)", code: "services:\n  web:\n    build:\n      context: ./hostuid\n      args:\n        HOST_UID: '1000'\n    volumes:\n      - ./hostuid:/srv/web\n", files },
    { name: "a service without build:", code: "services:\n  web:\n    image: web:1.0\n    volumes:\n      - .:/srv/app\n", files },
    {
      name: "a mount written in the base file is that file's finding",
      filename: "/project/compose.override.yaml",
      code: "services:\n  web:\n    environment:\n      DEBUG: '1'\n",
      files: { ...files, "/project/compose.yaml": "services:\n  web:\n    build: .\n    volumes:\n      - .:/srv/app\n" },
    },
  ],
  invalid: [
    {
      name: "COPY --chown over the application directory",
      code: "services:\n  web:\n    build: .\n    volumes:\n      - .:/srv/app\n",
      files,
      errors: [{ messageId: "hidden", message: message("/srv/app", "/srv/app", 4), line: 5, column: 9, endLine: 5, endColumn: 19 }],
      output: null,
    },
    {
      name: "RUN chown -R with a variable (the line of the chown): inside the tree, and above it (rw is writable)",
      code: "services:\n  web:\n    build: .\n    volumes:\n      - ./uploads:/var/lib/app/uploads:rw\n      - ../state:/var/lib\n",
      files,
      errors: [
        { messageId: "hidden", message: message("/var/lib/app/uploads", "/var/lib/app", 9), line: 5, column: 9, endLine: 5, endColumn: 42 },
        { messageId: "hidden", message: message("/var/lib", "/var/lib/app", 9), line: 6, column: 9, endLine: 6, endColumn: 26 },
      ],
      output: null,
    },
    {
      name: "long syntax: reported on target:",
      code: "services:\n  web:\n    build:\n      context: .\n      target: app\n    volumes:\n      - type: bind\n        source: .\n        target: /srv/app/\n",
      files,
      errors: [{ messageId: "hidden", message: message("/srv/app", "/srv/app", 4), line: 9, column: 17, endLine: 9, endColumn: 26 }],
      output: null,
    },
    {
      name: "user: the same user as the chown",
      code: "services:\n  web:\n    build: ./root\n    user: '1000:1000'\n    volumes:\n      - ./src:/srv\n",
      files,
      errors: [{ messageId: "hidden", message: "The bind mount over /srv replaces /srv/app, which root/Dockerfile line 3 gives to `1000`, the user the container runs as: the host's files keep their owners, so `1000` can write there only if its uid owns them on the host.", line: 6, column: 9, endLine: 6, endColumn: 19 }],
      output: null,
    },
    {
      name: "chown by uid, USER by name: the same user by the useradd -u",
      code: "services:\n  web:\n    build: ./uid\n    volumes:\n      - ./uid:/srv/web\n",
      files,
      errors: [{ messageId: "hidden", message: "The bind mount over /srv/web replaces /srv/web, which uid/Dockerfile line 4 gives to `web`, the user the container runs as: the host's files keep their owners, so `web` can write there only if its uid owns them on the host.", line: 5, column: 9, endLine: 5, endColumn: 23 }],
      output: null,
    },
  ],
});
