import { testRule } from "../rule-tester.js";

const files = {
  "/project/Dockerfile":
    "FROM node:22-slim AS base\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n" +
    "FROM base AS app\nCOPY --chown=node:node src/ ./src/\nCOPY config/default.yml /etc/app/\nVOLUME /var/lib/app\nCOPY seed/ /var/lib/app/\nCMD [\"node\", \"src/server.js\"]\n",
};

testRule("compose-volume-over-image-path", {
  valid: [
    { name: "bind mounts hide the image's files on purpose (live code)", code: "services:\n  web:\n    build: .\n    volumes:\n      - .:/app\n      - ./config:/etc/app:ro\n", files },
    { name: "an anonymous volume keeps the image's node_modules", code: "services:\n  web:\n    build: .\n    volumes:\n      - /app/node_modules\n", files },
    { name: "a volume beside the copied files, or inside a copied tree", code: "services:\n  web:\n    build: .\n    volumes:\n      - uploads:/srv/uploads\n      - modules:/app/node_modules\nvolumes:\n  uploads:\n  modules:\n", files },
    { name: "a path the Dockerfile declares a VOLUME", code: "services:\n  web:\n    build: .\n    volumes:\n      - data:/var/lib/app\nvolumes:\n  data:\n", files },
    { name: "nocopy, short and long syntax", code: "services:\n  web:\n    build: .\n    volumes:\n      - code:/app:nocopy\n      - type: volume\n        source: conf\n        target: /etc/app\n        volume:\n          nocopy: true\nvolumes:\n  code:\n  conf:\n", files },
    { name: "a volume defined with driver_opts (a bind in disguise)", code: "services:\n  web:\n    build: .\n    volumes:\n      - code:/app\nvolumes:\n  code:\n    driver_opts:\n      type: none\n      o: bind\n      device: ./src\n", files },
    { name: "another target's stages", code: "services:\n  web:\n    build:\n      context: .\n      target: base\n    volumes:\n      - conf:/etc/app\nvolumes:\n  conf:\n", files },
    { name: "a relative COPY with no WORKDIR known", code: "services:\n  web:\n    build: .\n    volumes:\n      - code:/app\nvolumes:\n  code:\n", files: { "/project/Dockerfile": "FROM node:22-slim\nCOPY . .\n" } },
    { name: "not built here", code: "services:\n  web:\n    image: web:1.0\n    volumes:\n      - code:/app\nvolumes:\n  code:\n", files },
  ],
  invalid: [
    {
      code: "services:\n  web:\n    build: .\n    volumes:\n      - code:/app\nvolumes:\n  code:\n",
      files,
      errors: [
        {
          messageId: "stale",
          message:
            "The volume `code` is mounted over /app, which the image fills (Dockerfile line 3): Docker copies the image's files into it only while it is empty, so after a rebuild the container keeps the old ones.",
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 18,
        },
      ],
      output: null,
    },
    {
      name: "a subdirectory the image fills, read-only; the long syntax points at `target:`",
      code: "services:\n  web:\n    build: .\n    volumes:\n      - 'code:/app/src/:ro'\n      - type: volume\n        source: conf\n        target: /etc/app\nvolumes:\n  code:\n  conf:\n",
      files,
      errors: [
        { messageId: "stale", message: /^The volume `code` is mounted over \/app\/src, which the image fills \(Dockerfile line 6\)/, line: 5, column: 9, endLine: 5, endColumn: 28 },
        { messageId: "stale", message: /^The volume `conf` is mounted over \/etc\/app, which the image fills \(Dockerfile line 7\)/, line: 8, column: 17, endLine: 8, endColumn: 25 },
      ],
      output: null,
    },
  ],
});
