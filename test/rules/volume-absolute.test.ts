import { testRule } from "../rule-tester.js";

testRule("volume-absolute", {
  valid: [
    "FROM postgres:16\nVOLUME /var/lib/postgresql/data\n",
    { name: "JSON form", code: 'FROM alpine:3.20\nVOLUME ["/data", "/logs"]\n' },
    { name: "JSON form with spaces inside the brackets", code: 'FROM alpine:3.20\nVOLUME [ "/data" ]\n' },
    { name: "several shell-form paths", code: "FROM alpine:3.20\nVOLUME /data /logs\n" },
    { name: "variable resolving to an absolute path", code: "FROM alpine:3.20\nENV DATA=/srv/data\nVOLUME $DATA ${DATA}/cache\n" },
    { name: "unresolved variable", code: "FROM alpine:3.20\nARG DATA_DIR\nVOLUME $DATA_DIR\n" },
    { name: "Windows paths", code: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nVOLUME C:\\\\data c:/logs \\\\share\n" },
  ],
  invalid: [
    {
      name: "relative path",
      code: "FROM alpine:3.20\nWORKDIR /app\nVOLUME data\n",
      errors: [{ messageId: "relative", line: 3, column: 8, message: /VOLUME `data` is relative/ }],
      output: null,
    },
    {
      name: "relative among absolute ones, on a continuation line",
      code: "FROM alpine:3.20\nVOLUME /data \\\n    ./cache\n",
      errors: [{ messageId: "relative", line: 3, column: 5 }],
      output: null,
    },
    {
      name: "relative in JSON form",
      code: 'FROM alpine:3.20\nVOLUME ["/data", "logs"]\n',
      errors: [{ messageId: "relative", line: 2, column: 18 }],
      output: null,
    },
    {
      name: "variable resolving to a relative path",
      code: "FROM alpine:3.20\nARG DIR=data\nVOLUME ${DIR}\n",
      errors: [{ messageId: "relative", line: 3, column: 8, message: /`data`/ }],
      output: null,
    },
    {
      name: "single quotes are not JSON",
      code: "FROM alpine:3.20\nVOLUME ['/data']\n",
      errors: [{ messageId: "notJson", line: 2, column: 8, message: /volume named `\[\/data\]`/ }],
      output: null,
    },
    {
      name: "unquoted list, reported once",
      code: "FROM alpine:3.20\nVOLUME [/data, /logs]\n",
      errors: [{ messageId: "notJson", line: 2, column: 8, message: /`\[\/data, \/logs\]` is not a JSON array/ }],
      output: null,
    },
  ],
});
