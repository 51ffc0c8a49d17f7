import { testRule } from "../rule-tester.js";

testRule("from-first", {
  valid: [
    "FROM foo\nLABEL foo=bar\n",
    { name: "ARG then FROM", code: "ARG A=B\nFROM foo\nLABEL foo=bar\n" },
    { name: "directive before FROM", code: "# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13\n" },
    { name: "comments and blank lines before FROM", code: "\n# build image\n\nFROM foo\n" },
    { name: "ARG after FROM", code: "FROM foo\nARG A=B\nRUN echo bla\n" },
    { name: "lower-case from", code: "arg V=1\nfrom foo:${V}\n" },
    { name: "empty file", code: "" },
    { name: "only comments", code: "# nothing yet\n" },
  ],
  invalid: [
    {
      code: "LABEL foo=bar\nFROM foo\n",
      errors: [{ messageId: "first", line: 1, column: 1 }],
      output: null,
    },
    {
      name: "after ARG and comments",
      code: "# syntax=docker/dockerfile:1\nARG A=B\n# note\n  RUN echo hi\nFROM foo\n",
      errors: [{ messageId: "first", line: 4, column: 3, message: /`RUN` before the first FROM/ }],
      output: null,
    },
    {
      name: "no FROM at all",
      code: "ENV A=1\n",
      errors: [{ messageId: "first", line: 1, column: 1 }],
      output: null,
    },
    {
      name: "reported once",
      code: "COPY . /app\nRUN make\nFROM foo\n",
      errors: [{ messageId: "first", line: 1, column: 1 }],
      output: null,
    },
  ],
});
