import { testRule } from "../rule-tester.js";

testRule("no-pointless-commands", {
  valid: [
    "FROM debian:12-slim\nRUN apt-get install -y vim openssh-client procps\n",
    { name: "ssh-keygen is another program", code: "FROM debian:12-slim\nRUN ssh-keygen -A && ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n" },
    { name: "command -v and which", code: "FROM debian:12-slim\nRUN command -v ps && which top\n" },
    { name: "CMD may start a service", code: 'FROM debian:12-slim\nCMD service nginx start && tail -f /dev/null\n' },
    { name: "RUN --mount is not mount", code: "FROM debian:12-slim\nRUN --mount=type=cache,target=/root/.cache make\n" },
    { name: "kill of a job the same RUN started", code: "FROM debian:12-slim\nRUN TERM=xterm browsh & \\\n    pid=$!; sleep 10; kill $pid || true\n" },
    { name: "a word in a string", code: "FROM debian:12-slim\nRUN echo 'kill me'\n" },
    { name: "difference: command -v ps and which ps do not run ps", code: "FROM debian:12\nRUN command -v ps && which ps\n" },
    { name: "difference: kill in a RUN that starts a background job stops that job", code: "FROM debian:12\nRUN ./server & sleep 2 && ./smoke-test; kill $!\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN service nginx restart\n",
      errors: [{ messageId: "pointless", line: 2, column: 5, message: /`service` makes no sense/ }],
      output: null,
    },
    {
      name: "each command of a multi-line RUN",
      code: "FROM debian:12-slim\nRUN apt-get update \\\n && ps aux | grep nginx \\\n && shutdown -h now\n",
      errors: [{ messageId: "pointless", line: 3, column: 5 }, { messageId: "pointless", line: 4, column: 5 }],
      output: null,
    },
    {
      name: "absolute path, sh -c, subshell",
      code: "FROM debian:12-slim\nRUN /usr/bin/vim x && sh -c 'free -m' && (top -b)\n",
      errors: [{ messageId: "pointless", line: 2, column: 5 }, { messageId: "pointless", line: 2, column: 30 }, { messageId: "pointless", line: 2, column: 43 }],
      output: null,
    },
    {
      name: "ssh, kill, mount, ifconfig",
      code: "FROM debian:12-slim\nRUN ssh host true; kill 1; mount /dev/sda1 /mnt; ifconfig eth0\n",
      errors: [{ messageId: "pointless", line: 2, column: 5 }, { messageId: "pointless", line: 2, column: 20 }, { messageId: "pointless", line: 2, column: 28 }, { messageId: "pointless", line: 2, column: 50 }],
      output: null,
    },
    {
      name: "heredoc body",
      code: "FROM debian:12-slim\nRUN <<EOF\nset -e\nservice mysql start\nEOF\n",
      errors: [{ messageId: "pointless", line: 4, column: 1 }],
      output: null,
    },
    {
      name: "behind sudo",
      code: "FROM debian:12-slim\nRUN sudo service ssh start\n",
      errors: [{ messageId: "pointless", line: 2, column: 10 }],
      output: null,
    },
    {
      name: "difference: a command inside sh -c is flagged",
      code: "FROM debian:12\nRUN sh -c 'ps aux'\n",
      errors: [{ messageId: "pointless", line: 2, column: 12 }],
      output: null,
    },
  ],
});
