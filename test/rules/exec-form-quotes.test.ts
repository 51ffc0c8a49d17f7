import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

testRule("exec-form-quotes", {
  valid: [
    'FROM python:3.12\nCMD ["jupyter", "notebook", "--ip=*", "--NotebookApp.token="]\n',
    { name: "shell form: the shell removes the quotes", code: "FROM python:3.12\nCMD jupyter notebook --ip='*'\n" },
    { name: "sh -c script and its arguments", code: "FROM alpine:3.20\nCMD [\"sh\", \"-c\", \"echo 'hello world'\", \"'x'\"]\n" },
    { name: "bash -ec", code: "FROM alpine:3.20\nRUN [\"bash\", \"-ec\", \"echo 'a'\"]\n" },
    { name: "python -c, node -e, psql -c", code: "FROM python:3.12\nRUN [\"python3\", \"-c\", \"'ok'\"]\nRUN [\"node\", \"-e\", \"'x'\"]\nHEALTHCHECK CMD [\"psql\", \"-c\", \"'select 1'\"]\n" },
    { name: "awk and jq programs", code: "FROM alpine:3.20\nRUN [\"awk\", \"'{print $1}'\", \"/etc/hosts\"]\nRUN [\"jq\", \"'.a'\", \"x.json\"]\n" },
    { name: "ENTRYPOINT sh -c makes CMD the script", code: "FROM alpine:3.20\nENTRYPOINT [\"/bin/sh\", \"-c\"]\nCMD [\"echo 'hi'\"]\n" },
    { name: "quotes inside a value are not around it", code: "FROM alpine:3.20\nCMD [\"echo\", \"it's\", \"a 'b' c\", \"--x=a'b'\"]\n" },
    { name: "a lone quote", code: "FROM alpine:3.20\nCMD [\"printf\", \"'\"]\n" },
  ],
  invalid: [
    {
      name: "data-science example: the `--ip='*'` word",
      code: dataScience,
      errors: [{ messageId: "quoted", line: 6, column: 29 }],
      output: dataScience.replace(`"--ip='*'"`, '"--ip=*"'),
    },
    {
      name: "an empty token written as ''",
      code: "FROM python:3.12\nCMD [\"jupyter\", \"lab\", \"--NotebookApp.token=''\", \"--ServerApp.password=\\\"\\\"\"]\n",
      errors: [
        { messageId: "quoted", line: 2, column: 24 },
        { messageId: "quoted", line: 2, column: 50 },
      ],
      output: 'FROM python:3.12\nCMD ["jupyter", "lab", "--NotebookApp.token=", "--ServerApp.password="]\n',
    },
    {
      name: "a whole argument in quotes, RUN and ENTRYPOINT, through tini",
      code: "FROM python:3.12\nRUN [\"pip\", \"install\", \"'numpy<2'\"]\nENTRYPOINT [\"tini\", \"--\", \"app\", \"'--verbose'\"]\n",
      errors: [
        { messageId: "quoted", line: 2, column: 24 },
        { messageId: "quoted", line: 3, column: 34 },
      ],
      output: "FROM python:3.12\nRUN [\"pip\", \"install\", \"numpy<2\"]\nENTRYPOINT [\"tini\", \"--\", \"app\", \"--verbose\"]\n",
    },
    {
      name: "HEALTHCHECK, and an assignment for env",
      code: "FROM nginx:1.27\nHEALTHCHECK CMD [\"env\", \"MODE='quick'\", \"curl\", \"-f\", \"'http://localhost/'\"]\n",
      errors: [
        { messageId: "quoted", line: 2, column: 25 },
        { messageId: "quoted", line: 2, column: 55 },
      ],
      output: 'FROM nginx:1.27\nHEALTHCHECK CMD ["env", "MODE=quick", "curl", "-f", "http://localhost/"]\n',
    },
    {
      name: "double quotes around a variable: reported, not rewritten",
      code: 'FROM python:3.12\nCMD ["app", "--home=\\"$HOME\\""]\n',
      errors: [{ messageId: "quotedNoFix", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "CMD arguments of an ENTRYPOINT that is not a shell",
      code: "FROM python:3.12\nENTRYPOINT [\"python\", \"app.py\"]\nCMD [\"--name='x'\"]\n",
      errors: [{ messageId: "quoted", line: 3, column: 6 }],
      output: 'FROM python:3.12\nENTRYPOINT ["python", "app.py"]\nCMD ["--name=x"]\n',
    },
    {
      name: "multi-line exec form",
      code: "FROM python:3.12\nCMD [\"jupyter\", \"lab\", \\\n     \"--ip='0.0.0.0'\"]\n",
      errors: [{ messageId: "quoted", line: 3, column: 6 }],
      output: 'FROM python:3.12\nCMD ["jupyter", "lab", \\\n     "--ip=0.0.0.0"]\n',
    },
  ],
});
