import { testRule } from "../rule-tester.js";

testRule("expose-format", {
  valid: [
    "FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010/udp\n",
    { name: "the colon of a variable default", code: "FROM alpine:3.20\nARG PORT\nEXPOSE ${PORT:-8080}\n" },
    { name: "unset variable with a default", code: "FROM alpine:3.20\nEXPOSE ${PORT:-8080}/tcp\n" },
    { name: "unresolved variable", code: "FROM alpine:3.20\nARG PORT\nEXPOSE $PORT\n" },
  ],
  invalid: [
    {
      name: "host port mapping (BuildKit's documented case)",
      code: "FROM alpine:3.20\nEXPOSE 80:80\n",
      errors: [{ messageId: "hostPort", line: 2, column: 8, message: /write `80` and publish with `docker run -p 80:80`/ }],
      output: null,
    },
    {
      name: "IP address and mapping (BuildKit's documented case)",
      code: "FROM alpine:3.20\nEXPOSE 127.0.0.1:80:80\n",
      errors: [{ messageId: "address", line: 2, column: 8, message: /only the container port \(`80`\)/ }],
      output: null,
    },
    {
      name: "IP address without host port, IPv6, and a range mapping",
      code: "FROM alpine:3.20\nEXPOSE 443 127.0.0.1:8080 \\\n  [::1]:80:80/tcp 8000-8001:9000-9001\n",
      errors: [
        { messageId: "address", line: 2, column: 12 },
        { messageId: "address", line: 3, column: 3 },
        { messageId: "hostPort", line: 3, column: 19 },
      ],
      output: null,
    },
    {
      name: "mapping built from variables",
      code: "FROM alpine:3.20\nARG HOST_PORT=8080\nEXPOSE ${HOST_PORT}:80\n",
      errors: [{ messageId: "hostPort", line: 3, column: 8, message: /`8080:80`/ }],
      output: null,
    },
    {
      name: "literal colon next to an unresolved variable",
      code: "FROM alpine:3.20\nARG BIND\nEXPOSE $BIND:80\n",
      errors: [{ messageId: "address", line: 3, column: 8 }],
      output: null,
    },
  ],
});
