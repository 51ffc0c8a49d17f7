import { testRule } from "../rule-tester.js";

testRule("no-maintainer", {
  valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ada@example.com"\n', "FROM alpine:3.20\n# MAINTAINER in a comment\n"],
  invalid: [
    {
      code: "FROM alpine:3.20\nMAINTAINER Ada Lovelace <ada@example.com>\nRUN true\n",
      errors: [{ messageId: "deprecated", line: 2, column: 1 }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ada Lovelace <ada@example.com>"\nRUN true\n',
    },
    {
      name: "lower-case keyword, CRLF kept",
      code: "FROM alpine:3.20\r\nmaintainer ada\r\n",
      errors: [{ messageId: "deprecated", line: 2, column: 1 }],
      output: 'FROM alpine:3.20\r\nLABEL org.opencontainers.image.authors="ada"\r\n',
    },
  ],
});
