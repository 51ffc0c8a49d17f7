import { testRule } from "../rule-tester.js";

testRule("sort-packages", {
  valid: [
    "FROM debian:12\nRUN apt-get install -y ca-certificates curl git\n",
    { name: "case-insensitive", code: "FROM python:3.12\nRUN pip install --no-cache-dir Django numpy PyYAML requests\n" },
    { name: "compared by name, not by version spec", code: "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 curl-dev=1 git\n" },
    { name: "one package", code: "FROM alpine:3.20\nRUN apk add --no-cache curl\n" },
    { name: "a variable among the packages: no order to judge", code: "FROM debian:12\nRUN apt-get install -y wget $EXTRA curl\n" },
    { name: "a path among the packages", code: "FROM python:3.12\nRUN pip install --no-cache-dir pytest ./lib\n" },
    { name: "the -t value of apk is not a package", code: "FROM alpine:3.20\nRUN apk add --no-cache -t .build-deps gcc musl-dev\n" },
    { name: "flag values are not packages", code: "FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt -c constraints.txt black ruff\n" },
    { name: "each command on its own", code: "FROM debian:12\nRUN apt-get install -y wget && apt-get install -y curl\n" },
    { name: "not an install", code: "FROM debian:12\nRUN apt-get remove -y wget curl\n" },
    { name: "CMD is not checked", code: "FROM python:3.12\nCMD pip install b a\n" },
  ],
  invalid: [
    {
      name: "single-line pip list: reported at the first word that sorts before its neighbour",
      code: "FROM python:3.12\nRUN pip --no-cache-dir install numpy pandas seaborn sklearn jupyter\n",
      errors: [{ messageId: "unsorted", line: 2, column: 61, message: "Packages are not in alphabetical order: `jupyter` should come before `sklearn`." }],
      output: null,
    },
    {
      name: "the same list once sklearn is renamed",
      code: "FROM python:3.12\nRUN pip --no-cache-dir install numpy pandas seaborn scikit-learn jupyter\n",
      errors: [{ messageId: "unsorted", line: 2, column: 53 }],
      output: "FROM python:3.12\nRUN pip --no-cache-dir install jupyter numpy pandas scikit-learn seaborn\n",
    },
    {
      name: "a name pip-deprecated-package will rename: reported, the fix waits for the rename",
      code: "FROM python:3.12\nRUN pip install --no-cache-dir numpy sklearn jupyter\n",
      errors: [{ messageId: "unsorted", line: 2, column: 46 }],
      output: null,
    },
    {
      name: "multi-line list: continuations and indentation stay in place",
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    wget \\\n    curl \\\n        git \\\n && rm -rf /var/lib/apt/lists/*\n",
      errors: [{ messageId: "unsorted", line: 4, column: 5 }],
      output: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    curl \\\n    git \\\n        wget \\\n && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "boolean flags between packages stay where they are",
      code: "FROM alpine:3.20\nRUN apk add zlib --no-cache bash\n",
      errors: [{ messageId: "unsorted", line: 2, column: 29 }],
      output: "FROM alpine:3.20\nRUN apk add bash --no-cache zlib\n",
    },
    {
      name: "a flag value between packages: reported, not fixed",
      code: "FROM ruby:3.3\nRUN gem install rails -v 7.1.3 bundler\n",
      errors: [{ messageId: "unsorted", line: 2, column: 32 }],
      output: null,
    },
    {
      name: "a comment line among the packages: reported, not fixed",
      code: "FROM debian:12\nRUN apt-get install -y \\\n    wget \\\n    # needed for TLS\n    ca-certificates\n",
      errors: [{ messageId: "unsorted", line: 5, column: 5 }],
      output: null,
    },
    {
      name: "sudo, sh -c and quoted words",
      code: "FROM debian:12\nRUN sh -c \"sudo apt-get install -y 'wget' curl\"\n",
      errors: [{ messageId: "unsorted", line: 2, column: 43 }],
      output: "FROM debian:12\nRUN sh -c \"sudo apt-get install -y curl 'wget'\"\n",
    },
    {
      name: "version specs travel with their package",
      code: "FROM python:3.12\nRUN python3 -m pip install --no-cache-dir 'requests==2.32.3' \"fastapi[all]>=0.110\"\n",
      errors: [{ messageId: "unsorted", line: 2, column: 62 }],
      output: "FROM python:3.12\nRUN python3 -m pip install --no-cache-dir \"fastapi[all]>=0.110\" 'requests==2.32.3'\n",
    },
    {
      name: "npm scoped packages and yarn",
      code: "FROM node:22\nRUN npm install -g typescript @types/node && yarn global add prettier eslint\n",
      errors: [{ messageId: "unsorted", line: 2, column: 31 }, { messageId: "unsorted", line: 2, column: 71 }],
      output: "FROM node:22\nRUN npm install -g @types/node typescript && yarn global add eslint prettier\n",
    },
    {
      name: "heredoc body",
      code: "FROM fedora:40\nRUN <<EOF\ndnf install -y vim git\nEOF\n",
      errors: [{ messageId: "unsorted", line: 3, column: 20 }],
      output: "FROM fedora:40\nRUN <<EOF\ndnf install -y git vim\nEOF\n",
    },
    {
      name: "exec form: reported, not fixed",
      code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "wget", "curl"]\n',
      errors: [{ messageId: "unsorted", line: 2, column: 42 }],
      output: null,
    },
    {
      name: "CRLF file",
      code: "FROM debian:12\r\nRUN apt-get install -y \\\r\n  wget \\\r\n  curl\r\n",
      errors: [{ messageId: "unsorted", line: 4, column: 3 }],
      output: "FROM debian:12\r\nRUN apt-get install -y \\\r\n  curl \\\r\n  wget\r\n",
    },
  ],
});
