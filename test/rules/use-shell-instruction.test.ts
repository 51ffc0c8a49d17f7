import { testRule } from "../rule-tester.js";

testRule("use-shell-instruction", {
  valid: [
    'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\nRUN echo hi\n',
    { name: "/bin/sh as the target", code: "FROM debian:12-slim\nRUN ln -s /bin/sh /usr/local/bin/sh\n" },
    { name: "other links", code: "FROM debian:12-slim\nRUN ln -sf /usr/bin/python3 /usr/bin/python\n" },
    { name: "a single argument", code: "FROM debian:12-slim\nRUN cd /bin && ln -s /bin/sh\n" },
    { name: "exec form gives a shell-less image a shell", code: 'FROM gcr.io/distroless/base:debug\nRUN ["/busybox/ln", "-s", "/busybox/sh", "/bin/sh"]\n' },
    { name: "not a RUN", code: "FROM debian:12-slim\nCMD ln -sf /bin/bash /bin/sh && app\n" },
    { name: "difference: a link whose target is /bin/sh leaves the default shell alone (hadolint flags it)", code: "FROM alpine:3.20\nRUN ln -s /bin/sh /usr/local/bin/sh\n" },
    { name: "difference: an exec-form RUN that gives a shell-less image a shell is not flagged", code: 'FROM gcr.io/distroless/base\nRUN ["/busybox/ln", "-s", "/busybox/sh", "/bin/sh"]\n' },
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n",
      errors: [{ messageId: "relink", line: 2, column: 22 }],
      output: null,
    },
    {
      name: "multi-line RUN, merged /usr, relative target",
      code: "FROM debian:12-slim\nRUN apt-get update \\\n && ln -snf bash \\\n      /usr/bin/sh\n",
      errors: [{ messageId: "relink", line: 4, column: 7, message: /relinking \/usr\/bin\/sh/ }],
      output: null,
    },
    {
      name: "rm then ln, in sh -c",
      code: "FROM debian:12-slim\nRUN sh -c 'rm /bin/sh && ln -s /bin/bash /bin/sh'\n",
      errors: [{ messageId: "relink", line: 2, column: 42 }],
      output: null,
    },
    {
      name: "difference: a link named /usr/bin/sh is flagged",
      code: "FROM debian:12\nRUN ln -sf /bin/bash /usr/bin/sh\n",
      errors: [{ messageId: "relink", line: 2, column: 22 }],
      output: null,
    },
  ],
});
