import { testRule } from "../rule-tester.js";

testRule("useradd-no-log-init", {
  valid: [
    // hadolint's documented cases
    "FROM debian:12\nRUN useradd luser\n",
    "FROM debian:12\nRUN useradd -u 12345 luser\n",
    "FROM debian:12\nRUN useradd -l -u 123456 luser\n",
    "FROM debian:12\nRUN useradd -l luser\n",
    { name: "long flag", code: "FROM debian:12\nRUN useradd --no-log-init --uid=123456 luser\n" },
    { name: "bundled -lm", code: "FROM debian:12\nRUN useradd -lmu 123456 luser\n" },
    { name: "ARG with a low value", code: "FROM debian:12\nARG USER_ID=1000\nRUN useradd -u ${USER_ID} luser\n" },
    { name: "unresolved UID: unknown", code: "FROM debian:12\nARG UID\nRUN useradd -u $UID luser\n" },
    { name: "not useradd", code: "FROM alpine:3.20\nRUN adduser -u 123456 -D luser\n" },
    { name: "difference: a UID from an ARG is judged by its value (hadolint counts characters)", code: "FROM debian:12\nARG USER_ID=1000\nRUN useradd -u ${USER_ID} app\n" },
    { name: "difference: a UID nobody can resolve is not flagged", code: "FROM debian:12\nARG UID\nRUN useradd -u $UID app\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN useradd -u 123456 luser\n",
      errors: [{ messageId: "noLogInit", line: 2, column: 5, message: /UID 123456/ }],
      output: "FROM debian:12\nRUN useradd -l -u 123456 luser\n",
    },
    {
      name: "--uid= and ARG value, multi-line",
      code: "FROM debian:12\nARG UID=200000\nRUN groupadd -g 200000 app \\\n && useradd --uid=$UID -g app app\n",
      errors: [{ messageId: "noLogInit", line: 4, column: 5, message: /UID 200000/ }],
      output: "FROM debian:12\nARG UID=200000\nRUN groupadd -g 200000 app \\\n && useradd -l --uid=$UID -g app app\n",
    },
    {
      name: "-u glued, through sudo",
      code: "FROM debian:12\nRUN sudo /usr/sbin/useradd -u999999 app\n",
      errors: [{ messageId: "noLogInit", line: 2, column: 10 }],
      output: "FROM debian:12\nRUN sudo /usr/sbin/useradd -l -u999999 app\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM debian:12\nRUN ["useradd", "-u", "123456", "app"]\n',
      errors: [{ messageId: "noLogInit", line: 2, column: 6 }],
      output: null,
    },
    {
      name: "difference: a long UID from a variable is flagged (hadolint misses -u $UID)",
      code: "FROM debian:12\nARG UID=200000\nRUN useradd -u $UID app\n",
      errors: [{ messageId: "noLogInit", line: 3, column: 5 }],
      output: "FROM debian:12\nARG UID=200000\nRUN useradd -l -u $UID app\n",
    },
  ],
});
