import { testRule } from "../rule-tester.js";

testRule("instruction-casing", {
  valid: [
    'FROM alpine\nRUN echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]\n',
    { name: "all lower case", code: 'from alpine\nrun echo hello > /greeting.txt\nentrypoint ["cat", "/greeting.txt"]\n' },
    { name: "lower-case words in arguments do not count", code: "FROM alpine AS build\nRUN run from copy\n" },
    { name: "ONBUILD trigger in the same case", code: "FROM alpine\nONBUILD RUN make\n" },
    { name: "empty file", code: "" },
    { name: "unknown instructions are not counted or checked", code: "FROM alpine\nfoo bar\nbaz qux\nRUN make\n" },
  ],
  invalid: [
    {
      name: "BuildKit's example: every mixed-case keyword",
      code: 'From alpine\nRun echo hello > /greeting.txt\nEntRYpOiNT ["cat", "/greeting.txt"]\n',
      errors: [
        { messageId: "casing", line: 1, column: 1, message: /`From` should be upper case/ },
        { messageId: "casing", line: 2, column: 1 },
        { messageId: "casing", line: 3, column: 1 },
      ],
      output: 'FROM alpine\nRUN echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]\n',
    },
    {
      name: "lower-case majority",
      code: "from alpine\nrun make\nCOPY . /app\ncmd [\"app\"]\n",
      errors: [{ messageId: "casing", line: 3, column: 1, message: /`COPY` should be lower case/ }],
      output: "from alpine\nrun make\ncopy . /app\ncmd [\"app\"]\n",
    },
    {
      name: "upper case wins a tie",
      code: "FROM alpine\nrun make\n",
      errors: [{ messageId: "casing", line: 2, column: 1 }],
      output: "FROM alpine\nRUN make\n",
    },
    {
      name: "indented keyword after a multi-line RUN, CRLF kept",
      code: "FROM alpine\r\nRUN apk add \\\r\n    curl\r\n  Workdir /app\r\n",
      errors: [{ messageId: "casing", line: 4, column: 3 }],
      output: "FROM alpine\r\nRUN apk add \\\r\n    curl\r\n  WORKDIR /app\r\n",
    },
    {
      name: "ONBUILD trigger",
      code: "FROM alpine\nONBUILD run make\n",
      errors: [{ messageId: "casing", line: 2, column: 9 }],
      output: "FROM alpine\nONBUILD RUN make\n",
    },
    {
      name: "difference: the keyword of an ONBUILD trigger is checked too",
      code: "FROM alpine:3.20\nRUN true\nONBUILD run true\n",
      errors: [{ messageId: "casing", line: 3, column: 9 }],
      output: "FROM alpine:3.20\nRUN true\nONBUILD RUN true\n",
    },
    {
      name: "difference: a global ARG before the first FROM is checked",
      code: "arg V=1\nFROM alpine:3.20\nRUN true\nCOPY a b\n",
      errors: [{ messageId: "casing", line: 1, column: 1 }],
      output: "ARG V=1\nFROM alpine:3.20\nRUN true\nCOPY a b\n",
    },
  ],
});
