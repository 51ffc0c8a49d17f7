import { testRule } from "../rule-tester.js";

testRule("wget-progress", {
  valid: [
    // hadolint's documented cases
    "FROM node:20 AS foo\nRUN wget --progress=dot:giga my.xyz\n",
    "FROM node:20 AS foo\nRUN wget -q my.xyz\n",
    "FROM node:20 AS foo\nRUN wget --quiet my.xyz\n",
    "FROM node:20 AS foo\nRUN wget -nv my.xyz\n",
    "FROM node:20 AS foo\nRUN wget --no-verbose my.xyz\n",
    "FROM node:20 AS foo\nRUN wget -o /tmp/wget.log my.xyz\n",
    "FROM node:20 AS foo\nRUN wget --output-file=/tmp/wget.log my.xyz\n",
    "FROM node:20 AS foo\nRUN wget -a /tmp/wget.log my.xyz\n",
    "FROM node:20 AS foo\nRUN wget --append-output /tmp/wget.log my.xyz\n",
    { name: "bundled -qO-", code: "FROM debian:12\nRUN wget -qO- https://example.com/i.sh | sh\n" },
    { name: "bundled -cq", code: "FROM debian:12\nRUN wget -cq https://example.com/a\n" },
    { name: "--version", code: "FROM debian:12\nRUN wget --version\n" },
    { name: "not wget", code: "FROM debian:12\nRUN curl -fsSL https://example.com/a -o a\n" },
    { name: "exec form quiet", code: 'FROM debian:12\nRUN ["wget", "-q", "https://example.com/a"]\n' },
    { name: "difference: bundled short options are understood: -qO- is quiet", code: "FROM alpine:3.20\nRUN wget -qO- https://example.com/a > a\n" },
    { name: "difference: wget --help downloads nothing", code: "FROM alpine:3.20\nRUN wget --help > /tmp/help\n" },
  ],
  invalid: [
    {
      code: "FROM node:20 AS foo\nRUN wget my.xyz\n",
      errors: [{ messageId: "noProgress", line: 2, column: 5 }],
      output: "FROM node:20 AS foo\nRUN wget --progress=dot:giga my.xyz\n",
    },
    {
      name: "-O value is not -o; multi-line RUN; sudo",
      code: "FROM debian:12\nRUN apt-get update \\\n  && sudo wget -O /tmp/a https://example.com/a\n",
      errors: [{ messageId: "noProgress", line: 3, column: 11 }],
      output: "FROM debian:12\nRUN apt-get update \\\n  && sudo wget --progress=dot:giga -O /tmp/a https://example.com/a\n",
    },
    {
      name: "-q after -O's bundle is the file name",
      code: "FROM debian:12\nRUN wget -Oq https://example.com/a\n",
      errors: [{ messageId: "noProgress", line: 2, column: 5 }],
      output: "FROM debian:12\nRUN wget --progress=dot:giga -Oq https://example.com/a\n",
    },
    {
      name: "sh -c and CRLF",
      code: "FROM debian:12\r\nRUN sh -c 'wget https://example.com/a'\r\n",
      errors: [{ messageId: "noProgress", line: 2, column: 12 }],
      output: "FROM debian:12\r\nRUN sh -c 'wget --progress=dot:giga https://example.com/a'\r\n",
    },
    {
      name: "Alpine: BusyBox wget may not know --progress, not fixed",
      code: "FROM alpine:3.20\nRUN wget https://example.com/a\n",
      errors: [{ messageId: "noProgress", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "stage built on Alpine through a stage, not fixed",
      code: "FROM alpine:3.20 AS base\nFROM base\nRUN wget https://example.com/a\n",
      errors: [{ messageId: "noProgress", line: 3, column: 5 }],
      output: null,
    },
    {
      name: "exec form: not fixed",
      code: 'FROM debian:12\nRUN ["wget", "https://example.com/a"]\n',
      errors: [{ messageId: "noProgress", line: 2, column: 6 }],
      output: null,
    },
  ],
});
