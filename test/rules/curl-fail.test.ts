import { testRule } from "../rule-tester.js";

testRule("curl-fail", {
  valid: [
    "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n",
    { name: "--fail", code: "FROM debian:12\nRUN curl --fail -o /tmp/a https://example.com/a\n" },
    { name: "--fail-with-body", code: "FROM debian:12\nRUN curl --fail-with-body -sSLO https://example.com/a\n" },
    { name: "-f in a bundle with -o", code: "FROM debian:12\nRUN curl -sSLfo /tmp/a https://example.com/a\n" },
    { name: "printed to the log", code: "FROM debian:12\nRUN curl -sS https://example.com/health\n" },
    { name: "to /dev/null", code: "FROM debian:12\nRUN curl -s https://example.com/ > /dev/null\n" },
    { name: "status read with -w", code: "FROM debian:12\nRUN curl -s -o /dev/null -w '%{http_code}' https://example.com/ | grep 200\n" },
    { name: "curl is the pipe's reader", code: "FROM debian:12\nRUN echo data | curl -sS -d @- https://example.com/\n" },
    { name: "--version", code: "FROM debian:12\nRUN curl --version | head -1\n" },
    { name: "difference: -w/--write-out: the caller reads the status", code: "FROM alpine:3.20\nRUN curl -sSL -w '%{http_code}' -o /tmp/x https://example.com/x\n" },
    { name: "difference: -I/--head is not flagged", code: "FROM alpine:3.20\nRUN curl -sI https://example.com/x > headers.txt\n" },
    { name: "difference: output to /dev/null is not flagged", code: "FROM alpine:3.20\nRUN curl -s -o /dev/null https://example.com/ping\n" },
    { name: "-o /dev/null discards the body like > /dev/null", code: "FROM debian:12\nRUN curl -sS --output /dev/null https://example.com/health && echo up\n" },
    { name: "difference: curl --version is not flagged", code: "FROM alpine:3.20\nRUN curl --version > /tmp/v\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN curl -sSL https://example.com/install.sh | sh\n",
      errors: [{ messageId: "piped", line: 2, column: 5 }],
      output: "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n",
    },
    {
      name: "-o /dev/null with -O: the remote name is still saved",
      code: "FROM debian:12\nRUN curl -sS -o /dev/null -O https://example.com/app.tar.gz\n",
      errors: [{ messageId: "saved", line: 2, column: 5 }],
      output: "FROM debian:12\nRUN curl -fsS -o /dev/null -O https://example.com/app.tar.gz\n",
    },
    {
      name: "-o with a long option first",
      code: "FROM debian:12\nRUN curl --retry 3 -o /tmp/app.tar.gz https://example.com/app.tar.gz\n",
      errors: [{ messageId: "saved", line: 2, column: 5 }],
      output: "FROM debian:12\nRUN curl -f --retry 3 -o /tmp/app.tar.gz https://example.com/app.tar.gz\n",
    },
    {
      name: "-O and redirect, multi-line RUN",
      code: "FROM debian:12\nRUN cd /tmp \\\n && curl -LO https://example.com/a.tgz \\\n && curl https://example.com/b >> /tmp/b\n",
      errors: [{ messageId: "saved", line: 3, column: 5 }, { messageId: "saved", line: 4, column: 5 }],
      output: "FROM debian:12\nRUN cd /tmp \\\n && curl -fLO https://example.com/a.tgz \\\n && curl -f https://example.com/b >> /tmp/b\n",
    },
    {
      name: "piped to tar inside sh -c, CRLF",
      code: "FROM debian:12\r\nRUN sh -c 'curl -L https://example.com/a.tgz | tar xz'\r\n",
      errors: [{ messageId: "piped", line: 2, column: 12 }],
      output: "FROM debian:12\r\nRUN sh -c 'curl -fL https://example.com/a.tgz | tar xz'\r\n",
    },
    {
      name: "quoted first option: inserted after curl",
      code: 'FROM debian:12\nRUN curl "-sSL" https://example.com/i.sh | bash\n',
      errors: [{ messageId: "piped", line: 2, column: 5 }],
      output: 'FROM debian:12\nRUN curl -f "-sSL" https://example.com/i.sh | bash\n',
    },
    {
      name: "exec form: not fixed",
      code: 'FROM debian:12\nRUN ["curl", "-o", "/tmp/a", "https://example.com/a"]\n',
      errors: [{ messageId: "saved", line: 2, column: 6 }],
      output: null,
    },
  ],
});
