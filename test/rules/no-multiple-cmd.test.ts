import { testRule } from "../rule-tester.js";

testRule("no-multiple-cmd", {
  valid: [
    'FROM busybox:1.36\nCMD ["/bin/true"]\n',
    { name: "one CMD per stage", code: 'FROM busybox:1.36 AS a\nCMD ["a"]\nFROM busybox:1.36\nCMD ["b"]\n' },
    { name: "overriding the parent stage's CMD", code: 'FROM busybox:1.36 AS base\nCMD ["a"]\nFROM base\nCMD ["b"]\n' },
    { name: "ONBUILD CMD is a trigger", code: 'FROM busybox:1.36\nONBUILD CMD ["a"]\nCMD ["b"]\n' },
    { name: "no CMD", code: "FROM busybox:1.36\nRUN true\n" },
    { name: "difference: CMD inside ONBUILD is not counted", code: 'FROM alpine:3.20\nCMD ["a"]\nONBUILD CMD ["b"]\n' },
  ],
  invalid: [
    {
      name: "the earlier CMD is reported",
      code: 'FROM busybox:1.36\nCMD ["/bin/true"]\nCMD ["/bin/false"]\n',
      errors: [{ messageId: "overridden", line: 2, column: 1, message: /line 3/ }],
      output: null,
    },
    {
      name: "three CMDs, lower case, shell form",
      code: "FROM busybox:1.36\ncmd echo a\nRUN true\n  cmd echo b\nCMD echo c\n",
      errors: [{ messageId: "overridden", line: 2, column: 1, message: /line 5/ }, { messageId: "overridden", line: 4, column: 3, message: /line 5/ }],
      output: null,
    },
    {
      name: "per stage",
      code: 'FROM busybox:1.36 AS a\nCMD ["a"]\nFROM busybox:1.36\nCMD ["b"]\nCMD ["c"]\n',
      errors: [{ messageId: "overridden", line: 4, column: 1 }],
      output: null,
    },
    {
      name: "difference: the earlier CMD, the one without effect, is reported (hadolint reports the later)",
      code: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n',
      errors: [{ messageId: "overridden", line: 2, column: 1 }],
      output: null,
    },
  ],
});
