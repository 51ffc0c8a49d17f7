import { testRule } from "../rule-tester.js";

testRule("no-insecure-run", {
  valid: [
    "FROM alpine:3.20\nRUN make\n",
    { name: "sandbox", code: "FROM alpine:3.20\nRUN --security=sandbox make\n" },
    { name: "other flags", code: "FROM alpine:3.20\nRUN --network=none --mount=type=cache,target=/root/.cache make\n" },
    { name: "the word in the command", code: "FROM alpine:3.20\nRUN echo --security=insecure\n" },
    { name: "unknown variable", code: "FROM alpine:3.20\nARG MODE\nRUN --security=$MODE make\n" },
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nRUN --security=insecure make\n",
      errors: [{ messageId: "insecure", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "after other flags, multi-line, lower case",
      code: "FROM alpine:3.20\nrun --network=host \\\n    --security=insecure \\\n    make\n",
      errors: [{ messageId: "insecure", line: 3, column: 5 }],
      output: null,
    },
    {
      name: "exec form",
      code: 'FROM alpine:3.20\nRUN --security=insecure ["make"]\n',
      errors: [{ messageId: "insecure", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "in ONBUILD",
      code: "FROM alpine:3.20\nONBUILD RUN --security=insecure make\n",
      errors: [{ messageId: "insecure", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "from a variable",
      code: "FROM alpine:3.20\nARG MODE=insecure\nRUN --security=${MODE} make\n",
      errors: [{ messageId: "insecure", line: 3, column: 5 }],
      output: null,
    },
  ],
});
