import { testRule } from "../rule-tester.js";

testRule("expose-valid-port", {
  valid: [
    "FROM nginx:1.27\nEXPOSE 80 443\n",
    { name: "protocols, any case (casing is expose-proto-casing's)", code: "FROM alpine:3.20\nEXPOSE 53/udp 80/tcp 9/sctp 8080/TCP\n" },
    { name: "ranges", code: "FROM alpine:3.20\nEXPOSE 8000-8010 40000-60000/tcp 1-65535\n" },
    { name: "bounds", code: "FROM alpine:3.20\nEXPOSE 1 65535\n" },
    { name: "unresolved build arg", code: "FROM alpine:3.20\nARG PORT\nEXPOSE ${PORT} $PORT/udp 40000-${PORT}\n" },
    { name: "variable resolved to a valid port", code: "FROM alpine:3.20\nARG PORT=8080\nEXPOSE ${PORT}/tcp\n" },
    { name: "variable holding several ports", code: 'FROM alpine:3.20\nENV PORTS="80 443"\nEXPOSE $PORTS\n' },
    { name: "default of an unset variable", code: "FROM alpine:3.20\nEXPOSE ${HTTP_PORT:-8080}\n" },
    { name: "host mappings are expose-format's; the container port is fine", code: "FROM alpine:3.20\nEXPOSE 80:8080 127.0.0.1:80:80\n" },
    { name: "continuation lines", code: "FROM alpine:3.20\nEXPOSE 80 \\\n  443\n" },
    { name: "difference: only the container port of a host:container mapping is checked here", code: "FROM alpine:3.20\nEXPOSE 8080:80\n" },
  ],
  invalid: [
    {
      name: "above 65535",
      code: "FROM nginx:1.27\nEXPOSE 80 80800\n",
      errors: [{ messageId: "outOfRange", line: 2, column: 11 }],
      output: null,
    },
    {
      name: "port 0",
      code: "FROM nginx:1.27\nEXPOSE 0\n",
      errors: [{ messageId: "outOfRange", line: 2, column: 8, message: /Port 0 in `0`/ }],
      output: null,
    },
    {
      name: "range end out of range (hadolint's documented case)",
      code: "FROM alpine:3.20\nEXPOSE 40000-80000/tcp\n",
      errors: [{ messageId: "outOfRange", line: 2, column: 8, message: /Port 80000 in `40000-80000\/tcp`/ }],
      output: null,
    },
    {
      name: "reversed range",
      code: "FROM alpine:3.20\nEXPOSE 8010-8000\n",
      errors: [{ messageId: "reversedRange", line: 2, column: 8 }],
      output: null,
    },
    {
      name: "not a number; a comment after EXPOSE is read as ports",
      code: "FROM alpine:3.20\nEXPOSE http 8080 # web\n",
      errors: [
        { messageId: "notAPort", line: 2, column: 8 },
        { messageId: "notAPort", line: 2, column: 18 },
        { messageId: "notAPort", line: 2, column: 20 },
      ],
      output: null,
    },
    {
      name: "unknown and empty protocol",
      code: "FROM alpine:3.20\nEXPOSE 53/dns 80/\n",
      errors: [
        { messageId: "unknownProtocol", line: 2, column: 8, message: /`dns`/ },
        { messageId: "unknownProtocol", line: 2, column: 15 },
      ],
      output: null,
    },
    {
      name: "malformed range",
      code: "FROM alpine:3.20\nEXPOSE 8000- -80\n",
      errors: [
        { messageId: "notAPort", line: 2, column: 8 },
        { messageId: "notAPort", line: 2, column: 14 },
      ],
      output: null,
    },
    {
      name: "variable resolved to a bad port, reported at the word",
      code: "FROM alpine:3.20\nARG PORT=99999\nEXPOSE 80 \\\n    ${PORT}/udp\n",
      errors: [{ messageId: "outOfRange", line: 4, column: 5, message: /99999/ }],
      output: null,
    },
    {
      name: "ENV inherited from a parent stage",
      code: "FROM alpine:3.20 AS base\nENV PORT=70000\nFROM base\nEXPOSE $PORT\n",
      errors: [{ messageId: "outOfRange", line: 4, column: 8 }],
      output: null,
    },
    {
      name: "the container port of a mapping is still checked",
      code: "FROM alpine:3.20\nEXPOSE 80:80800\n",
      errors: [{ messageId: "outOfRange", line: 2, column: 8 }],
      output: null,
    },
    {
      name: "difference: port 0 is flagged (hadolint accepts it)",
      code: "FROM alpine:3.20\nEXPOSE 0\n",
      errors: [{ messageId: "outOfRange", line: 2, column: 8 }],
      output: null,
    },
    {
      name: "difference: a reversed range is flagged (hadolint checks only the upper bound)",
      code: "FROM alpine:3.20\nEXPOSE 8080-8000\n",
      errors: [{ messageId: "reversedRange", line: 2, column: 8 }],
      output: null,
    },
    {
      name: "difference: an unknown protocol is flagged",
      code: "FROM alpine:3.20\nEXPOSE 80/http\n",
      errors: [{ messageId: "unknownProtocol", line: 2, column: 8 }],
      output: null,
    },
  ],
});
