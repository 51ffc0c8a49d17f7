import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

const F = "FROM debian:12-slim\n";

testRule("consolidate-run", {
  valid: [
    { name: "the data-science example", code: dataScience },
    F + "RUN apt-get update && apt-get install -y curl\n",
    { name: "not consecutive", code: F + "RUN /foo.sh\nWORKDIR /\nRUN /bar.sh\n" },
    { name: "first chains commands", code: F + "RUN foo && bar\nRUN foobar\n" },
    { name: "first is a list", code: F + "RUN foo; bar\nRUN foobar\n" },
    { name: "second chains commands", code: F + "RUN foobar\nRUN foo && bar\n" },
    { name: "unset counts as a command", code: F + "RUN unset CFLAGS && pip3 install meson==1.4.0\nRUN git clone https://example.com/repo.git\n" },
    { name: "export counts as a command", code: F + "RUN make\nRUN export A=1 && make install\n" },
    { name: "a pipe is two commands", code: F + "RUN curl -fsSL https://example.com/x.sh | sh\nRUN foo\n" },
    { name: "different mount flags", code: F + "RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n" },
    { name: "different mount values", code: F + "RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh\n" },
    { name: "different stages", code: F + "RUN foo\nFROM alpine:3.20\nRUN bar\n" },
    { name: "one RUN after a comment", code: F + "# a comment\nRUN /foo.sh\n" },
    { name: "a heredoc with several commands", code: F + "RUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nRUN foo\n" },
    { name: "PowerShell RUNs are not judged", code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host a\nRUN Write-Host b\n' },
  ],
  invalid: [
    {
      code: F + "RUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n",
      errors: [{ messageId: "consolidate", line: 3, column: 1 }],
      output: F + "RUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl\n",
    },
    {
      name: "three in a row: two findings, one RUN after --fix",
      code: F + "RUN a\nRUN b\nRUN c\n",
      errors: [
        { messageId: "consolidate", line: 3, column: 1 },
        { messageId: "consolidate", line: 4, column: 1 },
      ],
      output: F + "RUN a && \\\n    b && \\\n    c\n",
    },
    {
      name: "chained, then two single commands (hadolint's case)",
      code: F + "RUN foo && bar\nRUN foo\nRUN bar\n",
      errors: [{ messageId: "consolidate", line: 4, column: 1 }],
      output: F + "RUN foo && bar\nRUN foo && \\\n    bar\n",
    },
    {
      name: "same flags are kept once",
      code: F + "RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n",
      errors: [{ messageId: "consolidate", line: 3, column: 1 }],
      output: F + "RUN --mount=type=secret,id=foo /foo.sh && \\\n    /bar.sh\n",
    },
    {
      name: "blank lines between are dropped",
      code: F + "RUN make\n\n\nRUN make install\n",
      errors: [{ messageId: "consolidate", line: 5, column: 1 }],
      output: F + "RUN make && \\\n    make install\n",
    },
    {
      name: "multi-line RUNs keep their indentation",
      code: F + "RUN pip install \\\n      --no-cache-dir numpy\nRUN python -c \\\n      'import numpy'\n",
      errors: [{ messageId: "consolidate", line: 4, column: 1 }],
      output: F + "RUN pip install \\\n      --no-cache-dir numpy && \\\n      python -c \\\n      'import numpy'\n",
    },
    {
      name: "sh -c is one command",
      code: F + "RUN sh -c 'cd /src && make'\nRUN make test\n",
      errors: [{ messageId: "consolidate", line: 3, column: 1 }],
      output: F + "RUN sh -c 'cd /src && make' && \\\n    make test\n",
    },
    {
      name: "an assignment for one command only",
      code: F + "RUN DEBIAN_FRONTEND=noninteractive apt-get update\nRUN apt-get install -y curl\n",
      errors: [{ messageId: "consolidate", line: 3, column: 1 }],
      output: F + "RUN DEBIAN_FRONTEND=noninteractive apt-get update && \\\n    apt-get install -y curl\n",
    },
    {
      name: "CRLF line endings are kept",
      code: "FROM debian:12-slim\r\nRUN a\r\nRUN b\r\n",
      errors: [{ messageId: "consolidate", line: 3, column: 1 }],
      output: "FROM debian:12-slim\r\nRUN a && \\\r\n    b\r\n",
    },
    {
      name: "the escape directive is kept",
      code: "# escape=`\nFROM debian:12-slim\nRUN a\nRUN b\n",
      errors: [{ messageId: "consolidate", line: 4, column: 1 }],
      output: "# escape=`\nFROM debian:12-slim\nRUN a && `\n    b\n",
    },
    {
      name: "lower-case keywords",
      code: F + "run a\nrun b\n",
      errors: [{ messageId: "consolidate", line: 3, column: 1 }],
      output: F + "run a && \\\n    b\n",
    },
    // flagged, but joining would change what runs: no fix
    { name: "comment between", code: F + "RUN /foo.sh\n# a comment\nRUN /bar.sh\n", errors: [{ messageId: "consolidate", line: 4, column: 1 }], output: null },
    { name: "cd", code: F + "RUN cd /src\nRUN make\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    { name: "export", code: F + "RUN export PATH=/opt/bin:$PATH\nRUN tool\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    { name: "set", code: F + "RUN set -x\nRUN make\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    { name: "source", code: F + "RUN . /opt/venv/bin/activate\nRUN pip install x\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    { name: "umask", code: F + "RUN umask 077\nRUN touch /secret\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    { name: "unset", code: F + "RUN unset HISTFILE\nRUN bash -i\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    { name: "bare assignment", code: F + "RUN A=1\nRUN echo $A\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    {
      name: "a loop leaves its variable set",
      code: F + "RUN for f in a b; do touch $f; done\nRUN echo $f\n",
      errors: [{ messageId: "consolidate", line: 3, column: 1 }],
      output: null,
    },
    { name: "trailing &", code: F + "RUN server &\nRUN client\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    { name: "trailing ;", code: F + "RUN make;\nRUN make install\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    { name: "trailing comment", code: F + "RUN make # build\nRUN make install\n", errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    { name: "exec form", code: F + 'RUN ["make"]\nRUN ["make", "install"]\n', errors: [{ messageId: "consolidate", line: 3, column: 1 }], output: null },
    {
      name: "heredoc",
      code: F + "RUN <<EOF\napt-get update\nEOF\nRUN apt-get install -y curl\n",
      errors: [{ messageId: "consolidate", line: 5, column: 1 }],
      output: null,
    },
  ],
});
