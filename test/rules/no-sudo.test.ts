import { testRule } from "../rule-tester.js";

testRule("no-sudo", {
  valid: [
    "FROM debian:12-slim\nRUN apt-get update\n",
    { name: "sudo installed as a package", code: "FROM debian:12-slim\nRUN apt-get install -y sudo\n" },
    { name: "sudo in a string", code: "FROM debian:12-slim\nRUN echo 'app ALL=(ALL) NOPASSWD: ALL' >> /etc/sudoers\n" },
    { name: "sudo in CMD is not a build step", code: "FROM debian:12-slim\nCMD sudo -u app server\n" },
    { name: "gosu", code: "FROM debian:12-slim\nRUN gosu app make\n" },
    { name: "pwsh shell", code: 'FROM mcr.microsoft.com/powershell:7.4\nSHELL ["pwsh", "-Command"]\nRUN sudo foo\n' },
    { name: "difference: the word sudo as an argument is not a use", code: "FROM debian:12\nRUN apt-get install -y sudo\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12-slim\nRUN sudo apt-get update\n",
      errors: [{ messageId: "sudo", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "multi-line RUN, after &&",
      code: "FROM debian:12-slim\nRUN apt-get update \\\n && sudo -u app make install\n",
      errors: [{ messageId: "sudo", line: 3, column: 5 }],
      output: null,
    },
    {
      name: "inside sh -c",
      code: "FROM debian:12-slim\nRUN sh -c 'sudo make install'\n",
      errors: [{ messageId: "sudo", line: 2, column: 12 }],
      output: null,
    },
    {
      name: "absolute path, subshell and heredoc",
      code: "FROM debian:12-slim\nRUN (/usr/bin/sudo make)\nRUN <<EOF\nsudo make\nEOF\n",
      errors: [{ messageId: "sudo", line: 2, column: 6 }, { messageId: "sudo", line: 4, column: 1 }],
      output: null,
    },
    {
      name: "exec form",
      code: 'FROM debian:12-slim\nRUN ["sudo", "make"]\n',
      errors: [{ messageId: "sudo", line: 2, column: 6 }],
      output: null,
    },
    {
      name: "ONBUILD trigger",
      code: "FROM debian:12-slim\nONBUILD RUN sudo make\n",
      errors: [{ messageId: "sudo", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "difference: sudo inside sh -c is flagged",
      code: "FROM debian:12\nRUN sh -c 'sudo apt-get update'\n",
      errors: [{ messageId: "sudo", line: 2, column: 12 }],
      output: null,
    },
  ],
});
