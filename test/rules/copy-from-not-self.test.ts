import { testRule } from "../rule-tester.js";

testRule("copy-from-not-self", {
  valid: [
    "FROM debian:jessie as build\nRUN stuff\nFROM debian:jessie\nCOPY --from=build some stuff ./\n",
    { name: "earlier stage by index", code: "FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /x /x\n" },
    { name: "same name in another stage", code: "FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM alpine:3.20 AS b\n" },
    { name: "unknown variable", code: "FROM alpine:3.20 AS app\nARG SRC\nCOPY --from=$SRC /x /x\n" },
    { name: "ONBUILD runs in another build", code: "FROM alpine:3.20 AS app\nONBUILD COPY --from=app /x /x\n" },
    { name: "no --from", code: "FROM alpine:3.20 AS app\nCOPY app /app\n" },
  ],
  invalid: [
    {
      code: "FROM debian:jessie as build\nRUN stuff\nFROM debian:jessie as install\nCOPY --from=install some stuff ./\n",
      errors: [{ messageId: "self", line: 4, column: 13 }],
      output: null,
    },
    {
      name: "names ignore case",
      code: "FROM alpine:3.20 AS Build\nCOPY --from=BUILD /x /y\n",
      errors: [{ messageId: "self", line: 2, column: 13, message: /--from=BUILD/ }],
      output: null,
    },
    {
      name: "its own index",
      code: "FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=1 /x /y\n",
      errors: [{ messageId: "self", line: 3, column: 13 }],
      output: null,
    },
    {
      name: "through variables, multi-line",
      code: "ARG STAGE=app\nFROM alpine:3.20 AS ${STAGE}\nARG STAGE\nCOPY --chown=1:1 \\\n  --from=${STAGE} /x /y\n",
      errors: [{ messageId: "self", line: 5, column: 10 }],
      output: null,
    },
    {
      name: "difference: the stage's own index is flagged too",
      code: "FROM alpine:3.20\nRUN true\nFROM alpine:3.20\nCOPY --from=1 /a /b\n",
      errors: [{ messageId: "self", line: 4, column: 13 }],
      output: null,
    },
    {
      name: "difference: the stage name is substituted first",
      code: "ARG NAME=build\nFROM alpine:3.20 AS ${NAME}\nCOPY --from=build /a /b\n",
      errors: [{ messageId: "self", line: 3, column: 13 }],
      output: null,
    },
  ],
});
