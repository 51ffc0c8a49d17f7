import { testRule } from "../rule-tester.js";

testRule("no-remote-script", {
  valid: [
    "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh \\\n && echo \"0123abcd  /tmp/install.sh\" | sha256sum -c - \\\n && sh /tmp/install.sh\n",
    { name: "archive piped to tar", code: "FROM debian:12\nRUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt\n" },
    { name: "wget without -O- saves a file: nothing is piped", code: "FROM debian:12\nRUN wget https://example.com/install.sh | sh\n" },
    { name: "curl saving a file", code: "FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://example.com/i.sh | sh\n" },
    { name: "the shell runs a local file", code: "FROM debian:12\nRUN curl -fsSL https://example.com/data | bash ./process.sh\n" },
    { name: "the shell runs inline code", code: "FROM debian:12\nRUN curl -fsSL https://example.com/list | sh -c 'cat > /etc/list'\n" },
    { name: "python runs a module", code: "FROM python:3.12\nRUN curl -fsSL https://example.com/x.json | python -m json.tool\n" },
    { name: "the download is an argument, not the script", code: "FROM debian:12\nRUN sh -c \"echo $(curl -fsSL https://example.com/version)\"\n" },
    { name: "a value in a variable", code: "FROM debian:12\nRUN V=\"$(curl -fsSL https://example.com/version)\" && echo $V\n" },
    { name: "difference: wget url | sh pipes nothing: wget saves a file", code: "FROM alpine:3.20\nRUN wget https://example.com/install.sh | sh\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n",
      errors: [{ messageId: "piped", line: 2, column: 56, endLine: 2, endColumn: 60 }],
      output: null,
    },
    {
      name: "through sudo and env, sh -s with arguments, on continuation lines",
      code: "FROM debian:12\nRUN curl -fsSL https://example.com/a.sh | sudo -E bash - \\\n && wget -qO- https://example.com/b.sh \\\n    | env FOO=1 sh -s -- -y\n",
      errors: [
        { messageId: "piped", line: 2, column: 51, endLine: 2, endColumn: 55, message: /`bash` runs a script piped from `curl`/ },
        { messageId: "piped", line: 4, column: 17, endLine: 4, endColumn: 19, message: /piped from `wget`/ },
      ],
      output: null,
    },
    {
      name: "through a filter, into /dev/stdin",
      code: "FROM debian:12\nRUN curl -sSL https://aka.ms/getvsdbgsh | tr -d '\\r' | bash /dev/stdin -v latest\n",
      errors: [{ messageId: "piped", line: 2, column: 56, endLine: 2, endColumn: 60 }],
      output: null,
    },
    {
      name: "python, php and node read the script from stdin",
      code: "FROM debian:12\nRUN curl -fsSL https://bootstrap.pypa.io/get-pip.py | python3 - --user \\\n && curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin \\\n && curl -fsSL https://example.com/install.js | node\n",
      errors: [
        { messageId: "piped", line: 2, column: 55, endLine: 2, endColumn: 62 },
        { messageId: "piped", line: 3, column: 50, endLine: 3, endColumn: 53 },
        { messageId: "piped", line: 4, column: 49, endLine: 4, endColumn: 53 },
      ],
      output: null,
    },
    {
      name: "sh -c \"$(curl …)\", bash <(curl …), eval",
      code: "FROM debian:12\nRUN sh -c \"$(curl -fsSL https://example.com/i.sh)\" -- -y \\\n && bash <(curl -fsSL https://example.com/j.sh) \\\n && sudo bash -c \"$(wget -qO- https://example.com/k.sh)\" \\\n && eval \"$(curl -fsSL https://example.com/env)\"\n",
      errors: [
        { messageId: "substituted", line: 2, column: 5, endLine: 2, endColumn: 7 },
        { messageId: "substituted", line: 3, column: 5, endLine: 3, endColumn: 9 },
        { messageId: "substituted", line: 4, column: 10, endLine: 4, endColumn: 14, message: /from `wget`/ },
        { messageId: "substituted", line: 5, column: 5, endLine: 5, endColumn: 9 },
      ],
      output: null,
    },
    {
      name: "heredoc RUN",
      code: "FROM debian:12\nRUN <<EOF\nset -e\ncurl -fsSL https://get.example.com | sh\nEOF\n",
      errors: [{ messageId: "piped", line: 4, column: 38, endLine: 4, endColumn: 40 }],
      output: null,
    },
    {
      name: "difference: the finding is at the program that runs the download",
      code: "FROM alpine:3.20\nRUN curl -fsSL https://example.com/install.sh | sudo bash -\n",
      errors: [{ messageId: "piped", line: 2, column: 54 }],
      output: null,
    },
  ],
});
