import { testRule } from "../rule-tester.js";

testRule("no-docker-socket", {
  valid: [
    "FROM alpine:3.20\nVOLUME /data /var/run\n",
    { name: "another socket", code: "FROM alpine:3.20\nVOLUME /var/run/docker-host.sock /tmp/docker.sock\n" },
    { name: "a cache mount", code: "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n" },
    { name: "the socket named in a command, not mounted", code: "FROM alpine:3.20\nRUN echo /var/run/docker.sock\n" },
    { name: "unresolved variable", code: "FROM alpine:3.20\nARG SOCK\nVOLUME $SOCK\n" },
  ],
  invalid: [
    {
      name: "VOLUME of the socket",
      code: "FROM docker:27-cli\nVOLUME /var/run/docker.sock\n",
      errors: [{ messageId: "volume", line: 2, column: 8, message: /root on the host/ }],
      output: null,
    },
    {
      name: "/run, JSON form, unnormalized path",
      code: 'FROM docker:27-cli\nVOLUME ["/data", "/run/docker.sock"]\nVOLUME /var/run//docker.sock\n',
      errors: [
        { messageId: "volume", line: 2, column: 18 },
        { messageId: "volume", line: 3, column: 8 },
      ],
      output: null,
    },
    {
      name: "through a variable",
      code: "FROM docker:27-cli\nENV DOCKER_SOCK=/var/run/docker.sock\nVOLUME ${DOCKER_SOCK}\n",
      errors: [{ messageId: "volume", line: 3, column: 8 }],
      output: null,
    },
    {
      name: "ssh-forwarded socket as a RUN mount target",
      code: "FROM docker:27-cli\nRUN --mount=type=ssh,id=docker,target=/var/run/docker.sock \\\n    docker ps\n",
      errors: [{ messageId: "mount", line: 2, column: 39 }],
      output: null,
    },
    {
      name: "bind mount source, on a continuation line",
      code: "FROM docker:27-cli\nRUN --mount=type=cache,target=/root/.cache \\\n    --mount=type=bind,src=/run/docker.sock,dst=/tmp/d.sock docker ps\n",
      errors: [{ messageId: "mount", line: 3, column: 27 }],
      output: null,
    },
  ],
});
