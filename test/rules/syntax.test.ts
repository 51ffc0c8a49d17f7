import { testRule } from "../rule-tester.js";

testRule("syntax", {
  valid: [
    'FROM alpine:3.20 AS build\nRUN --mount=type=cache,target=/root/.cache echo hi\nCMD ["echo", "a b"]\n',
    "FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\n",
    'FROM alpine:3.20\nRUN [ -f /etc/os-release ] && echo "ok"\n',
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\\n",
    'FROM alpine:3.20\nENV A=1 B="two words"\nHEALTHCHECK NONE\n',
  ],
  invalid: [
    { code: "FROM alpine:3.20\nRUNN echo hi\n", errors: [{ messageId: "problem", message: /Unknown instruction 'RUNN'/, line: 2, column: 1 }], output: null },
    { code: "FROM alpine:3.20\nCMD ['echo', 'hi']\n", errors: [{ messageId: "problem", message: /not valid JSON/, line: 2, column: 5 }], output: null },
    { code: "FROM alpine:3.20\nRUN --netwrk=none true\n", errors: [{ messageId: "problem", message: /Unknown flag --netwrk/, line: 2, column: 5 }], output: null },
    { code: "FROM alpine:3.20\nRUN --network=nope true\n", errors: [{ messageId: "problem", message: /Invalid value 'nope'/, line: 2, column: 15 }], output: null },
    { code: "FROM alpine:3.20\nRUN --mount=type=cache true\n", errors: [{ messageId: "problem", message: /cache mount needs a target/, line: 2, column: 13 }], output: null },
    { code: "FROM alpine:3.20\nRUN cat <<EOF\nhello\n", errors: [{ messageId: "problem", message: /Heredoc 'EOF' is never closed/, line: 2, column: 9 }], output: null },
    { code: 'FROM alpine:3.20\nRUN echo "hello \\\n  world\n', errors: [{ messageId: "problem", message: /Unterminated double quote/, line: 2, column: 10 }], output: null },
    { code: "FROM alpine:3.20\nWORKDIR\n", errors: [{ messageId: "problem", message: /WORKDIR needs arguments/, line: 2, column: 1 }], output: null },
    { code: "FROM alpine:3.20 AS\n", errors: [{ messageId: "problem", message: /needs a stage name/, line: 1, column: 18 }], output: null },
    { code: "FROM alpine:3.20 FOO bar\n", errors: [{ messageId: "problem", message: /is not 'AS'/, line: 1, column: 18 }], output: null },
    { code: "# escape=x\nFROM alpine:3.20\n", errors: [{ messageId: "problem", message: /Invalid escape directive/, line: 1, column: 10 }], output: null },
    { code: 'FROM alpine:3.20\nSHELL /bin/bash -c\n', errors: [{ messageId: "problem", message: /SHELL must be a JSON array/, line: 2, column: 7 }], output: null },
    { code: "FROM alpine:3.20\nENV A\n", errors: [{ messageId: "problem", message: /ENV 'A' has no value/, line: 2, column: 5 }], output: null },
  ],
});
