import { testRule } from "../rule-tester.js";

testRule("key-value-format", {
  valid: [
    "FROM alpine\nENV A=1 B=2\nLABEL a=b\n",
    { name: "ARG has no legacy form: two arguments", code: "FROM alpine\nARG foo bar\n" },
    { name: "ARG with a default", code: "FROM alpine\nARG foo=bar\n" },
    { name: "quoted multi-line modern value", code: 'FROM alpine\nENV DEPS="\\\n    curl \\\n    git"\n' },
    { name: "difference: ARG foo bar declares two arguments and is not legacy", code: "FROM alpine:3.20\nARG foo bar\n" },
  ],
  invalid: [
    {
      name: "single word",
      code: "FROM alpine\nENV CGO_ENABLED 0\n",
      errors: [{ messageId: "legacy", line: 2, column: 5, message: /"ENV CGO_ENABLED=value" should be used/ }],
      output: "FROM alpine\nENV CGO_ENABLED=0\n",
    },
    {
      name: "several words keep their whitespace and variables",
      code: "FROM alpine\nENV MSG hello   $USER world\n",
      errors: [{ messageId: "legacy", line: 2, column: 5 }],
      output: 'FROM alpine\nENV MSG="hello   $USER world"\n',
    },
    {
      name: "BuildKit's multi-line example: value unchanged, continuations kept",
      code: "FROM alpine\nENV DEPS \\\n    curl \\\n    git \\\n    make\n",
      errors: [{ messageId: "legacy", line: 2, column: 5 }],
      output: 'FROM alpine\nENV DEPS="curl \\\n    git \\\n    make"\n',
    },
    {
      name: "a quoted word",
      code: 'FROM alpine\nENV PATH "/opt/bin:$PATH"\n',
      errors: [{ messageId: "legacy", line: 2, column: 5 }],
      output: 'FROM alpine\nENV PATH="/opt/bin:$PATH"\n',
    },
    {
      name: "LABEL, lower-case keyword",
      code: "FROM alpine\nlabel maintainer Ada Lovelace\n",
      errors: [{ messageId: "legacy", line: 2, column: 7, message: /"label maintainer=value"/ }],
      output: 'FROM alpine\nlabel maintainer="Ada Lovelace"\n',
    },
    {
      name: "quotes next to other words: not fixed",
      code: "FROM alpine\nENV OPTS -Dx=\"a b\" -Dy=1\n",
      errors: [{ messageId: "legacy", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "escaped character: not fixed",
      code: "FROM alpine\nENV A foo\\ bar\n",
      errors: [{ messageId: "legacy", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "one word with escaped characters",
      code: "FROM alpine\nENV GOPATH C:\\\\go\n",
      errors: [{ messageId: "legacy", line: 2, column: 5 }],
      output: "FROM alpine\nENV GOPATH=C:\\\\go\n",
    },
    {
      name: "escape directive and CRLF",
      code: "# escape=`\r\nFROM mcr.microsoft.com/windows/servercore\r\nENV DIRS C:\\a `\r\n    C:\\b\r\n",
      errors: [{ messageId: "legacy", line: 3, column: 5 }],
      output: '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore\r\nENV DIRS="C:\\a `\r\n    C:\\b"\r\n',
    },
    {
      name: "a comment line inside the value: not fixed",
      code: "FROM alpine\nENV DEPS curl \\\n# for git clones\n    git\n",
      errors: [{ messageId: "legacy", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "ONBUILD trigger",
      code: "FROM alpine\nONBUILD ENV A b\n",
      errors: [{ messageId: "legacy", line: 2, column: 13 }],
      output: "FROM alpine\nONBUILD ENV A=b\n",
    },
    {
      name: "the rest of the line is the value, `#` included",
      code: "FROM alpine\nENV A x # y\n",
      errors: [{ messageId: "legacy", line: 2, column: 5 }],
      output: 'FROM alpine\nENV A="x # y"\n',
    },
    {
      name: "difference: the fix keeps a multi-line value identical",
      code: "FROM alpine:3.20\nENV MSG hello \\\n    world\n",
      errors: [{ messageId: "legacy", line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nENV MSG="hello \\\n    world"\n',
    },
  ],
});
