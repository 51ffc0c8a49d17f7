import { testRule } from "../rule-tester.js";

testRule("env-self-reference", {
  valid: [
    'FROM alpine:3.20\nENV APP_HOME=/app\nENV APP_BIN="${APP_HOME}/bin"\n',
    { name: "hadolint: defined in an earlier ENV", code: 'FROM alpine:3.20\nENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"\n' },
    { name: "self reference extends the old value", code: "FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\n" },
    { name: "reference to a variable set later in the ENV", code: "FROM alpine:3.20\nENV A=$B B=2\n" },
    { name: "also declared before the instruction (hadolint)", code: "FROM alpine:3.20\nARG VERSION=1\nENV VERSION=2 URL=/dl/$VERSION\n" },
    { name: "single-quoted dollar is literal", code: "FROM alpine:3.20\nENV A=1 B='$A'\n" },
    { name: "escaped dollar is literal", code: "FROM alpine:3.20\nENV A=1 B=\\$A\n" },
    { name: "LABEL is not ENV", code: "FROM alpine:3.20\nLABEL a=1 b=$a\n" },
    { name: "prefix of another name", code: "FROM alpine:3.20\nENV A=1 B=$AB\n" },
    { name: "difference: a variable declared before the instruction is not flagged", code: "FROM alpine:3.20\nENV A=1\nENV A=2 B=$A\n" },
    { name: "difference: a single-quoted $ is not a reference", code: "FROM alpine:3.20\nENV A=1 B='$A'\n" },
  ],
  invalid: [
    {
      name: "hadolint's DL3044 example",
      code: 'FROM alpine:3.20\nENV BLA="blubb" BLUBB="${BLA}/blubb"\n',
      errors: [{ messageId: "sameEnv", line: 2, column: 24, message: /`\$BLA` is set in this same ENV/ }],
      output: null,
    },
    {
      name: "plain $ form on a continuation line",
      code: "FROM alpine:3.20\nENV JAVA_HOME=/opt/java \\\n    PATH=$JAVA_HOME/bin:$PATH\n",
      errors: [{ messageId: "sameEnv", line: 3, column: 10 }],
      output: null,
    },
    {
      name: "inside double quotes, twice",
      code: 'FROM alpine:3.20\nENV A=1 B="$A-$A"\n',
      errors: [
        { messageId: "sameEnv", line: 2, column: 12 },
        { messageId: "sameEnv", line: 2, column: 15 },
      ],
      output: null,
    },
    {
      name: "with a default value",
      code: "FROM alpine:3.20\nENV A=1 B=${A:-2}\n",
      errors: [{ messageId: "sameEnv", line: 2, column: 11 }],
      output: null,
    },
  ],
});
