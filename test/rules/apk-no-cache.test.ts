import { testRule } from "../rule-tester.js";

testRule("apk-no-cache", {
  valid: [
    {
      name: "a stage built FROM only by a builder stage that is copied from: its layers never reach the image",
      code: "FROM alpine:3.20 AS deps\nRUN apk add gcc\nFROM deps AS build\nRUN make\nFROM scratch\nCOPY --from=build /out /out\n",
    },
    "FROM alpine:3.20\nRUN apk add --no-cache flex=2.6.4-r1\n",
    { name: "flag before add", code: "FROM alpine:3.20\nRUN apk --no-cache add curl\n" },
    { name: "cache mount", code: "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0\n" },
    { name: "cache mount on the /etc/apk/cache link", code: "FROM alpine:3.20\nRUN --mount=type=cache,target=/etc/apk/cache apk add curl\n" },
    { name: "wrong mount but --no-cache", code: "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0\n" },
    { name: "cache removed afterwards", code: "FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n" },
    { name: "builder stage", code: "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM scratch\n" },
    { name: "--no-network fetches no index", code: "FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps $runDeps\n" },
    { name: "not apk add", code: "FROM alpine:3.20\nRUN apk del curl\n" },
    { name: "difference: rm -rf /var/cache/apk/* after the install is accepted (hadolint flags it)", code: "FROM alpine:3.20\nRUN apk add curl && rm -rf /var/cache/apk/*\n" },
    { name: "difference: a builder stage only copied from is not checked", code: "FROM alpine:3.20 AS build\nRUN apk add curl\nFROM alpine:3.20\nCOPY --from=build /usr/bin/curl /usr/bin/curl\n" },
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nRUN apk add flex=2.6.4-r1\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /target=\/var\/cache\/apk\./ }],
      output: "FROM alpine:3.20\nRUN apk add --no-cache flex=2.6.4-r1\n",
    },
    {
      name: "cache mount in the wrong directory",
      code: "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0\n",
      errors: [{ messageId: "missing", line: 2, column: 50 }],
      output: "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0\n",
    },
    {
      name: "each apk add, in a multi-line RUN with --virtual",
      code: "FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc \\\n && apk add \\\n      curl\n",
      errors: [{ messageId: "missing", line: 2, column: 9 }, { messageId: "missing", line: 3, column: 9 }],
      output: "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc \\\n && apk add --no-cache \\\n      curl\n",
    },
    {
      name: "removal before the add does not count",
      code: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add curl\n",
      errors: [{ messageId: "missing", line: 2, column: 36 }],
      output: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add --no-cache curl\n",
    },
    {
      name: "heredoc is fixed in place",
      code: "FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF\n",
      errors: [{ messageId: "missing", line: 3, column: 5 }],
      output: "FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\nEOF\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]\n',
      errors: [{ messageId: "missing", line: 2, column: 13 }],
      output: null,
    },
  ],
});
