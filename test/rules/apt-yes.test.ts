import { testRule } from "../rule-tester.js";

testRule("apt-yes", {
  valid: [
    // hadolint's documented cases
    "FROM debian:12\nRUN apt-get install -yq python\n",
    "FROM debian:12\nRUN apt-get install -y python\n",
    "FROM debian:12\nRUN apt-get -y install python\n",
    "FROM debian:12\nRUN apt-get --yes install python\n",
    "FROM debian:12\nRUN apt-get --assume-yes install python\n",
    { name: "quiet level 2 implies -y", code: "FROM debian:12\nRUN apt-get install -qq python\n" },
    { name: "-q=2", code: "FROM debian:12\nRUN apt-get -q=2 install python\n" },
    { name: "apt option", code: "FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install python\n" },
    {
      name: "apt.conf written earlier in the stage",
      code: "FROM debian:12\nRUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install python\n",
    },
    { name: "answered down a pipe", code: "FROM debian:12\nRUN yes | apt-get install python\n" },
    { name: "dry run", code: "FROM debian:12\nRUN apt-get -s install python\n" },
    { name: "update does not ask", code: "FROM debian:12\nRUN apt-get update && apt-get clean\n" },
    { name: "unknown options variable", code: "FROM debian:12\nRUN apt-get install $APT_OPTS python\n" },
    { name: "known options variable", code: "FROM debian:12\nARG APT_OPTS=\"-y --no-install-recommends\"\nRUN apt-get install $APT_OPTS python\n" },
    { name: "exec form with -y", code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "python"]\n' },
    { name: "not apt", code: "FROM debian:12\nRUN pip install python\n" },
    { name: "pwsh stage", code: "FROM mcr.microsoft.com/powershell\nSHELL [\"pwsh\", \"-c\"]\nRUN apt-get install python\n" },
    { name: "difference: -o APT::Get::Assume-Yes=true answers the prompt", code: "FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true remove curl\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get install python\n",
      errors: [{ messageId: "missing", line: 2, column: 13, message: /`apt-get install` without -y/ }],
      output: "FROM debian:12\nRUN apt-get install -y python\n",
    },
    {
      name: "-q is not enough",
      code: "FROM debian:12\nRUN apt-get install -q python && apt-get install --quiet curl\n",
      errors: [{ messageId: "missing", line: 2, column: 13 }, { messageId: "missing", line: 2, column: 42 }],
      output: "FROM debian:12\nRUN apt-get install -y -q python && apt-get install -y --quiet curl\n",
    },
    {
      name: "multi-line RUN with other subcommands",
      code: "FROM debian:12\nRUN apt-get update \\\n && apt-get upgrade \\\n && apt-get \\\n      remove curl\n",
      errors: [{ messageId: "missing", line: 3, column: 13 }, { messageId: "missing", line: 5, column: 7 }],
      output: "FROM debian:12\nRUN apt-get update \\\n && apt-get upgrade -y \\\n && apt-get \\\n      remove -y curl\n",
    },
    {
      name: "inside sh -c, CRLF kept",
      code: "FROM debian:12\r\nRUN sh -c 'apt-get install curl'\r\n",
      errors: [{ messageId: "missing", line: 2, column: 20 }],
      output: "FROM debian:12\r\nRUN sh -c 'apt-get install -y curl'\r\n",
    },
    {
      name: "apt and aptitude",
      code: "FROM debian:12\nRUN apt install curl && aptitude install wget\n",
      errors: [{ messageId: "missing", line: 2, column: 9 }, { messageId: "missing", line: 2, column: 34 }],
      output: "FROM debian:12\nRUN apt install -y curl && aptitude install -y wget\n",
    },
    {
      name: "packages in a variable",
      code: "FROM debian:12\nARG PACKAGES\nRUN apt-get install $PACKAGES\n",
      errors: [{ messageId: "missing", line: 3, column: 13 }],
      output: "FROM debian:12\nARG PACKAGES\nRUN apt-get install -y $PACKAGES\n",
    },
    {
      name: "config in another stage does not count",
      code: "FROM debian:12 AS a\nRUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nFROM debian:12\nRUN apt-get install python\n",
      errors: [{ messageId: "missing", line: 4, column: 13 }],
      output: "FROM debian:12 AS a\nRUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nFROM debian:12\nRUN apt-get install -y python\n",
    },
    {
      name: "heredoc",
      code: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n",
      errors: [{ messageId: "missing", line: 4, column: 9 }],
      output: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM debian:12\nRUN ["apt-get", "install", "python"]\n',
      errors: [{ messageId: "missing", line: 2, column: 17 }],
      output: null,
    },
    {
      name: "difference: apt-get remove is checked too (hadolint checks only install)",
      code: "FROM debian:12\nRUN apt-get remove curl\n",
      errors: [{ messageId: "missing", line: 2, column: 13 }],
      output: "FROM debian:12\nRUN apt-get remove -y curl\n",
    },
  ],
});
