import { testRule } from "../rule-tester.js";

testRule("no-expose-ssh", {
  valid: [
    "FROM nginx:1.27\nEXPOSE 80 443\n",
    { name: "other ports with a 22 in them", code: "FROM alpine:3.20\nEXPOSE 2222 220 122 8022\n" },
    { name: "range without 22", code: "FROM alpine:3.20\nEXPOSE 23-80 1-21\n" },
    { name: "udp", code: "FROM alpine:3.20\nEXPOSE 22/udp\n" },
    { name: "unknown variable", code: "FROM alpine:3.20\nARG PORT\nEXPOSE $PORT\n" },
    { name: "22 elsewhere", code: "FROM alpine:3.20\nENV PORT=22\nRUN echo 22\n" },
    { name: "difference: 22/udp is not SSH", code: "FROM alpine:3.20\nEXPOSE 22/udp\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nEXPOSE 22\n",
      errors: [{ messageId: "ssh", line: 2, column: 8, message: /`EXPOSE 22`/ }],
      output: null,
    },
    {
      name: "with tcp, in a range, after a continuation",
      code: "FROM debian:12-slim\nEXPOSE 80 22/TCP \\\n  20-25\n",
      errors: [{ messageId: "ssh", line: 2, column: 11 }, { messageId: "ssh", line: 3, column: 3 }],
      output: null,
    },
    {
      name: "from a variable",
      code: "FROM debian:12-slim\nARG SSH_PORT=22\nEXPOSE ${SSH_PORT}\n",
      errors: [{ messageId: "ssh", line: 3, column: 8, message: /`EXPOSE 22`/ }],
      output: null,
    },
    {
      name: "a variable holding several ports",
      code: 'FROM debian:12-slim\nENV PORTS="80 22"\nEXPOSE $PORTS\n',
      errors: [{ messageId: "ssh", line: 3, column: 8 }],
      output: null,
    },
    {
      name: "difference: a range that includes 22 is flagged",
      code: "FROM alpine:3.20\nEXPOSE 20-25\n",
      errors: [{ messageId: "ssh", line: 2, column: 8 }],
      output: null,
    },
    {
      name: "difference: a variable that resolves to 22 is flagged",
      code: "FROM alpine:3.20\nARG PORT=22\nEXPOSE $PORT\n",
      errors: [{ messageId: "ssh", line: 3, column: 8 }],
      output: null,
    },
  ],
});
