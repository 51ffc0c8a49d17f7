import { testRule } from "../rule-tester.js";

testRule("unverified-download", {
  valid: [
    "FROM debian:12\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tar.gz /tmp/\n",
    { name: "git source", code: "FROM debian:12\nADD https://github.com/moby/buildkit.git#v0.14.0 /src\n" },
    { name: "local ADD", code: "FROM debian:12\nADD app.tar.gz /opt/\n" },
    { name: "signature file", code: "FROM debian:12\nADD https://example.com/app.tar.gz.asc /tmp/\n" },
    { name: "cache-buster", code: "FROM debian:12\nADD https://api.github.com/repos/example/app/commits?per_page=1 /tmp/latest_commit\n" },
    {
      name: "ADD checked by a later RUN",
      code: "FROM debian:12\nADD https://example.com/app.tar.gz /tmp/app.tar.gz\nADD https://example.com/app.tar.gz.asc /tmp/app.tar.gz.asc\nRUN gpg --batch --verify /tmp/app.tar.gz.asc /tmp/app.tar.gz && tar -xzf /tmp/app.tar.gz -C /opt\n",
    },
    {
      name: "sha256sum -c in the same RUN",
      code: "FROM debian:12\nARG SHA=24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d\nRUN curl -fsSLo /tmp/app.tgz https://example.com/app.tgz \\\n && echo \"$SHA  /tmp/app.tgz\" | sha256sum -c - \\\n && tar -xzf /tmp/app.tgz -C /opt\n",
    },
    { name: "gpg --verify", code: "FROM debian:12\nRUN wget -q https://example.com/a.deb https://example.com/a.deb.asc && gpg --verify a.deb.asc a.deb && dpkg -i a.deb\n" },
    { name: "downloaded, not used", code: "FROM debian:12\nRUN curl -fsSLo /etc/app/config.yml https://example.com/config.yml\n" },
    { name: "used by another file name", code: "FROM debian:12\nRUN curl -fsSLO https://example.com/a.tgz && tar -xzf /opt/b.tgz\n" },
    { name: "created, not extracted", code: "FROM debian:12\nRUN curl -fsSLO https://example.com/a.txt && tar -czf a.tgz a.txt\n" },
    { name: "syntax check only", code: "FROM debian:12\nRUN wget -O /usr/local/bin/dind https://example.com/dind && sh -n /usr/local/bin/dind\n" },
    { name: "piped to tar is not a file", code: "FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar -xz -C /opt\n" },
    { name: "used before the download", code: "FROM debian:12\nRUN tar -xzf a.tgz && curl -fsSLO https://example.com/a.tgz\n" },
    { name: "difference: a download piped to tar is not reported", code: "FROM alpine:3.20\nRUN curl -fsSL https://example.com/a.tar.gz | tar -xz -C /opt\n" },
    { name: "difference: a RUN that runs a checksum tool is not reported", code: 'FROM alpine:3.20\nRUN curl -fsSLo app.tgz https://example.com/app.tgz && echo "$SHA  app.tgz" | sha256sum -c - && tar -xzf app.tgz\n' },
    { name: "difference: an ADD of a signature file is not reported", code: "FROM alpine:3.20\nADD https://example.com/app.tar.gz.asc /tmp/\n" },
    { name: "difference: a git source of ADD is pinned by its ref", code: "FROM alpine:3.20\nADD https://github.com/org/repo.git#v1.2.3 /src\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nADD https://example.com/app.tar.gz /tmp/\n",
      errors: [{ messageId: "add", line: 2, column: 5, endLine: 2, endColumn: 35 }],
      output: null,
    },
    {
      name: "ADD with other flags, quoted",
      code: "FROM debian:12\nADD --chmod=644 \"https://example.com/agent.jar\" /app/agent.jar\n",
      errors: [{ messageId: "add", line: 2, column: 17, endLine: 2, endColumn: 48, message: /`ADD https:\/\/example.com\/agent.jar`/ }],
      output: null,
    },
    {
      name: "curl -o then dpkg -i",
      code: "FROM debian:12\nRUN curl -fsSLo /tmp/app.deb https://example.com/app.deb && dpkg -i /tmp/app.deb\n",
      errors: [{ messageId: "used", line: 2, column: 5, endLine: 2, endColumn: 9, message: /`\/tmp\/app.deb` is downloaded by `curl` and the RUN installs it with `dpkg`/ }],
      output: null,
    },
    {
      name: "wget into the working directory, then cd and tar, on continuation lines",
      code: "FROM debian:12\nRUN cd /tmp \\\n && wget -q https://example.com/dl/app-1.0.tar.gz \\\n && tar xzf app-1.0.tar.gz\n",
      errors: [{ messageId: "used", line: 3, column: 5, endLine: 3, endColumn: 9, message: /unpacks it with `tar`/ }],
      output: null,
    },
    {
      name: "run as a script, as a program, by python, and installed by apt-get",
      code: "FROM debian:12\nRUN curl -fsSLO https://example.com/install.sh && sh install.sh\nRUN curl -fsSLo /usr/local/bin/tool https://example.com/tool && chmod +x /usr/local/bin/tool && /usr/local/bin/tool --init\nRUN wget https://bootstrap.pypa.io/get-pip.py && python3 get-pip.py\nRUN wget -O chrome.deb https://example.com/chrome.deb && apt-get install -y ./chrome.deb\n",
      errors: [
        { messageId: "used", line: 2, column: 5, endLine: 2, endColumn: 9, message: /runs it with `sh`/ },
        { messageId: "used", line: 3, column: 5, endLine: 3, endColumn: 9, message: /runs it with `tool`/ },
        { messageId: "used", line: 4, column: 5, endLine: 4, endColumn: 9, message: /runs it with `python3`/ },
        { messageId: "used", line: 5, column: 5, endLine: 5, endColumn: 9, message: /installs it with `apt-get`/ },
      ],
      output: null,
    },
    {
      name: "unzip and rpm",
      code: "FROM fedora:40\nRUN curl -fsSL -o /tmp/a.zip https://example.com/a.zip && unzip -q /tmp/a.zip -d /opt \\\n && wget -O /tmp/b.rpm https://example.com/b.rpm && rpm -ivh /tmp/b.rpm\n",
      errors: [
        { messageId: "used", line: 2, column: 5, endLine: 2, endColumn: 9, message: /unpacks it with `unzip`/ },
        { messageId: "used", line: 3, column: 5, endLine: 3, endColumn: 9, message: /installs it with `rpm`/ },
      ],
      output: null,
    },
  ],
});
