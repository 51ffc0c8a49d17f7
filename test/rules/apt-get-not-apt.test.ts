import { testRule } from "../rule-tester.js";

testRule("apt-get-not-apt", {
  valid: [
    // hadolint's documented case
    "FROM busybox\nRUN apt-get install curl=1.1.0\n",
    { name: "apt-cache", code: "FROM debian:12\nRUN apt-cache policy curl\n" },
    { name: "apt as an argument", code: "FROM debian:12\nRUN echo apt && ls /etc/apt\n" },
    { name: "apt-key and apt-mark", code: "FROM debian:12\nRUN apt-mark hold curl && apt-key list\n" },
    { name: "pwsh stage", code: "FROM mcr.microsoft.com/powershell\nSHELL [\"pwsh\", \"-c\"]\nRUN apt install curl\n" },
  ],
  invalid: [
    // hadolint's documented cases
    {
      code: "FROM busybox\nRUN apt install curl=1.1.0\n",
      errors: [{ messageId: "useAptGet", line: 2, column: 5, message: /use `apt-get install`/ }],
      output: "FROM busybox\nRUN apt-get install curl=1.1.0\n",
    },
    {
      code: "FROM ubuntu\nRUN apt install python\n",
      errors: [{ messageId: "useAptGet", line: 2, column: 5 }],
      output: "FROM ubuntu\nRUN apt-get install python\n",
    },
    {
      name: "every apt in a multi-line RUN, with a path",
      code: "FROM debian:12\nRUN apt update \\\n && /usr/bin/apt -y \\\n      install curl \\\n && apt-get clean\n",
      errors: [{ messageId: "useAptGet", line: 2, column: 5 }, { messageId: "useAptGet", line: 3, column: 5 }],
      output: "FROM debian:12\nRUN apt-get update \\\n && /usr/bin/apt-get -y \\\n      install curl \\\n && apt-get clean\n",
    },
    {
      name: "apt-cache subcommands: not fixed",
      code: "FROM debian:12\nRUN apt search curl && apt show curl\n",
      errors: [
        { messageId: "useInstead", line: 2, column: 5, message: /`apt-cache search`/ },
        { messageId: "useInstead", line: 2, column: 24, message: /`apt-cache show`/ },
      ],
      output: null,
    },
    {
      name: "upgrade and list: not fixed",
      code: "FROM debian:12\nRUN apt upgrade -y && apt list --installed\n",
      errors: [
        { messageId: "useInstead", line: 2, column: 5, message: /--with-new-pkgs/ },
        { messageId: "useInstead", line: 2, column: 23, message: /dpkg-query/ },
      ],
      output: null,
    },
    {
      name: "no subcommand",
      code: "FROM debian:12\nRUN apt --version\n",
      errors: [{ messageId: "useStable", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "sudo and sh -c, CRLF kept",
      code: "FROM debian:12\r\nRUN sudo sh -c 'apt remove -y vim'\r\n",
      errors: [{ messageId: "useAptGet", line: 2, column: 17 }],
      output: "FROM debian:12\r\nRUN sudo sh -c 'apt-get remove -y vim'\r\n",
    },
    {
      name: "quoted name: not fixed",
      code: "FROM debian:12\nRUN \"apt\" install -y vim\n",
      errors: [{ messageId: "useAptGet", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "ONBUILD",
      code: "FROM debian:12\nONBUILD RUN apt install -y vim\n",
      errors: [{ messageId: "useAptGet", line: 2, column: 13 }],
      output: "FROM debian:12\nONBUILD RUN apt-get install -y vim\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM debian:12\nRUN ["apt", "install", "-y", "vim"]\n',
      errors: [{ messageId: "useAptGet", line: 2, column: 6 }],
      output: null,
    },
  ],
});
