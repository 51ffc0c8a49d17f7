import { testRule } from "../rule-tester.js";

testRule("no-tls-bypass", {
  valid: [
    "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh -o /tmp/install.sh\n",
    { name: "verification on", code: "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1\nRUN npm config set strict-ssl true\n" },
    { name: "ARG without a value", code: "FROM python:3.12\nARG PIP_TRUSTED_HOST\n" },
    { name: "unresolved value", code: "FROM node:20\nARG V\nENV NODE_TLS_REJECT_UNAUTHORIZED=$V\n" },
    { name: "-k of another tool", code: "FROM debian:12\nRUN ssh-keygen -k -f x && grep -k x y\n" },
    { name: "repo with checks on", code: "FROM fedora:40\nCOPY <<EOF /etc/yum.repos.d/x.repo\n[x]\nbaseurl=https://x\ngpgcheck=1\nsslverify=1\nEOF\n" },
    { name: "pwsh stage", code: 'FROM mcr.microsoft.com/powershell:7.4\nSHELL ["pwsh", "-Command"]\nRUN Invoke-WebRequest -Uri https://x -OutFile y\n' },
    { name: "difference: [trusted=yes] on a local file: source fetches nothing over the network", code: "FROM debian:12\nRUN echo 'deb [trusted=yes] file:/opt/repo ./' > /etc/apt/sources.list.d/local.list\n" },
    { name: "difference: a value that cannot be resolved is not flagged", code: "FROM node:20\nARG TLS\nENV NODE_TLS_REJECT_UNAUTHORIZED=$TLS\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN curl -fsSLk https://example.com/install.sh -o /tmp/install.sh\n",
      errors: [{ messageId: "curlInsecure", line: 2, column: 10 }],
      output: null,
    },
    {
      name: "each bypass in a multi-line RUN gets its own message id",
      code:
        "FROM debian:12\nRUN wget --no-check-certificate https://x \\\n" +
        " && apt-get install -y --allow-unauthenticated --force-yes pkg \\\n" +
        " && pip install --trusted-host pypi.org requests\n",
      errors: [
        { messageId: "wgetNoCheckCertificate", line: 2, column: 10 },
        { messageId: "aptAllowUnauthenticated", line: 3, column: 24 },
        { messageId: "aptForceYes", line: 3, column: 48 },
        { messageId: "pipTrustedHost", line: 4, column: 17 },
      ],
      output: null,
    },
    {
      name: "ENV and ARG",
      code: "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\nARG PYTHONHTTPSVERIFY=0\nENV GIT_SSL_NO_VERIFY true\nENV PIP_TRUSTED_HOST=pypi.org npm_config_strict_ssl=false\n",
      errors: [
        { messageId: "nodeTlsRejectUnauthorized", line: 2, column: 5 },
        { messageId: "pythonHttpsVerify", line: 3, column: 5 },
        { messageId: "gitSslNoVerify", line: 4, column: 5 },
        { messageId: "pipTrustedHost", line: 5, column: 5 },
        { messageId: "npmStrictSslFalse", line: 5, column: 31 },
      ],
      output: null,
    },
    {
      name: "ENV value from an ARG",
      code: "FROM node:20\nARG VERIFY=0\nENV NODE_TLS_REJECT_UNAUTHORIZED=${VERIFY}\n",
      errors: [{ messageId: "nodeTlsRejectUnauthorized", line: 3, column: 5 }],
      output: null,
    },
    {
      name: "variables set in a RUN",
      code: "FROM node:20\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm install && export GIT_SSL_NO_VERIFY=1 && env PYTHONHTTPSVERIFY=0 python x.py\n",
      errors: [
        { messageId: "nodeTlsRejectUnauthorized", line: 2, column: 5 },
        { messageId: "gitSslNoVerify", line: 2, column: 58 },
        { messageId: "pythonHttpsVerify", line: 2, column: 85 },
      ],
      output: null,
    },
    {
      name: "package manager signatures",
      code: "FROM fedora:40\nRUN dnf install -y --nogpgcheck x && rpm -i --nosignature y.rpm\nFROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/x.apk\n",
      errors: [
        { messageId: "noGpgCheck", line: 2, column: 20 },
        { messageId: "rpmNoSignature", line: 2, column: 45 },
        { messageId: "apkAllowUntrusted", line: 4, column: 13 },
      ],
      output: null,
    },
    {
      name: "npm, yarn and git settings, sh -c",
      code: "FROM node:20\nRUN npm config set strict-ssl false && yarn config set strict-ssl false\nRUN sh -c 'git config --global http.sslVerify false'\n",
      errors: [
        { messageId: "npmStrictSslFalse", line: 2, column: 20 },
        { messageId: "npmStrictSslFalse", line: 2, column: 56 },
        { messageId: "gitSslVerifyFalse", line: 3, column: 32 },
      ],
      output: null,
    },
    {
      name: "sslverify=0 in a repo file written by RUN and by COPY heredoc",
      code:
        "FROM centos:7\nRUN echo 'sslverify=0' >> /etc/yum.conf\n" +
        "COPY <<EOF /etc/yum.repos.d/x.repo\n[x]\nbaseurl=https://x\nsslverify = false\nEOF\n",
      errors: [
        { messageId: "repoSslVerifyOff", line: 2, column: 11 },
        { messageId: "repoSslVerifyOff", line: 6, column: 1 },
      ],
      output: null,
    },
    {
      name: "apt source with trusted=yes",
      code: 'FROM debian:12\nRUN echo "deb [trusted=yes] http://repo.example.com stable main" > /etc/apt/sources.list.d/x.list\n',
      errors: [{ messageId: "aptTrustedYes", line: 2, column: 16 }],
      output: null,
    },
    {
      name: "difference: a variable set with export in the RUN is read where it takes effect",
      code: "FROM alpine:3.20\nRUN export GIT_SSL_NO_VERIFY=1 && git clone https://example.com/x.git\n",
      errors: [{ messageId: "gitSslNoVerify", line: 2, column: 12 }],
      output: null,
    },
  ],
});
