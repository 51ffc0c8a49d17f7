import { testRule } from "../rule-tester.js";

testRule("apt-pin-versions", {
  valid: [
    "FROM debian:12\nRUN apt-get install -y python=1.2.2\n",
    { name: "flags before install", code: "FROM debian:12\nRUN apt-get -y --no-install-recommends install nodejs=0.10\n" },
    {
      name: "chained, multi-line",
      code: "FROM debian:12\nRUN apt-get update \\\n && apt-get -yqq --no-install-recommends install nodejs=0.10 \\\n && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "wildcards and epochs",
      code: "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y \\\npython-demjson=2.2.2* \\\nwget=1.16.1* \\\ngit=1:2.5.0* \\\nruby=1:2.1.*\n",
    },
    { name: "local .deb", code: "FROM debian:12\nRUN apt-get install ./wkhtmltox_0.12.5-1.bionic_amd64.deb\n" },
    { name: "absolute .deb", code: "FROM debian:12\nRUN apt-get install -y /tmp/pkg.deb\n" },
    { name: "-t target release with a pin", code: "FROM debian:12\nRUN apt-get install -y --no-install-recommends -t jessie-backports openjdk-8-jdk=8u131-b11-1~bpo8+1\n" },
    { name: "version in an ARG without default", code: "FROM debian:12\nARG CURL_VERSION\nRUN apt-get install -y curl=${CURL_VERSION}\n" },
    { name: "version in an ENV", code: "FROM debian:12\nENV CURL_VERSION=7.88.1-10\nRUN apt-get install -y \"curl=$CURL_VERSION\"\n" },
    { name: "package list in an unknown variable", code: "FROM debian:12\nARG PACKAGES\nRUN apt-get install -y $PACKAGES\n" },
    { name: "package list in a variable, all pinned", code: "FROM debian:12\nARG PACKAGES=\"curl=7.88 git=1:2.39\"\nRUN apt-get install -y $PACKAGES\n" },
    { name: "dry run installs nothing", code: "FROM debian:12\nRUN apt-get install -s curl\n" },
    { name: "not an install", code: "FROM debian:12\nRUN apt-get update && apt-get remove -y curl\n" },
    { name: "exec form, pinned", code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl=7.88"]\n' },
    { name: "PowerShell stage", code: "FROM mcr.microsoft.com/powershell\nSHELL [\"pwsh\", \"-Command\"]\nRUN apt-get install -y curl\n" },
    { name: "CMD is not a build step", code: "FROM debian:12\nCMD apt-get install -y curl\n" },
    { name: "difference: a version held in a variable without default counts as a pin", code: "FROM debian:12\nARG CURL_VERSION\nRUN apt-get install -y curl=${CURL_VERSION}\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get update && apt-get install python\n",
      errors: [{ messageId: "unpinned", line: 2, column: 39, message: "`python` has no version: use `python=<version>` so rebuilds install the same package." }],
      output: null,
    },
    {
      name: "each unpinned package, in a multi-line RUN",
      code: "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n      ca-certificates \\\n      curl=7.88.1-10 \\\n      git\n",
      errors: [{ messageId: "unpinned", line: 4, column: 7 }, { messageId: "unpinned", line: 6, column: 7 }],
      output: null,
    },
    { name: "apt, aptitude, sudo", code: "FROM debian:12\nRUN apt install -y vim && sudo aptitude install -y less\n", errors: [{ messageId: "unpinned", line: 2, column: 20 }, { messageId: "unpinned", line: 2, column: 52 }], output: null },
    { name: "a target release is not a version", code: "FROM debian:12\nRUN apt-get install -y curl/bookworm-backports\n", errors: [{ messageId: "unpinned", line: 2, column: 24, message: /`curl`/ }], output: null },
    { name: "name from a known ARG", code: "FROM debian:12\nARG TOOL=jq\nRUN apt-get install -y \"${TOOL}\"\n", errors: [{ messageId: "unpinned", line: 3, column: 24, message: /`jq`/ }], output: null },
    { name: "package list in a known ARG", code: "FROM debian:12\nARG PACKAGES=\"curl=7.88 git\"\nRUN apt-get install -y $PACKAGES\n", errors: [{ messageId: "unpinned", line: 3, column: 24, message: /`git`/ }], output: null },
    { name: "sh -c", code: "FROM debian:12\nRUN sh -c 'apt-get install -y curl'\n", errors: [{ messageId: "unpinned", line: 2, column: 31 }], output: null },
    { name: "heredoc", code: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n", errors: [{ messageId: "unpinned", line: 4, column: 20 }], output: null },
    { name: "exec form", code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n', errors: [{ messageId: "unpinned", line: 2, column: 34 }], output: null },
    { name: "ONBUILD trigger", code: "FROM debian:12\nONBUILD RUN apt-get install -y curl\n", errors: [{ messageId: "unpinned", line: 2, column: 32 }], output: null },
    { name: "every stage", code: "FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12\nRUN apt-get install -y curl\n", errors: [{ messageId: "unpinned", line: 2, column: 24 }, { messageId: "unpinned", line: 4, column: 24 }], output: null },
    {
      name: "difference: a target release (pkg/bookworm-backports) is not a version",
      code: "FROM debian:12\nRUN apt-get install -y curl/bookworm-backports\n",
      errors: [{ messageId: "unpinned", line: 2, column: 24 }],
      output: null,
    },
  ],
});
