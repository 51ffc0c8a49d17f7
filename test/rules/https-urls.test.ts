import { testRule } from "../rule-tester.js";

testRule("https-urls", {
  valid: [
    "FROM debian:12\nRUN curl -fsSLO https://example.com/app.tar.gz\n",
    { name: "localhost and loopback", code: "FROM debian:12\nRUN curl -fsS http://localhost:8080/health && wget -q http://127.0.0.1/x\n" },
    { name: "private addresses and names", code: "FROM debian:12\nRUN curl -fsS http://10.0.0.5/a http://192.168.1.2/b http://nexus:8081/c http://repo.internal/d http://printer.local/e\n" },
    { name: "proxy is not a download", code: "FROM debian:12\nRUN curl -x http://proxy.example.com:3128 -fsSLO https://example.com/a\n" },
    { name: "ADD https and local files", code: "FROM debian:12\nADD https://example.com/a.tgz app.tgz /tmp/\n" },
    { name: "unresolved host", code: "FROM debian:12\nARG MIRROR\nRUN curl -fsSLO http://${MIRROR}/a.tgz\n" },
    { name: "http in another command", code: "FROM debian:12\nRUN echo 'deb http://deb.debian.org/debian bookworm main' > /etc/apt/sources.list\n" },
    { name: "difference: a single-label host on the private network is not flagged", code: "FROM alpine:3.20\nRUN curl -fsSL http://nexus:8081/repository/x.tar.gz -o x.tar.gz\n" },
    { name: "difference: a proxy URL is not a download", code: "FROM alpine:3.20\nRUN curl -fsSL -x http://proxy.example.com:3128 https://example.com/x -o x\n" },
    { name: "difference: an .internal name is on the private network", code: "FROM alpine:3.20\nRUN curl -fsSL http://repo.corp.internal/x.tar.gz -o x.tar.gz\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN curl -fsSLO http://example.com/app.tar.gz\n",
      errors: [{ messageId: "insecure", line: 2, column: 17, message: /from example\.com/ }],
      output: null,
    },
    {
      name: "ADD",
      code: "FROM debian:12\nADD http://example.com/app.tar.gz /tmp/\n",
      errors: [{ messageId: "insecure", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "wget in a multi-line RUN, quoted, upper-case scheme",
      code: "FROM debian:12\nRUN set -eux; \\\n    wget -q \"HTTP://downloads.example.org/x.zip\" -O /tmp/x.zip\n",
      errors: [{ messageId: "insecure", line: 3, column: 13 }],
      output: null,
    },
    {
      name: "URL from an ARG; host with port and credentials",
      code: "FROM debian:12\nARG BASE_URL=http://mirror.example.com\nRUN curl -fsSLO ${BASE_URL}/a.tgz && curl -fsS http://u:p@files.example.com:8000/b\n",
      errors: [{ messageId: "insecure", line: 3, column: 17, message: /`http:\/\/mirror\.example\.com\/a\.tgz`/ }, { messageId: "insecure", line: 3, column: 48 }],
      output: null,
    },
  ],
});
