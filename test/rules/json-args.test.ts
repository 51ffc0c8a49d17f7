import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

testRule("json-args", {
  valid: [
    { name: "data-science example is exec form", code: dataScience },
    'FROM alpine:3.20\nENTRYPOINT ["/app", "serve"]\nCMD [ "--port", "80" ]\n',
    { name: "SHELL set explicitly (BuildKit)", code: 'FROM alpine:3.20\nSHELL ["/bin/sh", "-c"]\nCMD echo hello\n' },
    { name: "SHELL inherited from the stage it builds on", code: 'FROM alpine:3.20 AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nENTRYPOINT ./start.sh\n' },
    { name: "RUN is not concerned", code: "FROM alpine:3.20\nRUN echo hello\n" },
    { name: "multi-line exec form", code: 'FROM alpine:3.20\nCMD [ "/bin/sh", "-c", \\\n  "echo foo && \\\n  echo bar" ]\n' },
    { name: "difference: a SHELL instruction in the stage exempts shell form (hadolint flags it)", code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nCMD echo hello\n' },
  ],
  invalid: [
    {
      name: "plain words are converted",
      code: "FROM python:3.12\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n",
      errors: [{ messageId: "shellForm", line: 2, column: 1 }],
      output: 'FROM python:3.12\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n',
    },
    {
      name: "simple quotes removed, leading exec dropped, continuation joined",
      code: "FROM python:3.12\nCMD exec jupyter notebook --ip='*' \\\n    --NotebookApp.token=\"\"\n",
      errors: [{ messageId: "shellForm", line: 2, column: 1 }],
      output: 'FROM python:3.12\nCMD ["jupyter", "notebook", "--ip=*", "--NotebookApp.token="]\n',
    },
    {
      name: "ENTRYPOINT without a CMD in the stage; lower-case keyword",
      code: "FROM alpine:3.20 AS base\nCMD [\"x\"]\nFROM base\nentrypoint /usr/local/bin/app --config /etc/app.yml\n",
      errors: [{ messageId: "shellForm", line: 4, column: 1 }],
      output: 'FROM alpine:3.20 AS base\nCMD ["x"]\nFROM base\nentrypoint ["/usr/local/bin/app", "--config", "/etc/app.yml"]\n',
    },
    {
      name: "shell syntax: reported, not rewritten",
      code: "FROM python:3.12\nCMD exec gunicorn --bind :$PORT main:app\nFROM nginx:1.27\nCMD nginx -g 'daemon off;' && echo done\nFROM alpine:3.20\nCMD cd /app; ./run\n",
      errors: [
        { messageId: "shellFormNoFix", line: 2, column: 1 },
        { messageId: "shellFormNoFix", line: 4, column: 1 },
        { messageId: "shellFormNoFix", line: 6, column: 1 },
      ],
      output: null,
    },
    {
      name: "globs, redirects, ~, builtins and assignments are shell",
      code: "FROM alpine:3.20\nCMD ls *.txt\nCMD app > /tmp/log\nCMD ~/bin/app\nCMD source env.sh\nCMD FOO=1 app\nCMD app \\# not a comment\n",
      errors: [
        { messageId: "shellFormNoFix", line: 2, column: 1 },
        { messageId: "shellFormNoFix", line: 3, column: 1 },
        { messageId: "shellFormNoFix", line: 4, column: 1 },
        { messageId: "shellFormNoFix", line: 5, column: 1 },
        { messageId: "shellFormNoFix", line: 6, column: 1 },
        { messageId: "shellFormNoFix", line: 7, column: 1 },
      ],
      output: null,
    },
    {
      name: "CMD under an ENTRYPOINT, ENTRYPOINT with a CMD: not rewritten",
      code: 'FROM alpine:3.20\nENTRYPOINT ["tini", "--"]\nCMD app serve\nFROM alpine:3.20\nENTRYPOINT app\nCMD ["--verbose"]\nFROM alpine:3.20 AS base\nENTRYPOINT app\nFROM base\nCMD ["--verbose"]\n',
      errors: [
        { messageId: "shellFormNoFix", line: 3, column: 1 },
        { messageId: "shellFormNoFix", line: 5, column: 1 },
        { messageId: "shellFormNoFix", line: 8, column: 1 },
      ],
      output: null,
    },
    {
      name: "looks like JSON but is not",
      code: "FROM alpine:3.20\nCMD ['/app', 'serve']\n",
      errors: [{ messageId: "invalidJson", line: 2, column: 1 }],
      output: null,
    },
    {
      name: "CRLF kept",
      code: "FROM alpine:3.20\r\nCMD /app serve\r\n",
      errors: [{ messageId: "shellForm", line: 2, column: 1 }],
      output: 'FROM alpine:3.20\r\nCMD ["/app", "serve"]\r\n',
    },
    {
      name: "difference: text that starts with [ but is not JSON gets its own message",
      code: "FROM alpine:3.20\nCMD ['echo', 'hello']\n",
      errors: [{ messageId: "invalidJson", line: 2, column: 1 }],
      output: null,
    },
  ],
});
