import { testRule } from "../rule-tester.js";

testRule("no-multiple-healthcheck", {
  valid: [
    'FROM busybox:1.36\nHEALTHCHECK CMD ["/bin/true"]\n',
    { name: "one HEALTHCHECK per stage", code: 'FROM busybox:1.36 AS a\nHEALTHCHECK CMD ["a"]\nFROM busybox:1.36\nHEALTHCHECK CMD ["b"]\n' },
    { name: "overriding the parent stage HEALTHCHECK", code: 'FROM busybox:1.36 AS base\nHEALTHCHECK CMD ["a"]\nFROM base\nHEALTHCHECK CMD ["b"]\n' },
    { name: "ONBUILD HEALTHCHECK CMD is a trigger", code: 'FROM busybox:1.36\nONBUILD HEALTHCHECK CMD ["a"]\nHEALTHCHECK CMD ["b"]\n' },
    { name: "no HEALTHCHECK", code: "FROM busybox:1.36\nRUN true\n" },
    { name: "NONE in a child stage turns the parent's off", code: "FROM busybox:1.36 AS base\nHEALTHCHECK CMD true\nFROM base\nHEALTHCHECK NONE\n" },
    { name: "difference: HEALTHCHECK inside ONBUILD is not counted", code: 'FROM alpine:3.20\nHEALTHCHECK CMD ["a"]\nONBUILD HEALTHCHECK CMD ["b"]\n' },
  ],
  invalid: [
    {
      name: "the earlier HEALTHCHECK is reported",
      code: 'FROM busybox:1.36\nHEALTHCHECK CMD ["/bin/true"]\nHEALTHCHECK CMD ["/bin/false"]\n',
      errors: [{ messageId: "overridden", line: 2, column: 1, message: /line 3/ }],
      output: null,
    },
    {
      name: "three HEALTHCHECKs, lower case, shell form",
      code: "FROM busybox:1.36\nhealthcheck CMD echo a\nRUN true\n  healthcheck CMD echo b\nHEALTHCHECK CMD echo c\n",
      errors: [{ messageId: "overridden", line: 2, column: 1, message: /line 5/ }, { messageId: "overridden", line: 4, column: 3, message: /line 5/ }],
      output: null,
    },
    {
      name: "NONE then CMD: NONE is overridden",
      code: "FROM busybox:1.36\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s \\\n  CMD true\n",
      errors: [{ messageId: "overridden", line: 2, column: 1, message: /line 3/ }],
      output: null,
    },
    {
      name: "per stage",
      code: 'FROM busybox:1.36 AS a\nHEALTHCHECK CMD ["a"]\nFROM busybox:1.36\nHEALTHCHECK CMD ["b"]\nHEALTHCHECK CMD ["c"]\n',
      errors: [{ messageId: "overridden", line: 4, column: 1 }],
      output: null,
    },
    {
      name: "difference: the earlier HEALTHCHECK, the one without effect, is reported (hadolint reports the later)",
      code: 'FROM alpine:3.20\nHEALTHCHECK CMD ["a"]\nHEALTHCHECK CMD ["b"]\n',
      errors: [{ messageId: "overridden", line: 2, column: 1 }],
      output: null,
    },
  ],
});
