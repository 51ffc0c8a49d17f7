import { testRule } from "../rule-tester.js";

testRule("no-empty-continuation", {
  valid: [
    "FROM debian\nRUN apt-get update && \\\n    apt-get install -y curl\n",
    { name: "comment line inside a continuation", code: "FROM debian\nRUN apk add \\\n# curl for healthchecks\n    curl\n" },
    { name: "empty line after the instruction", code: "FROM debian\nRUN echo hi\n\nRUN echo bye\n" },
    { name: "empty lines in a heredoc body", code: "FROM debian\nRUN <<EOF\necho a \\\n\n  b\n\nEOF\n" },
    { name: "difference: empty lines after a trailing \\ at the end of the file are not reported", code: "FROM debian\nRUN echo hi \\\n\n" },
  ],
  invalid: [
    {
      name: "BuildKit's example",
      code: "FROM alpine\nEXPOSE \\\n\n80\n",
      errors: [{ messageId: "empty", line: 3, column: 1, message: /continued `EXPOSE`/ }],
      output: "FROM alpine\nEXPOSE \\\n80\n",
    },
    {
      name: "difference: a run of empty lines is reported once, at its first line; whitespace-only lines too, and a second group after a comment",
      code: "FROM debian\nRUN apt-get update \\\n\n   \n    # tools\n\t\n    && apt-get install -y curl\n",
      errors: [{ messageId: "empty", line: 3, column: 1 }, { messageId: "empty", line: 6, column: 1 }],
      output: "FROM debian\nRUN apt-get update \\\n    # tools\n    && apt-get install -y curl\n",
    },
    {
      name: "CRLF line endings are kept",
      code: "FROM debian\r\nRUN echo a \\\r\n\r\n    b\r\n",
      errors: [{ messageId: "empty", line: 3, column: 1 }],
      output: "FROM debian\r\nRUN echo a \\\r\n    b\r\n",
    },
    {
      name: "escape directive",
      code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir `\n\n    c:\\\n",
      errors: [{ messageId: "empty", line: 4, column: 1 }],
      output: "# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir `\n    c:\\\n",
    },
    {
      // was reported as the plain case and fixed, which hid the bug: the FROM is still part of the RUN
      name: "the line after looks like an instruction but is still part of the RUN",
      code: "FROM debian\nRUN echo \\\n\nFROM x\n",
      errors: [
        {
          messageId: "swallowed",
          line: 3,
          column: 1,
          message: "The empty line does not end this `RUN`: Docker joins the next line, `FROM x`, into it as more arguments, so that `FROM` never runs as an instruction.",
          suggestions: [{ messageId: "endInstruction", output: "FROM debian\nRUN echo \n\nFROM x\n" }],
        },
      ],
      output: null,
    },
    {
      name: "a swallowed RUN is an error; the plain case keeps the rule's level",
      code: "FROM swift:5.10\nRUN rm -rf /tmp/x \\\n\n  # next step\n\nrun swift --version\nRUN echo a \\\n\n  b\n",
      errors: [
        { messageId: "swallowed", level: "error", line: 3, column: 1, suggestions: [{ messageId: "endInstruction", output: "FROM swift:5.10\nRUN rm -rf /tmp/x \n\n  # next step\n\nrun swift --version\nRUN echo a \\\n\n  b\n" }] },
        { messageId: "swallowed", level: "error", line: 5, column: 1, message: /`run swift --version`/, suggestions: [{ messageId: "endInstruction", output: "FROM swift:5.10\nRUN rm -rf /tmp/x \n\n  # next step\n\nrun swift --version\nRUN echo a \\\n\n  b\n" }] },
        { messageId: "empty", level: "warning", line: 8, column: 1 },
      ],
      output: "FROM swift:5.10\nRUN rm -rf /tmp/x \\\n\n  # next step\n\nrun swift --version\nRUN echo a \\\n  b\n",
    },
  ],
});
