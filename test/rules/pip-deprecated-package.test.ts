import { testRule } from "../rule-tester.js";

testRule("pip-deprecated-package", {
  valid: [
    "FROM python:3.12\nRUN pip install --no-cache-dir scikit-learn scikit-image Pillow tensorflow\n",
    { name: "a name that merely starts like one", code: "FROM python:3.12\nRUN pip install --no-cache-dir sklearn-pandas pillow-heif\n" },
    { name: "an old tensorflow-gpu pinned exactly still installs", code: "FROM python:3.12\nRUN pip install --no-cache-dir tensorflow-gpu==2.10.1\n" },
    { name: "the value of -r is a file", code: "FROM python:3.12\nRUN pip install --no-cache-dir -r sklearn\n" },
    { name: "not pip", code: "FROM debian:12\nRUN apt-get install -y sklearn && conda install sklearn\n" },
  ],
  invalid: [
    {
      code: "FROM python:3.12\nRUN pip install --no-cache-dir sklearn\n",
      errors: [{ messageId: "deprecated", line: 2, column: 32, message: "`sklearn`: the `sklearn` stub on PyPI fails to install. Install `scikit-learn` instead." }],
      output: "FROM python:3.12\nRUN pip install --no-cache-dir scikit-learn\n",
    },
    {
      name: "version spec and quotes kept",
      code: "FROM python:3.12\nRUN pip install --no-cache-dir numpy \"sklearn>=1.0\" 'SKLearn[alldeps]==1.4'\n",
      errors: [{ messageId: "deprecated", line: 2, column: 38 }, { messageId: "deprecated", line: 2, column: 53 }],
      output: "FROM python:3.12\nRUN pip install --no-cache-dir numpy \"scikit-learn>=1.0\" 'scikit-learn[alldeps]==1.4'\n",
    },
    {
      name: "multi-line with python -m pip, skimage and PIL",
      code: "FROM python:3.12\nRUN python3 -m pip install --no-cache-dir \\\n      skimage \\\n      PIL\n",
      errors: [{ messageId: "deprecated", line: 3, column: 7, message: /scikit-image/ }, { messageId: "deprecated", line: 4, column: 7, message: /Pillow/ }],
      output: "FROM python:3.12\nRUN python3 -m pip install --no-cache-dir \\\n      scikit-image \\\n      Pillow\n",
    },
    {
      name: "tensorflow-gpu unpinned or at a removed version",
      code: "FROM python:3.12\nRUN pip install --no-cache-dir tensorflow_gpu && pip install --no-cache-dir tensorflow-gpu==2.12.0\n",
      errors: [{ messageId: "deprecated", line: 2, column: 32 }, { messageId: "deprecated", line: 2, column: 77 }],
      output: "FROM python:3.12\nRUN pip install --no-cache-dir tensorflow && pip install --no-cache-dir tensorflow==2.12.0\n",
    },
    {
      name: "sh -c and a heredoc",
      code: "FROM python:3.12\nRUN sh -c 'pip install --no-cache-dir sklearn'\nRUN <<EOF\npip install --no-cache-dir sklearn\nEOF\n",
      errors: [{ messageId: "deprecated", line: 2, column: 39 }, { messageId: "deprecated", line: 4, column: 28 }],
      output: "FROM python:3.12\nRUN sh -c 'pip install --no-cache-dir scikit-learn'\nRUN <<EOF\npip install --no-cache-dir scikit-learn\nEOF\n",
    },
    {
      name: "exec form: not fixed",
      code: 'FROM python:3.12\nRUN ["pip", "install", "sklearn"]\n',
      errors: [{ messageId: "deprecated", line: 2, column: 24 }],
      output: null,
    },
  ],
});
