import { testRule } from "../rule-tester.js";

testRule("apt-update-with-install", {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
    { name: "multi-line with -f install", code: "FROM debian:12\nRUN dpkg -i /tmp/x.deb || (apt-get update \\\n && apt-get -f install -y)\n" },
    { name: "upgrade reads the lists", code: "FROM debian:12\nRUN apt-get update && apt-get -y upgrade\n" },
    { name: "apt-cache reads the lists", code: "FROM debian:12\nRUN apt-get update && apt-cache policy curl\n" },
    { name: "apt front end", code: "FROM debian:12\nRUN apt update && apt install -y curl\n" },
    { name: "a script may install", code: "FROM debian:12\nRUN apt-get update && ./install-deps.sh\n" },
    { name: "piped installer", code: "FROM debian:12\nRUN apt-get update && curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n" },
    { name: "install inside sh -c", code: "FROM debian:12\nRUN apt-get update && sh -c 'apt-get install -y curl'\n" },
    { name: "removal resolves with the lists", code: "FROM debian:12\nRUN apt-get update && apt-get purge -y imagemagick\n" },
    { name: "cross-compilation wrapper", code: "FROM debian:12\nRUN apt-get update && xx-apt-get install -y gcc\n" },
    { name: "xargs after a redirection", code: "FROM debian:12\nRUN apt-get update; xargs -rt < ./deps.txt apt-get install -y\n" },
    { name: "no update", code: "FROM debian:12\nRUN apt-get clean\n" },
    { name: "other managers", code: "FROM alpine:3.20\nRUN apk update\n" },
    { name: "difference: a RUN that also runs a script it cannot read is not flagged", code: "FROM debian:12\nRUN apt-get update && ./install.sh\n" },
    { name: "difference: apt-cache policy reads the lists and counts as the install", code: "FROM debian:12\nRUN apt-get update && apt-cache policy curl\n" },
    { name: "difference: a RUN that pipes a download to a shell may install from the lists", code: "FROM debian:12\nRUN apt-get update && curl -fsSL https://example.com/setup.sh | bash\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n",
      errors: [{ messageId: "alone", line: 2, column: 13, message: /`apt-get update` without an install/ }],
      output: null,
    },
    {
      name: "with other commands that install nothing, multi-line",
      code: "FROM debian:12\nRUN echo 'deb http://x stable main' > /etc/apt/sources.list.d/x.list \\\n && apt-get \\\n      update \\\n && apt-get clean\n",
      errors: [{ messageId: "alone", line: 4, column: 7 }],
      output: null,
    },
    {
      name: "apt update and clean",
      code: "FROM debian:12\nRUN apt update && apt-get clean\n",
      errors: [{ messageId: "alone", line: 2, column: 9, message: /`apt update`/ }],
      output: null,
    },
    {
      name: "exec form",
      code: 'FROM debian:12\nRUN ["apt-get", "update"]\n',
      errors: [{ messageId: "alone", line: 2, column: 17 }],
      output: null,
    },
  ],
});
