import { testRule } from "../rule-tester.js";

testRule("pip-extra-index-url", {
  valid: [
    "FROM python:3.12\nRUN pip install --index-url https://pypi.example.com/simple mypkg==1.2.0\n",
    { name: "hashes pin every artifact", code: "FROM python:3.12\nRUN pip install --require-hashes --extra-index-url https://x/simple -r req.txt\n" },
    { name: "no index at all", code: "FROM python:3.12\nRUN pip install --no-index --extra-index-url https://x/simple --find-links /wheels mypkg\n" },
    { name: "uv picks the first index", code: "FROM python:3.12\nRUN uv pip install --extra-index-url https://x/simple mypkg\n" },
    { name: "the word in another command", code: "FROM python:3.12\nRUN echo --extra-index-url https://x/simple\n" },
    { name: "ARG without a value", code: "FROM python:3.12\nARG PIP_EXTRA_INDEX_URL\nRUN pip install mypkg\n" },
    { name: "ENV from an unknown ARG", code: "FROM python:3.12\nARG EXTRA\nENV PIP_EXTRA_INDEX_URL=$EXTRA\n" },
    { name: "empty ENV", code: "FROM python:3.12\nENV PIP_EXTRA_INDEX_URL=\"\"\n" },
    { name: "pip config of another key", code: "FROM python:3.12\nRUN pip config set global.index-url https://x/simple\n" },
    { name: "pip list", code: "FROM python:3.12\nRUN pip list --extra-index-url https://x/simple\n" },
    { name: "difference: uv pip install is not flagged", code: "FROM python:3.12\nRUN uv pip install --extra-index-url https://example.com/simple flask\n" },
    { name: "difference: --require-hashes makes the extra index harmless", code: "FROM python:3.12\nRUN pip install --extra-index-url https://example.com/simple --require-hashes -r requirements.txt\n" },
    { name: "difference: an ARG PIP_EXTRA_INDEX_URL whose value is unknown is not flagged", code: "FROM python:3.12\nARG PIP_EXTRA_INDEX_URL\nRUN pip install flask\n" },
  ],
  invalid: [
    {
      code: "FROM python:3.12\nRUN pip install --extra-index-url https://x/simple mypkg==1.2.0\n",
      errors: [{ messageId: "extraIndex", line: 2, column: 17, message: /^--extra-index-url lets/ }],
      output: null,
    },
    {
      name: "=value form via python -m pip, multi-line",
      code: "FROM python:3.12\nRUN python3 -m pip install \\\n      --extra-index-url=https://download.pytorch.org/whl/cpu \\\n      torch\n",
      errors: [{ messageId: "extraIndex", line: 3, column: 7 }],
      output: null,
    },
    {
      name: "a variable value counts: the extra index is there",
      code: "FROM python:3.12\nARG INDEX\nRUN pip3 install --extra-index-url \"$INDEX\" -r requirements.txt\n",
      errors: [{ messageId: "extraIndex", line: 3, column: 18 }],
      output: null,
    },
    {
      name: "ENV and ARG with values",
      code: "FROM python:3.12\nARG PIP_EXTRA_INDEX_URL=https://x/simple\nENV PIP_EXTRA_INDEX_URL=https://y/simple\n",
      errors: [
        { messageId: "extraIndex", line: 2, column: 5, message: /^ARG PIP_EXTRA_INDEX_URL lets/ },
        { messageId: "extraIndex", line: 3, column: 5, message: /^ENV PIP_EXTRA_INDEX_URL lets/ },
      ],
      output: null,
    },
    {
      name: "prefix assignment and export",
      code: "FROM python:3.12\nRUN PIP_EXTRA_INDEX_URL=https://x/simple pip install a && export PIP_EXTRA_INDEX_URL=https://x/simple\n",
      errors: [{ messageId: "extraIndex", line: 2, column: 5 }, { messageId: "extraIndex", line: 2, column: 66 }],
      output: null,
    },
    {
      name: "pip config set",
      code: "FROM python:3.12\nRUN pip config --global set global.extra-index-url https://x/simple\n",
      errors: [{ messageId: "extraIndex", line: 2, column: 29, message: /^pip config set global.extra-index-url/ }],
      output: null,
    },
    {
      name: "pip download, sh -c",
      code: "FROM python:3.12\nRUN sh -c 'pip download --extra-index-url https://x/simple -d /wheels a'\n",
      errors: [{ messageId: "extraIndex", line: 2, column: 25 }],
      output: null,
    },
    {
      name: "difference: an --extra-index-url flag whose value is an unknown variable is flagged",
      code: "FROM python:3.12\nARG INDEX\nRUN pip install --extra-index-url $INDEX flask\n",
      errors: [{ messageId: "extraIndex", line: 3, column: 17 }],
      output: null,
    },
  ],
});
