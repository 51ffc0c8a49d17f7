import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

testRule("jupyter-no-auth", {
  valid: [
    { name: "the data-science example keeps the default token", code: dataScienceDockerfile },
    'FROM python:3.12\nCMD ["jupyter", "lab", "--ip=0.0.0.0"]\n',
    { name: "loopback only", code: "FROM python:3.12\nCMD jupyter lab --ip=127.0.0.1 --ServerApp.token=''\n" },
    { name: "default address is localhost", code: "FROM python:3.12\nCMD jupyter notebook --NotebookApp.token=''\n" },
    { name: "a token is set", code: 'FROM python:3.12\nCMD ["jupyter", "lab", "--ip=0.0.0.0", "--ServerApp.token=s3cret"]\n' },
    { name: "the token from a variable", code: 'FROM python:3.12\nCMD jupyter lab --ip=0.0.0.0 --ServerApp.token="$TOKEN"\n' },
    { name: "difference: an empty password alone is the default", code: "FROM python:3.12\nCMD jupyter notebook --ip=0.0.0.0 --NotebookApp.password=''\n" },
    { name: "at build time, not a server of the image", code: "FROM python:3.12\nRUN jupyter nbconvert --to html x.ipynb --NotebookApp.token=''\n" },
    { name: "start script bound to loopback", code: 'FROM jupyter/base-notebook:2023-10-20\nCMD ["start-notebook.sh", "--ip=127.0.0.1", "--NotebookApp.token="]\n' },
    {
      name: "config written, but the server stays on localhost",
      code: "FROM python:3.12\nRUN echo \"c.NotebookApp.token = ''\" >> /root/.jupyter/jupyter_notebook_config.py\nCMD jupyter notebook --ip=localhost\n",
    },
  ],
  invalid: [
    {
      name: "exec form, traitlets quotes",
      code: 'FROM python:3.12\nCMD ["jupyter", "notebook", "--ip=\'*\'", "--NotebookApp.token=\'\'", "--allow-root"]\n',
      errors: [{ messageId: "flag", message: /on \*: anyone/, line: 2, column: 41, endLine: 2, endColumn: 65 }],
      output: null,
    },
    {
      name: "shell form, ServerApp, empty value",
      code: "FROM python:3.12\nCMD jupyter lab --ip 0.0.0.0 --ServerApp.token= --no-browser\n",
      errors: [{ messageId: "flag", line: 2, column: 30, endLine: 2, endColumn: 48 }],
      output: null,
    },
    {
      name: "IdentityProvider, value as the next word, ENTRYPOINT + CMD",
      code: 'FROM python:3.12\nENTRYPOINT ["tini", "--", "jupyter", "lab"]\nCMD ["--ip=0.0.0.0", "--IdentityProvider.token", ""]\n',
      errors: [{ messageId: "flag", line: 3, column: 22, endLine: 3, endColumn: 48 }],
      output: null,
    },
    {
      name: "docker-stacks start script listens on 0.0.0.0",
      code: 'FROM jupyter/scipy-notebook:2023-10-20\nCMD ["start-notebook.sh", "--NotebookApp.token=\'\'"]\n',
      errors: [{ messageId: "flag", message: /on 0\.0\.0\.0/, line: 2, column: 27, endLine: 2, endColumn: 51 }],
      output: null,
    },
    {
      name: "token emptied in a config a RUN writes, address in the same config",
      code: "FROM python:3.12\nRUN mkdir -p /root/.jupyter \\\n && echo \"c.NotebookApp.token = ''\" >> /root/.jupyter/jupyter_notebook_config.py \\\n && echo \"c.NotebookApp.ip = '0.0.0.0'\" >> /root/.jupyter/jupyter_notebook_config.py\nCMD [\"jupyter\", \"notebook\"]\n",
      errors: [{ messageId: "config", line: 2, column: 1, endLine: 4, endColumn: 85 }],
      output: null,
    },
    {
      name: "config in an earlier stage, address on the command line",
      code: "FROM python:3.12 AS base\nRUN echo \"c.ServerApp.token = ''\" > /etc/jupyter/jupyter_server_config.py\nFROM base\nCMD jupyter lab --ip=0.0.0.0\n",
      errors: [{ messageId: "config", line: 2, column: 1, endLine: 2, endColumn: 74 }],
      output: null,
    },
  ],
});
