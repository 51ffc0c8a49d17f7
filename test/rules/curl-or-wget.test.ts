import { testRule } from "../rule-tester.js";

testRule("curl-or-wget", {
  valid: [
    // hadolint's documented cases
    "FROM node:20 AS foo\nRUN wget my.xyz\n",
    "FROM node:20 AS foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n",
    { name: "only curl, exec form too", code: 'FROM debian:12\nRUN curl -fsS http://a\nRUN ["curl", "-fsS", "http://b"]\n' },
    { name: "installing both is not using both", code: "FROM debian:12\nRUN apt-get install -y curl wget\nRUN curl -fsS http://a\n" },
    { name: "sibling stages", code: "FROM debian:12 AS a\nRUN wget -q http://a\nFROM debian:12 AS b\nRUN curl -fsS http://b\n" },
    { name: "difference: installing both tools is not a use", code: "FROM alpine:3.20\nRUN apk add --no-cache curl wget && curl -fsSL -o /tmp/x https://example.com/x\n" },
  ],
  invalid: [
    {
      name: "hadolint: both in one stage",
      code: "FROM node:20 AS foo\nRUN wget my.xyz\nRUN curl localhost\n",
      errors: [{ messageId: "both", line: 3, column: 5, message: /`curl` is used here and `wget` on line 2/ }],
      output: null,
    },
    {
      name: "hadolint: both in the same RUN",
      code: "FROM node:20 AS foo\nRUN wget my.xyz && curl localhost\n",
      errors: [{ messageId: "both", line: 2, column: 20 }],
      output: null,
    },
    {
      name: "hadolint: flagged only in the stage with both",
      code: "FROM node:20 AS foo\nRUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost\n",
      errors: [{ messageId: "both", line: 3, column: 5 }],
      output: null,
    },
    {
      name: "hadolint: only the relevant RUNs",
      code: "FROM node:20 AS foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget other.xyz\n",
      errors: [{ messageId: "both", line: 3, column: 5 }, { messageId: "both", line: 5, column: 5, message: /`wget` is used here and `curl` on line 3/ }],
      output: null,
    },
    {
      name: "inherited through FROM <stage>, multi-line, sh -c",
      code: "FROM debian:12 AS base\nRUN wget -q http://a\nFROM base\nRUN set -e; \\\n    sh -c 'curl -fsS http://b'\n",
      errors: [{ messageId: "both", line: 5, column: 12 }],
      output: null,
    },
    {
      name: "difference: curl in the child stage and wget in the stage it builds FROM (hadolint looks within one FROM)",
      code: "FROM alpine:3.20 AS base\nRUN wget -q https://example.com/a\nFROM base\nRUN curl -fsSL -o b https://example.com/b\n",
      errors: [{ messageId: "both", line: 4, column: 5 }],
      output: null,
    },
  ],
});
