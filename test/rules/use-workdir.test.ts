import { testRule } from "../rule-tester.js";

testRule("use-workdir", {
  valid: [
    "FROM busybox:1.36\nWORKDIR /opt\n",
    { name: "subshell", code: "FROM debian:12-slim\nRUN (cd /usr/src/app && make) && make -C /usr/src/lib\n" },
    { name: "command substitution", code: 'FROM debian:12-slim\nRUN DIR="$(cd "$(dirname "$0")" && pwd)" && echo "$DIR"\n' },
    { name: "sh -c script", code: "FROM debian:12-slim\nRUN sh -c 'cd /tmp && make'\n" },
    { name: "process substitution", code: "FROM debian:12-slim\nRUN diff <(cd /a && ls) <(cd /b && ls)\n" },
    { name: "substitution in a heredoc script", code: "FROM debian:12-slim\nRUN <<EOF\nset -e\nX=$(cd /opt && pwd)\nEOF\n" },
    { name: "redirected subshell", code: "FROM debian:12-slim\nRUN (cd /opt && make) > /dev/null\n" },
    { name: "directory only the shell knows", code: 'FROM debian:12-slim\nRUN tmp="$(mktemp -d)" && cd "$tmp" && curl -fsSLO https://example.com/x.tgz\n' },
    { name: "loop variable", code: "FROM debian:12-slim\nRUN for d in a b; do cd $d; make; cd ..; done\n" },
    { name: "ARG without a value", code: "FROM debian:12-slim\nARG SRC\nRUN cd $SRC && make\n" },
    { name: "cd as an argument", code: "FROM debian:12-slim\nRUN echo cd /opt\n" },
    { name: "exec form is not a shell", code: 'FROM debian:12-slim\nRUN ["make", "-C", "/opt"]\n' },
    { name: "pwsh", code: 'FROM mcr.microsoft.com/powershell:7.4\nSHELL ["pwsh", "-Command"]\nRUN cd C:/app; make\n' },
    { name: "difference: a cd whose effect ends with its subshell is not flagged (hadolint flags every cd)", code: "FROM alpine:3.20\nRUN (cd /src && make)\n" },
    { name: "difference: cd in a command substitution, to a shell-only directory, or back is not flagged", code: 'FROM alpine:3.20\nRUN DIR=$(cd /src && pwd) && cd "$tmp" && cd ..\n' },
    { name: "difference: cd in a sh -c script is not flagged", code: "FROM alpine:3.20\nRUN sh -c 'cd /src && make'\n" },
  ],
  invalid: [
    {
      name: "hadolint's case",
      code: "FROM busybox:1.36\nRUN cd /opt\n",
      errors: [{ messageId: "useWorkdir", line: 2, column: 5, message: /Use WORKDIR \/opt/ }],
      output: null,
    },
    {
      code: "FROM busybox:1.36\nRUN cd /usr/src/app && git clone git@github.com:example/app.git .\n",
      errors: [{ messageId: "useWorkdir", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "multi-line RUN: one finding, at the first cd",
      code: "FROM debian:12-slim\nRUN apt-get update \\\n && cd /build \\\n && make \\\n && cd ..\n",
      errors: [{ messageId: "useWorkdir", line: 3, column: 5 }],
      output: null,
    },
    {
      name: "ENV variable is substituted",
      code: "FROM debian:12-slim\nENV APP=/srv/app\nRUN cd ${APP} && npm ci\n",
      errors: [{ messageId: "useWorkdir", line: 3, column: 5, message: /WORKDIR \/srv\/app/ }],
      output: null,
    },
    {
      name: "subshell elsewhere does not scope this cd",
      code: "FROM debian:12-slim\nRUN (make) && cd /opt && make\n",
      errors: [{ messageId: "useWorkdir", line: 2, column: 15 }],
      output: null,
    },
    {
      name: "heredoc body",
      code: "FROM debian:12-slim\nRUN <<EOF\nset -e\ncd /opt\nmake\nEOF\n",
      errors: [{ messageId: "useWorkdir", line: 4, column: 1 }],
      output: null,
    },
    {
      name: "bare cd goes home",
      code: "FROM debian:12-slim\nRUN cd && ls\n",
      errors: [{ messageId: "useWorkdir", line: 2, column: 5, message: /WORKDIR ~/ }],
      output: null,
    },
    {
      name: "difference: one finding per RUN, at its first cd",
      code: "FROM alpine:3.20\nRUN cd /src && make && cd /docs && make\n",
      errors: [{ messageId: "useWorkdir", line: 2, column: 5 }],
      output: null,
    },
  ],
});
