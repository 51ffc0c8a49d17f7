import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

testRule("no-root-notebook", {
  valid: [
    'FROM python:3.12\nCMD ["jupyter", "notebook", "--ip=0.0.0.0"]\n',
    { name: "a non-root USER makes the flag moot", code: 'FROM python:3.12\nUSER 1000\nCMD ["jupyter", "lab", "--allow-root"]\n' },
    { name: "USER set after CMD still applies to the container", code: 'FROM python:3.12\nCMD ["jupyter", "lab", "--allow-root"]\nUSER jovyan\n' },
    { name: "USER inherited from the stage it builds on", code: "FROM python:3.12 AS base\nUSER jovyan\nFROM base\nCMD jupyter lab --allow-root\n" },
    { name: "not jupyter", code: 'FROM python:3.12\nCMD ["some-tool", "--allow-root"]\n' },
    { name: "allow_root=False", code: "FROM python:3.12\nCMD jupyter lab --ServerApp.allow_root=False\n" },
    { name: "in a comment", code: "FROM python:3.12\n# jupyter lab --allow-root\nCMD [\"jupyter\", \"lab\"]\n" },
  ],
  invalid: [
    {
      name: "data-science example",
      code: dataScience,
      errors: [{ messageId: "allowRoot", line: 6, column: 72 }],
      output: null,
    },
    {
      name: "shell form, traitlets spelling, python -m",
      code: "FROM python:3.12\nCMD python -m jupyter lab --ServerApp.allow_root=True --no-browser\n",
      errors: [{ messageId: "allowRoot", line: 2, column: 27 }],
      output: null,
    },
    {
      name: "RUN and sh -c; a USER set later does not cover the RUN before it",
      code: 'FROM python:3.12\nRUN jupyter notebook --generate-config \\\n    && timeout 5 jupyter-notebook --allow-root || true\nUSER jovyan\nCMD ["sh", "-c", "jupyter lab --NotebookApp.allow_root"]\n',
      errors: [{ messageId: "allowRoot", line: 3, column: 35 }],
      output: null,
    },
    {
      name: "sh -c in CMD, running as root",
      code: 'FROM python:3.12\nUSER root\nCMD ["sh", "-c", "jupyter lab --NotebookApp.allow_root"]\n',
      errors: [{ messageId: "allowRoot", line: 3, column: 31 }],
      output: null,
    },
    {
      name: "ENTRYPOINT + CMD exec form",
      code: 'FROM python:3.12\nENTRYPOINT ["tini", "--", "jupyter"]\nCMD ["lab", "--allow-root"]\n',
      errors: [{ messageId: "allowRoot", line: 3, column: 13 }],
      output: null,
    },
  ],
});
