import { testRule } from "../rule-tester.js";

testRule("copy-relative-dest", {
  valid: [
    "FROM scratch\nCOPY bla.sh /usr/local/bin/blubb.sh\n",
    { name: "quoted absolute", code: 'FROM scratch\nCOPY bla.sh "/usr/local/bin/blubb.sh"\n' },
    { name: "windows", code: "FROM scratch\nCOPY bla.sh c:\\system32\\blubb.sh\n" },
    { name: "windows, quoted", code: 'FROM scratch\nCOPY bla.sh "d:\\mypath\\blubb.sh"\n' },
    { name: "windows, forward slashes", code: "FROM scratch\nCOPY bla.sh c:/system32/blubb.sh\n" },
    { name: "WORKDIR set", code: "FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n" },
    { name: "WORKDIR set, windows", code: "FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh\n" },
    { name: "unknown variable", code: "FROM scratch\nCOPY src.sh ${SRC_BASE_ENV}\n" },
    { name: "unknown variable, quoted", code: 'FROM scratch\nCOPY src.sh "$SRC_BASE_ENV"\n' },
    { name: "variable resolving to an absolute path", code: "FROM scratch\nENV APP=/app\nCOPY src.sh $APP/\n" },
    {
      name: "WORKDIR inherited from the base stage",
      code: "FROM debian:buster AS base\nWORKDIR /usr\nFROM debian:buster AS stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n",
    },
    {
      name: "WORKDIR inherited, deep",
      code: "FROM debian:buster AS base1\nWORKDIR /usr\nFROM base1 AS base2\nRUN foo\nFROM base2\nCOPY foo bar\n",
    },
    { name: "both in ONBUILD", code: "FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n" },
    { name: "ONBUILD COPY after a WORKDIR", code: "FROM debian:buster\nWORKDIR /usr/local/lib\nONBUILD COPY foo bar\n" },
    { name: "ADD is not checked", code: "FROM scratch\nADD foo bar\n" },
    { name: "difference: inside ONBUILD, a WORKDIR set earlier in the stage counts", code: "FROM alpine:3.20\nWORKDIR /app\nONBUILD COPY a.txt dest/\n" },
  ],
  invalid: [
    {
      code: "FROM scratch\nCOPY bla.sh blubb.sh\n",
      errors: [{ messageId: "relative", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "quoted relative",
      code: 'FROM scratch\nCOPY bla.sh "blubb.sh"\n',
      errors: [{ messageId: "relative", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "WORKDIR in an unrelated earlier stage",
      code: "FROM debian:buster AS stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar\n",
      errors: [{ messageId: "relative", line: 4, column: 10 }],
      output: null,
    },
    {
      name: "WORKDIR after the COPY",
      code: "FROM debian:buster\nCOPY . .\nWORKDIR /app\n",
      errors: [{ messageId: "relative", line: 2, column: 8 }],
      output: null,
    },
    {
      name: "single characters, multi-line, exec form",
      code: 'FROM debian:buster\nCOPY a b\nCOPY --chown=1:1 \\\n  ["x", "./y"]\n',
      errors: [{ messageId: "relative", line: 2, column: 8 }, { messageId: "relative", line: 4, column: 9 }],
      output: null,
    },
    {
      name: "ONBUILD WORKDIR does not count for this image",
      code: "FROM debian:buster\nONBUILD WORKDIR /app\nCOPY foo bar\n",
      errors: [{ messageId: "relative", line: 3, column: 10 }],
      output: null,
    },
    {
      name: "ONBUILD COPY without WORKDIR",
      code: "FROM debian:buster\nONBUILD COPY foo bar\n",
      errors: [{ messageId: "relative", line: 2, column: 18 }],
      output: null,
    },
    {
      name: "variable resolving to a relative path",
      code: "FROM scratch\nARG DEST=app/\nCOPY foo $DEST\n",
      errors: [{ messageId: "relative", line: 3, column: 10, message: /`app\/`/ }],
      output: null,
    },
    {
      name: "difference: a destination that resolves to a relative path is flagged",
      code: "FROM alpine:3.20\nARG DEST=app/\nCOPY a.txt ${DEST}\n",
      errors: [{ messageId: "relative", line: 3, column: 12 }],
      output: null,
    },
    {
      name: "difference: a WORKDIR of an unrelated earlier stage on the same base image does not count",
      code: "FROM alpine:3.20 AS a\nWORKDIR /app\nFROM alpine:3.20\nCOPY a.txt dest/\n",
      errors: [{ messageId: "relative", line: 4, column: 12 }],
      output: null,
    },
  ],
});
