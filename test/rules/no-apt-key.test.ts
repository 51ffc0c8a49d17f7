import { testRule } from "../rule-tester.js";

testRule("no-apt-key", {
  valid: [
    "FROM debian:12\nRUN curl -fsSL https://example.com/key.asc -o /etc/apt/keyrings/example.asc\n",
    { name: "gpg --dearmor into a keyring", code: "FROM debian:12\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /etc/apt/keyrings/example.gpg\n" },
    { name: "an argument, not the command", code: "FROM debian:12\nRUN echo apt-key add -\n" },
    { name: "help", code: "FROM debian:12\nRUN apt-key --help\n" },
    { name: "a file named like it", code: "FROM debian:12\nRUN curl -fsSLo /usr/share/keyrings/k.gpg https://packages.cloud.google.com/apt/doc/apt-key.gpg\n" },
    { name: "difference: a key stored in /etc/apt/keyrings is the way", code: "FROM debian:12\nRUN curl -fsSL https://example.com/key.gpg -o /etc/apt/keyrings/example.gpg\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN curl -fsSL https://example.com/gpg | apt-key add -\n",
      errors: [{ messageId: "deprecated", line: 2, column: 42, endLine: 2, endColumn: 49 }],
      output: null,
    },
    {
      name: "through sudo, on a continuation line",
      code: "FROM ubuntu:22.04\nRUN set -eux; \\\n    sudo apt-key adv --keyserver hkp://keyserver.ubuntu.com:80 --recv-keys 0x1234ABCD\n",
      errors: [{ messageId: "deprecated", line: 3, column: 10, endLine: 3, endColumn: 17 }],
      output: null,
    },
    {
      name: "apt-key del and exec form",
      code: "FROM debian:12\nRUN apt-key del 7fa2af80\nRUN [\"/usr/bin/apt-key\", \"add\", \"/tmp/key.asc\"]\n",
      errors: [
        { messageId: "deprecated", line: 2, column: 5, endLine: 2, endColumn: 12 },
        { messageId: "deprecated", line: 3, column: 6, endLine: 3, endColumn: 24 },
      ],
      output: null,
    },
    {
      name: "inside sh -c",
      code: "FROM debian:12\nRUN sh -c 'wget -qO- https://example.com/key | apt-key add -'\n",
      errors: [{ messageId: "deprecated", line: 2, column: 48, endLine: 2, endColumn: 55 }],
      output: null,
    },
    {
      name: "difference: apt-key is flagged (hadolint, Trivy and Checkov have no check)",
      code: "FROM debian:12\nRUN apt-key add /tmp/key.gpg\n",
      errors: [{ messageId: "deprecated", line: 2, column: 5 }],
      output: null,
    },
  ],
});
