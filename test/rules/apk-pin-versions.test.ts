import { testRule } from "../rule-tester.js";

testRule("apk-pin-versions", {
  valid: [
    "FROM alpine:3.20\nRUN apk add flex=2.6.4-r1\n",
    { name: "fuzzy ~ version", code: "FROM alpine:3.20\nRUN apk add --no-cache git~2.52.0\n" },
    { name: "bounds", code: "FROM alpine:3.20\nRUN apk add --no-cache 'bash>=5.2' \"curl<9\"\n" },
    { name: "chained", code: "FROM alpine:3.20\nRUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt\n" },
    {
      name: "multi-line list",
      code: "FROM alpine:3.20\nRUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi=3.2.1-r3 \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5\n",
    },
    {
      name: "--virtual name is not a package",
      code: "FROM alpine:3.20\nRUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n&& pip install -r requirements.txt \\\n&& python setup.py install \\\n&& apk del build-dependencies\n",
    },
    { name: "--repository URL", code: "FROM alpine:3.20\nRUN apk add --no-cache \\\n--repository https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0\n" },
    { name: "--repository= URL", code: "FROM alpine:3.20\nRUN apk add --no-cache --repository=https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0\n" },
    { name: "-X URL", code: "FROM alpine:3.20\nRUN apk add --no-cache -X https://nl.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0\n" },
    { name: "local .apk file", code: "FROM alpine:3.20\nRUN apk add mypackage-1.1.1.apk\n" },
    { name: "version in an ARG without default", code: "FROM alpine:3.20\nARG V\nRUN apk add --no-cache curl=$V\n" },
    { name: "unknown package list", code: "FROM alpine:3.20\nRUN apk add --no-cache --virtual .rundeps $runDeps\n" },
    { name: "not apk add", code: "FROM alpine:3.20\nRUN apk del curl && apk update\n" },
    { name: "difference: a version in a variable without default counts as a pin", code: "FROM alpine:3.20\nARG CURL_VERSION\nRUN apk add --no-cache curl=${CURL_VERSION}\n" },
    { name: "difference: a package whose name is a variable of unknown value is not reported", code: "FROM alpine:3.20\nARG PKG\nRUN apk add --no-cache $PKG\n" },
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nRUN apk add flex\n",
      errors: [{ messageId: "unpinned", line: 2, column: 13, message: "`flex` has no version: use `flex=<version>` so rebuilds install the same package." }],
      output: null,
    },
    {
      name: "one missed in a multi-line list",
      code: "FROM alpine:3.20\nRUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1\n",
      errors: [{ messageId: "unpinned", line: 4, column: 1, message: /`libffi`/ }],
      output: null,
    },
    { name: "a repository tag is not a version", code: "FROM alpine:3.20\nRUN apk add --no-cache nodejs@edge\n", errors: [{ messageId: "unpinned", line: 2, column: 24, message: /`nodejs`/ }], output: null },
    { name: "flags before add", code: "FROM alpine:3.20\nRUN apk --no-cache add -t .deps gcc make=4.4\n", errors: [{ messageId: "unpinned", line: 2, column: 33 }], output: null },
    { name: "name from a known ENV", code: "FROM alpine:3.20\nENV PKG=curl\nRUN apk add --no-cache ${PKG}\n", errors: [{ messageId: "unpinned", line: 3, column: 24, message: /`curl`/ }], output: null },
    {
      name: "difference: a repository tag (pkg@edge) is not a version",
      code: "FROM alpine:3.20\nRUN apk add --no-cache curl@edge\n",
      errors: [{ messageId: "unpinned", line: 2, column: 24 }],
      output: null,
    },
  ],
});
