import { testRule } from "../rule-tester.js";

testRule("pip-pin-versions", {
  valid: [
    "FROM python:3.12\nRUN pip3 install MySQL_python==1.2.2\n",
    { name: "~= and ===", code: "FROM python:3.12\nRUN pip install MySQL_python~=1.2.2 other===1.0\n" },
    { name: "bounds and exclusions", code: "FROM python:3.12\nRUN pip install 'alabaster>=0.7' 'alabaster<0.7' 'alabaster!=0.7' \"x >= 1, < 2\"\n" },
    { name: "extras with a version", code: "FROM python:3.12\nRUN pip install 'uvicorn[standard]==0.30.1'\n" },
    { name: "local archives", code: "FROM python:3.12\nRUN pip3 install mypkg.whl mypkg.tar.gz /wheels/x-1.0-py3-none-any.whl\n" },
    { name: "requirements file", code: "FROM python:3.12\nRUN pip install -r requirements.txt && pip install --requirement requirements.txt\n" },
    { name: "local project", code: "FROM python:3.12\nRUN pip install . && pip install ./src && pip install -e .\n" },
    { name: "flags with values", code: "FROM python:3.12\nRUN pip3 install --prefix /opt/y --root /opt/y --target /opt/y --trusted-host host -i https://u:p@eg.com/foo --extra-index-url https://ex-eg.io/foo yamllint==1.20.0 --user --no-cache-dir\n" },
    { name: "python -m pip", code: "FROM python:3.12\nRUN python -m pip install example==1.2.2\n" },
    { name: "VCS URL with a ref", code: "FROM python:3.12\nRUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext\n" },
    { name: "direct reference", code: "FROM python:3.12\nRUN pip install 'r-ext @ https://example.com/r_ext-1.0.tar.gz'\n" },
    { name: "constraints file pins the names", code: "FROM python:3.12\nRUN pip install pykafka --constraint http://foo.bar.baz && pip install pykafka -c c.txt\n" },
    { name: "version in an ARG without default", code: "FROM python:3.12\nARG DJANGO_VERSION\nRUN pip install \"django==${DJANGO_VERSION}\"\n" },
    { name: "version in an ARG with default", code: "FROM python:3.12\nARG V=1.2\nRUN pip install six==$V\n" },
    { name: "unknown package variable", code: "FROM python:3.12\nRUN pip install $PIP_PACKAGES\n" },
    { name: "dry run", code: "FROM python:3.12\nRUN pip install --dry-run requests\n" },
    { name: "not install", code: "FROM python:3.12\nRUN pip download requests && pip uninstall -y requests\n" },
  ],
  invalid: [
    {
      code: "FROM python:3.12\nRUN pip install MySQL_python\n",
      errors: [{ messageId: "unpinned", line: 2, column: 17, message: "`MySQL_python` has no version: use `MySQL_python==<version>` so rebuilds install the same package." }],
      output: null,
    },
    { name: "pip2", code: "FROM python:2.7\nRUN pip2 install MySQL_python\n", errors: [{ messageId: "unpinned", line: 2, column: 18 }], output: null },
    { name: "python -m pip with an index", code: "FROM python:3.12\nRUN python -m pip install --index-url url example\n", errors: [{ messageId: "unpinned", line: 2, column: 43 }], output: null },
    { name: "VCS URL without a ref", code: "FROM python:3.12\nRUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext\n", errors: [{ messageId: "unpinned", line: 2, column: 17 }], output: null },
    { name: "the user of an ssh URL is not a ref", code: "FROM python:3.12\nRUN pip install git+ssh://git@github.com/org/x.git\n", errors: [{ messageId: "unpinned", line: 2, column: 17 }], output: null },
    { name: "extras alone", code: "FROM python:3.12\nRUN pip install 'uvicorn[standard]'\n", errors: [{ messageId: "unpinned", line: 2, column: 17, message: /`uvicorn`/ }], output: null },
    {
      name: "beside a requirements file, multi-line, upgrading pip",
      code: "FROM python:3.12\nRUN pip install --upgrade pip \\\n && pip install --no-cache-dir -r requirements.txt \\\n      gunicorn\n",
      errors: [{ messageId: "unpinned", line: 2, column: 27, message: /`pip`/ }, { messageId: "unpinned", line: 4, column: 7, message: /`gunicorn`/ }],
      output: null,
    },
    { name: "name from a known ARG", code: "FROM python:3.12\nARG TOOL=black\nRUN pip install ${TOOL}\n", errors: [{ messageId: "unpinned", line: 3, column: 17, message: /`black`/ }], output: null },
    {
      name: "difference: packages named next to -r requirements.txt are still checked (hadolint skips the command)",
      code: "FROM python:3.12\nRUN pip install -r requirements.txt flask\n",
      errors: [{ messageId: "unpinned", line: 2, column: 37 }],
      output: null,
    },
    {
      name: "difference: extras alone are not a version",
      code: "FROM python:3.12\nRUN pip install 'uvicorn[standard]'\n",
      errors: [{ messageId: "unpinned", line: 2, column: 17 }],
      output: null,
    },
  ],
});
