import { testRule } from "../rule-tester.js";

testRule("copy-dest-slash", {
  valid: [
    "FROM node:22\nCOPY package.json yarn.lock my_app/\n",
    { name: "one source", code: "FROM node:22\nCOPY package.json /app/package.json\n" },
    { name: "one source into a folder name", code: "FROM node:22\nCOPY src /app\n" },
    { name: "dot is a directory", code: "FROM node:22\nWORKDIR /app\nCOPY package.json yarn.lock .\n" },
    { name: "./", code: "FROM node:22\nWORKDIR /app\nCOPY package.json yarn.lock ./\n" },
    { name: "..", code: "FROM node:22\nWORKDIR /app/x\nCOPY a b ..\n" },
    { name: "exec form with slash", code: 'FROM node:22\nCOPY ["a", "b", "/app/"]\n' },
    { name: "variable ending with a slash", code: "FROM node:22\nARG DIR=/app/\nCOPY a b ${DIR}\n" },
    { name: "unknown variable", code: "FROM node:22\nARG DIR\nCOPY a b $DIR\n" },
    { name: "flags are not sources", code: "FROM node:22\nCOPY --from=build --chown=1:1 /out /app\n" },
    { name: "flag without = is a syntax error, not several sources", code: "FROM node:22\nCOPY --chown 1:1 a.txt /tmp\n" },
    { name: "Windows path", code: "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY a b C:\\app\\\n" },
    { name: "difference: a destination of . is a directory as written, as BuildKit accepts it", code: "FROM alpine:3.20\nWORKDIR /app\nCOPY a.txt b.txt .\n" },
    { name: "difference: a destination ending in /. is a directory as written", code: "FROM alpine:3.20\nCOPY a.txt b.txt /app/.\n" },
    { name: "difference: a destination from a variable of unknown value is not flagged", code: "FROM alpine:3.20\nARG DEST\nCOPY a.txt b.txt ${DEST}\n" },
  ],
  invalid: [
    {
      code: "FROM node:22\nCOPY package.json yarn.lock my_app\n",
      errors: [{ messageId: "noSlash", line: 2, column: 29, message: /`my_app\/`/ }],
      output: "FROM node:22\nCOPY package.json yarn.lock my_app/\n",
    },
    {
      name: "ADD too",
      code: "FROM node:22\nADD a b /app\n",
      errors: [{ messageId: "noSlash", line: 2, column: 9 }],
      output: "FROM node:22\nADD a b /app/\n",
    },
    {
      name: "exec form: the slash goes inside the quotes",
      code: 'FROM node:22\nCOPY ["a", "b", "/app"]\n',
      errors: [{ messageId: "noSlash", line: 2, column: 17 }],
      output: 'FROM node:22\nCOPY ["a", "b", "/app/"]\n',
    },
    {
      name: "multi-line with flags, CRLF",
      code: "FROM node:22\r\nCOPY --chown=node:node \\\r\n    package.json \\\r\n    yarn.lock \\\r\n    /app\r\n",
      errors: [{ messageId: "noSlash", line: 5, column: 5 }],
      output: "FROM node:22\r\nCOPY --chown=node:node \\\r\n    package.json \\\r\n    yarn.lock \\\r\n    /app/\r\n",
    },
    {
      name: "quoted destination",
      code: 'FROM node:22\nCOPY a.js b.js "/srv/www"\n',
      errors: [{ messageId: "noSlash", line: 2, column: 16 }],
      output: 'FROM node:22\nCOPY a.js b.js "/srv/www/"\n',
    },
    {
      name: "heredocs are sources",
      code: "FROM node:22\nCOPY <<a <<b /etc\n1\na\n2\nb\n",
      errors: [{ messageId: "noSlash", line: 2, column: 14 }],
      output: "FROM node:22\nCOPY <<a <<b /etc/\n1\na\n2\nb\n",
    },
    {
      name: "variable resolved to a path without slash",
      code: "FROM node:22\nENV APP=/app\nCOPY a b $APP\n",
      errors: [{ messageId: "noSlash", line: 3, column: 10, message: /`\$APP\/`/ }],
      output: "FROM node:22\nENV APP=/app\nCOPY a b $APP/\n",
    },
  ],
});
