import { testRule } from "../rule-tester.js";

testRule("apt-no-install-recommends", {
  valid: [
    "FROM debian:12\nRUN apt-get install --no-install-recommends python3\n",
    { name: "flag after the packages", code: "FROM debian:12\nRUN apt-get install -y python3 --no-install-recommends\n" },
    { name: "-o option", code: "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install python3\n" },
    { name: "-o option with 0", code: "FROM debian:12\nRUN apt-get install -y -oAPT::Install-Recommends=0 python3\n" },
    { name: "apt.conf.d written by an earlier RUN", code: "FROM debian:12\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y python3\n" },
    { name: "apt.conf.d written earlier in the same RUN", code: "FROM debian:12\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99norecommends && apt-get install -y python3\n" },
    { name: "apt.conf.d written in the parent stage", code: "FROM debian:12 AS base\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norecommends\nFROM base\nRUN apt-get install -y python3\n" },
    { name: "aptitude -R", code: "FROM debian:12\nRUN aptitude install -y -R python3\n" },
    { name: "not an install", code: "FROM debian:12\nRUN apt-get update && apt-get remove -y python3\n" },
    { name: 'difference: APT::Install-Recommends "false" written by an earlier RUN satisfies the rule', code: "FROM debian:12\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl\n" },
    { name: "difference: aptitude install -R (--without-recommends) satisfies the rule", code: "FROM debian:12\nRUN aptitude install -y -R curl\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get install python\n",
      errors: [{ messageId: "missing", line: 2, column: 13, message: "`apt-get install` without --no-install-recommends also installs recommended packages: add --no-install-recommends." }],
      output: "FROM debian:12\nRUN apt-get install --no-install-recommends python\n",
    },
    {
      name: "multi-line, after update, with env and sudo",
      code: "FROM debian:12\nRUN apt-get update \\\n && sudo env DEBIAN_FRONTEND=noninteractive apt-get -y install \\\n      curl\n",
      errors: [{ messageId: "missing", line: 3, column: 56 }],
      output: "FROM debian:12\nRUN apt-get update \\\n && sudo env DEBIAN_FRONTEND=noninteractive apt-get -y install --no-install-recommends \\\n      curl\n",
    },
    {
      name: "-o with another option",
      code: "FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold install -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 48 }],
      output: "FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold install --no-install-recommends -y curl\n",
    },
    {
      name: "-o APT::Install-Recommends=true",
      code: "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 45 }],
      output: "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install --no-install-recommends -y curl\n",
    },
    {
      name: "apt and aptitude",
      code: "FROM debian:12\nRUN apt install -y curl && aptitude install -y git\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /`apt install`/ }, { messageId: "missing", line: 2, column: 37, message: /--without-recommends/ }],
      output: "FROM debian:12\nRUN apt install --no-install-recommends -y curl && aptitude install --without-recommends -y git\n",
    },
    {
      name: "the config written after the install does not count",
      code: "FROM debian:12\nRUN apt-get install -y curl && echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99x\n",
      errors: [{ messageId: "missing", line: 2, column: 13 }],
      output: "FROM debian:12\nRUN apt-get install --no-install-recommends -y curl && echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99x\n",
    },
    {
      name: "in a builder stage too (unlike the cache rules)",
      code: "FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM scratch\n",
      errors: [{ messageId: "missing", line: 2, column: 13 }],
      output: "FROM debian:12 AS build\nRUN apt-get install --no-install-recommends -y gcc\nFROM scratch\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n',
      errors: [{ messageId: "missing", line: 2, column: 17 }],
      output: null,
    },
    {
      name: "difference: apt install is checked too",
      code: "FROM debian:12\nRUN apt install -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 9 }],
      output: "FROM debian:12\nRUN apt install --no-install-recommends -y curl\n",
    },
  ],
});
