import { testRule } from "../rule-tester.js";

testRule("onbuild-trigger", {
  valid: [
    "FROM node:22\nONBUILD COPY . /app\nONBUILD RUN npm ci\n",
    { name: "ONBUILD of other instructions", code: "FROM alpine:3.20\nONBUILD WORKDIR /app\nONBUILD ENV A=1\nONBUILD LABEL a=b\n" },
    { name: "the word onbuild in a RUN", code: "FROM alpine:3.20\nRUN echo ONBUILD FROM\n" },
    { name: "empty ONBUILD is the syntax rule's business", code: "FROM alpine:3.20\nONBUILD\n" },
  ],
  invalid: [
    {
      name: "ONBUILD ONBUILD",
      code: "FROM node:22\nONBUILD ONBUILD RUN npm ci\n",
      errors: [{ messageId: "forbidden", line: 2, column: 9, message: /`ONBUILD ONBUILD` is not allowed/ }],
      output: null,
    },
    {
      name: "ONBUILD FROM",
      code: "FROM node:22\nONBUILD FROM alpine:3.20\n",
      errors: [{ messageId: "forbidden", line: 2, column: 9, message: /`ONBUILD FROM`/ }],
      output: null,
    },
    {
      name: "ONBUILD MAINTAINER, lower case and extra spaces",
      code: "FROM node:22\nonbuild   maintainer Ada\n",
      errors: [{ messageId: "forbidden", line: 2, column: 11, message: /`ONBUILD MAINTAINER`/ }],
      output: null,
    },
  ],
});
