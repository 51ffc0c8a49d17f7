import { testRule } from "../rule-tester.js";

const SHELL_BASH = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n';

testRule("pipefail", {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n",
    { name: "hadolint's case", code: `FROM debian:12-slim\n${SHELL_BASH}RUN wget -O - https://some.site | wc -l > /number\n` },
    { name: "bash under /usr/bin", code: 'FROM debian:12-slim\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\n' },
    { name: "bundled -euo", code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-euo", "pipefail", "-c"]\nRUN a | b\n' },
    { name: "zsh by name", code: 'FROM debian:12-slim\nSHELL ["zsh", "-o", "pipefail", "-c"]\nRUN a | b\n' },
    { name: "inherited through FROM <stage>", code: `FROM debian:12-slim AS base\n${SHELL_BASH}FROM base\nRUN a | b\n` },
    { name: "set -o pipefail first", code: "FROM alpine:3.20\nRUN set -o pipefail && wget -qO- https://x | tar -xz\n" },
    { name: "set -euo pipefail in a multi-line RUN", code: "FROM debian:12-slim\nRUN set -euo pipefail; \\\n    curl -fsSL https://x \\\n    | sh\n" },
    { name: "heredoc with bash shebang and set", code: "FROM debian:12-slim\nRUN <<EOF\n#!/bin/bash\nset -eo pipefail\ncurl -fsSL https://x | sh\nEOF\n" },
    { name: "fed by echo/printf/yes", code: 'FROM debian:12-slim\nRUN echo "$SHA  /tmp/x.tgz" | sha256sum -c - && V=$(printf %s "$X" | cut -d. -f1) && yes | /usr/bin/apt-get install x\n' },
    { name: "|| is not a pipe", code: "FROM debian:12-slim\nRUN make || true\n" },
    { name: "pipe in a string", code: "FROM debian:12-slim\nRUN echo 'a | b'\n" },
    { name: "exec form", code: 'FROM debian:12-slim\nRUN ["sh", "-c", "a | b"]\n' },
    { name: "sh -c script runs in a child shell", code: "FROM debian:12-slim\nRUN bash -o pipefail -c 'a | b'\n" },
    { name: "pwsh", code: 'FROM mcr.microsoft.com/powershell:7.4\nSHELL ["pwsh", "-Command"]\nRUN Get-Item x | Remove-Item\n' },
    { name: "difference: set -o pipefail before the pipe in the same RUN counts (hadolint ignores it)", code: 'FROM debian:12\nSHELL ["/usr/bin/bash", "-c"]\nRUN set -o pipefail && curl -fsSL https://example.com/x | tar -xz\n' },
    { name: "difference: a pipeline fed only by echo is not judged", code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo "$SHA  file.tgz" | sha256sum -c -\n' },
    { name: "difference: pipes in a sh -c script run in a child shell and are not judged", code: "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN sh -c 'curl -fsSL https://example.com/x | tar -xz'\n" },
    { name: "difference: a SHELL inherited through FROM <stage> counts", code: 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://example.com/x | tar -xz\n' },
  ],
  invalid: [
    {
      name: "hadolint's case",
      code: "FROM debian:12-slim\nRUN wget -O - https://some.site | wc -l > /number\n",
      errors: [
        {
          messageId: "missing",
          line: 2,
          column: 33,
          suggestions: [
            { messageId: "addShell", output: `FROM debian:12-slim\n${SHELL_BASH}RUN wget -O - https://some.site | wc -l > /number\n` },
            { messageId: "addSet", output: "FROM debian:12-slim\nRUN set -o pipefail && wget -O - https://some.site | wc -l > /number\n" },
          ],
        },
      ],
      output: null,
    },
    {
      name: "SHELL without pipefail, pipe on a continuation line, one finding per RUN",
      code: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\nRUN echo x | cut -c1 && curl -fsSL https://x \\\n  | gpg --dearmor > k.gpg \\\n  && a | b\n',
      errors: [{ messageId: "missing", line: 4, column: 3, suggestions: [{ messageId: "addShell", output: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo x | cut -c1 && curl -fsSL https://x \\\n  | gpg --dearmor > k.gpg \\\n  && a | b\n' }, { messageId: "addSet", output: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\nRUN set -o pipefail && echo x | cut -c1 && curl -fsSL https://x \\\n  | gpg --dearmor > k.gpg \\\n  && a | b\n' }] }],
      output: null,
    },
    {
      name: "set after the pipe does not count; ash keeps its path in the suggestion",
      code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nRUN a | b; set -o pipefail\n',
      errors: [
        {
          messageId: "missing",
          line: 3,
          column: 7,
          suggestions: [
            { output: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN a | b; set -o pipefail\n' },
            { output: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nRUN set -o pipefail && a | b; set -o pipefail\n' },
          ],
        },
      ],
      output: null,
    },
    {
      name: "SHELL in another stage does not count; echo then a command that can fail",
      code: `FROM debian:12-slim AS a\n${SHELL_BASH}FROM debian:12-slim\nRUN echo x | a |& b\n`,
      errors: [{ messageId: "missing", line: 4, column: 12, suggestions: [{ messageId: "addShell", output: 'FROM debian:12-slim AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN echo x | a |& b\n' }, { messageId: "addSet", output: 'FROM debian:12-slim AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12-slim\nRUN set -o pipefail && echo x | a |& b\n' }] }],
      output: null,
    },
    {
      name: "heredoc without pipefail: only the SHELL suggestion; CRLF kept",
      code: "FROM debian:12-slim\r\nRUN <<EOF\r\ncurl x | sh\r\nEOF\r\n",
      errors: [
        {
          messageId: "missing",
          line: 3,
          column: 8,
          suggestions: [{ output: `FROM debian:12-slim\r\n${SHELL_BASH.replace("\n", "\r\n")}RUN <<EOF\r\ncurl x | sh\r\nEOF\r\n` }],
        },
      ],
      output: null,
    },
    {
      name: "after a mount flag, in a command substitution",
      code: "FROM debian:12-slim\nRUN --mount=type=cache,target=/root/.cache V=$(curl x | jq -r .v) && echo $V\n",
      errors: [
        {
          messageId: "missing",
          line: 2,
          column: 55,
          suggestions: [
            { output: `FROM debian:12-slim\n${SHELL_BASH}RUN --mount=type=cache,target=/root/.cache V=$(curl x | jq -r .v) && echo $V\n` },
            { output: "FROM debian:12-slim\nRUN --mount=type=cache,target=/root/.cache set -o pipefail && V=$(curl x | jq -r .v) && echo $V\n" },
          ],
        },
      ],
      output: null,
    },
  ],
});
