import { testRule } from "../rule-tester.js";

testRule("no-cleanup-in-later-layer", {
  valid: [
    {
      name: "a stage built FROM only by a builder stage that is copied from: its layers never reach the image",
      code: "FROM debian:12 AS deps\nCOPY install.sh /tmp/install.sh\nRUN sh /tmp/install.sh && rm /tmp/install.sh\nFROM deps AS build\nRUN make\nFROM scratch\nCOPY --from=build /out /out\n",
    },
    "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n",
    { name: "the RUN fills the cache again before removing it", code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n" },
    { name: "nothing left the cache in a layer", code: "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/*\n" },
    { name: "earlier RUN under a cache mount", code: "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n" },
    { name: "a builder stage only copied from", code: "FROM debian:12 AS build\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz -C /opt && rm /tmp/app.tgz\nFROM debian:12\nCOPY --from=build /opt /opt\n" },
    { name: "COPY . leaves what the directory holds unknown", code: "FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm run build && rm -rf /app/build-cache\n" },
    { name: "a file the RUN downloads again", code: "FROM debian:12\nCOPY app.tgz /tmp/app.tgz\nRUN curl -fsSLo /tmp/app.tgz https://example.com/app.tgz && tar -xzf /tmp/app.tgz -C /opt && rm /tmp/app.tgz\n" },
    { name: "pip with --no-cache-dir", code: "FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\nRUN rm -rf /root/.cache/pip\n" },
    { name: "npm ci then a retry that cleans", code: "FROM node:22\nRUN npm ci\nRUN npm ci || (npm cache clean --force && npm ci)\n" },
    { name: "a removal after cd", code: "FROM debian:12\nCOPY app.tgz /tmp/\nRUN cd /opt && rm -rf /tmp/app.tgz\n" },
    { name: "ADD unpacks a local archive", code: "FROM debian:12\nADD tools.tar.gz /opt/\nRUN rm /opt/tools.tar.gz\n" },
    { name: "another path", code: "FROM debian:12\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz -C /opt && rm -rf /opt/docs\n" },
    { name: "difference: COPY . then removing a directory the build may have created is not reported", code: "FROM alpine:3.20\nCOPY . /app\nRUN rm -rf /app/build\n" },
    { name: "difference: apt-get clean is not followed", code: "FROM debian:12\nRUN apt-get install -y curl\nRUN apt-get clean\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n",
      errors: [{ messageId: "cache", line: 3, column: 5, endLine: 3, endColumn: 32, message: /\/var\/lib\/apt\/lists, which the RUN at line 2/ }],
      output: null,
    },
    {
      name: "COPY then remove after use, on a continuation line",
      code: "FROM debian:12\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz -C /opt \\\n && rm /tmp/app.tgz\n",
      errors: [{ messageId: "copied", line: 4, column: 8, endLine: 4, endColumn: 20, message: /`\/tmp\/app.tgz` was written by the COPY at line 2/ }],
      output: null,
    },
    {
      name: "relative to WORKDIR, a directory holding the copied file, and /tmp/*",
      code: "FROM debian:12\nWORKDIR /src\nCOPY setup.sh install/\nADD --chmod=755 tool /tmp/\nRUN bash install/setup.sh && rm -rf install /tmp/*\n",
      errors: [
        { messageId: "copied", line: 5, column: 37, endLine: 5, endColumn: 44 },
        { messageId: "copied", line: 5, column: 45, endLine: 5, endColumn: 51, message: /written by the ADD at line 4/ },
      ],
      output: null,
    },
    {
      name: "dnf, pip and npm caches, through a child stage",
      code: "FROM fedora:40 AS base\nRUN dnf install -y python3-pip nodejs && pip install flask==3.0.3 && npm install -g serve@14.2.4\nFROM base\nRUN dnf clean all && rm -rf /root/.cache/pip && npm cache clean --force\n",
      errors: [
        { messageId: "cache", line: 4, column: 5, endLine: 4, endColumn: 18, message: /\/var\/cache\/dnf/ },
        { messageId: "cache", line: 4, column: 22, endLine: 4, endColumn: 45, message: /\/root\/.cache\/pip/ },
        { messageId: "cache", line: 4, column: 49, endLine: 4, endColumn: 72, message: /\/root\/.npm/ },
      ],
      output: null,
    },
  ],
});
