import { testRule } from "../rule-tester.js";

testRule("no-multiple-entrypoint", {
  valid: [
    'FROM busybox:1.36\nENTRYPOINT ["/bin/true"]\n',
    { name: "one ENTRYPOINT per stage", code: 'FROM busybox:1.36 AS a\nENTRYPOINT ["a"]\nFROM busybox:1.36\nENTRYPOINT ["b"]\n' },
    { name: "overriding the parent stage's ENTRYPOINT", code: 'FROM busybox:1.36 AS base\nENTRYPOINT ["a"]\nFROM base\nENTRYPOINT ["b"]\n' },
    { name: "ONBUILD ENTRYPOINT is a trigger", code: 'FROM busybox:1.36\nONBUILD ENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n' },
    { name: "no ENTRYPOINT", code: "FROM busybox:1.36\nRUN true\n" },
    { name: "difference: ENTRYPOINT inside ONBUILD is not counted", code: 'FROM alpine:3.20\nENTRYPOINT ["a"]\nONBUILD ENTRYPOINT ["b"]\n' },
  ],
  invalid: [
    {
      name: "BuildKit's documented case",
      code: 'FROM alpine\nENTRYPOINT ["echo", "Hello, Norway!"]\nENTRYPOINT ["echo", "Hello, Sweden!"]\n',
      errors: [{ messageId: "overridden", line: 2, column: 1, message: /line 3/ }],
      output: null,
    },
    {
      name: "the earlier ENTRYPOINT is reported",
      code: 'FROM busybox:1.36\nENTRYPOINT ["/bin/true"]\nENTRYPOINT ["/bin/false"]\n',
      errors: [{ messageId: "overridden", line: 2, column: 1, message: /line 3/ }],
      output: null,
    },
    {
      name: "three ENTRYPOINTs, lower case, shell form",
      code: "FROM busybox:1.36\nentrypoint echo a\nRUN true\n  entrypoint echo b\nENTRYPOINT echo c\n",
      errors: [{ messageId: "overridden", line: 2, column: 1, message: /line 5/ }, { messageId: "overridden", line: 4, column: 3, message: /line 5/ }],
      output: null,
    },
    {
      name: "per stage",
      code: 'FROM busybox:1.36 AS a\nENTRYPOINT ["a"]\nFROM busybox:1.36\nENTRYPOINT ["b"]\nENTRYPOINT ["c"]\n',
      errors: [{ messageId: "overridden", line: 4, column: 1 }],
      output: null,
    },
    {
      name: "difference: the earlier ENTRYPOINT, the one without effect, is reported (hadolint reports the later)",
      code: 'FROM alpine:3.20\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n',
      errors: [{ messageId: "overridden", line: 2, column: 1 }],
      output: null,
    },
  ],
});
