import { testRule } from "../rule-tester.js";

testRule("expose-proto-casing", {
  valid: [
    "FROM nginx:1.27\nEXPOSE 80/tcp 443 5353/udp 8000-8010/sctp\n",
    { name: "variable with a lower-case protocol", code: "FROM alpine:3.20\nARG P=tcp\nEXPOSE 80/${P}\n" },
    { name: "unknown variable", code: "FROM alpine:3.20\nARG P\nEXPOSE 80/$P\n" },
  ],
  invalid: [
    {
      name: "BuildKit's example",
      code: "FROM alpine:3.20\nEXPOSE 80/TcP\n",
      errors: [{ messageId: "casing", line: 2, column: 11, message: /`tcp`, not `TcP`/ }],
      output: "FROM alpine:3.20\nEXPOSE 80/tcp\n",
    },
    {
      name: "several words, a range, quotes, a continuation",
      code: 'FROM alpine:3.20\nEXPOSE 8080/TCP \\\n  "53/UDP" 8000-8010/Sctp 9000/tcp\n',
      errors: [{ messageId: "casing", line: 2, column: 13 }, { messageId: "casing", line: 3, column: 7 }, { messageId: "casing", line: 3, column: 22 }],
      output: 'FROM alpine:3.20\nEXPOSE 8080/tcp \\\n  "53/udp" 8000-8010/sctp 9000/tcp\n',
    },
    {
      name: "variable port, written protocol",
      code: "FROM alpine:3.20\nENV PORT=8080\nEXPOSE ${PORT}/UDP\n",
      errors: [{ messageId: "casing", line: 3, column: 16 }],
      output: "FROM alpine:3.20\nENV PORT=8080\nEXPOSE ${PORT}/udp\n",
    },
    {
      name: "protocol from a variable: not fixed",
      code: "FROM alpine:3.20\nARG PROTO=UDP\nEXPOSE 53/${PROTO}\n",
      errors: [{ messageId: "casing", line: 3, column: 8 }],
      output: null,
    },
    {
      name: "CRLF",
      code: "FROM alpine:3.20\r\nEXPOSE 80/TCP\r\n",
      errors: [{ messageId: "casing", line: 2, column: 11 }],
      output: "FROM alpine:3.20\r\nEXPOSE 80/tcp\r\n",
    },
    {
      name: "difference: a protocol from a variable is judged after substitution but not fixed",
      code: "FROM alpine:3.20\nARG PROTO=TCP\nEXPOSE 80/${PROTO}\n",
      errors: [{ messageId: "casing", line: 3, column: 8 }],
      output: null,
    },
  ],
});
