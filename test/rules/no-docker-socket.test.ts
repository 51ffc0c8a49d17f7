import { testRule } from "../rule-tester.js";

testRule("no-docker-socket", {
  valid: [
    "FROM alpine:3.20\nVOLUME /data /var/run\n",
    { name: "another socket", code: "FROM alpine:3.20\nVOLUME /var/run/docker-host.sock /tmp/docker.sock\n" },
    { name: "a cache mount", code: "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n" },
    { name: "the socket named in a command, not mounted", code: "FROM alpine:3.20\nRUN echo /var/run/docker.sock\n" },
    { name: "unresolved variable", code: "FROM alpine:3.20\nARG SOCK\nVOLUME $SOCK\n" },
    {
      name: "a bind mount's source is a file of the build context, not the host's socket",
      code: "FROM docker:27-cli\nRUN --mount=type=bind,source=/var/run/docker.sock,target=/tmp/d.sock ls -l /tmp\n",
    },
    { name: "a bind mount over the socket's path, from the context", code: "FROM docker:27-cli\nRUN --mount=type=bind,src=fixture.sock,dst=/var/run/docker.sock docker ps\n" },
    { name: "the default type is bind", code: "FROM docker:27-cli\nRUN --mount=source=/run/docker.sock,target=/run/docker.sock docker ps\n" },
    { name: "cache and secret mounts", code: "FROM docker:27-cli\nRUN --mount=type=cache,target=/var/run/docker.sock --mount=type=secret,id=s,src=/run/docker.sock,target=/run/s true\n" },
    { name: "ssh forwarded to the agent's usual path", code: "FROM alpine:3.20\nRUN --mount=type=ssh git clone git@example.com:org/repo.git\n" },
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
      errors: [{ messageId: "mount", line: 2, column: 39, endLine: 2, endColumn: 59, message: /forwards a socket to the Docker socket's path \(`\/var\/run\/docker.sock`\)/ }],
      output: null,
    },
    {
      name: "ssh forwarded to /run/docker.sock through a variable, on a continuation line",
      code: "FROM docker:27-cli\nARG SOCK=/run/docker.sock\nRUN --mount=type=cache,target=/root/.cache \\\n    --mount=type=ssh,id=docker,dst=${SOCK} docker ps\n",
      errors: [{ messageId: "mount", line: 4, column: 36, endLine: 4, endColumn: 43 }],
      output: null,
    },
  ],
});
