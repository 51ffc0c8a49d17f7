import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

testRule("expose-listening-port", {
  valid: [
    { name: "data-science example: 8888 is exposed", code: dataScience },
    'FROM python:3.12\nEXPOSE 8888/tcp\nCMD ["jupyter", "lab", "--ip=0.0.0.0"]\n',
    { name: "EXPOSE after CMD still counts", code: 'FROM python:3.12\nCMD ["flask", "run", "--host=0.0.0.0"]\nEXPOSE 5000\n' },
    { name: "a port range", code: "FROM python:3.12\nEXPOSE 8000-8010\nCMD uvicorn main:app --host 0.0.0.0 --port 8005\n" },
    { name: "EXPOSE of a variable", code: "FROM python:3.12\nENV PORT=8080\nEXPOSE $PORT\nCMD exec gunicorn --bind :$PORT main:app\n" },
    { name: "EXPOSE of an unknown variable might be it", code: "FROM python:3.12\nARG P\nEXPOSE $P\nCMD gunicorn -b 0.0.0.0:9000 main:app\n" },
    { name: "unknown port: never guessed", code: "FROM python:3.12\nCMD exec gunicorn --bind :$PORT main:app\n" },
    { name: "exposed by the stage it builds on", code: "FROM python:3.12 AS base\nEXPOSE 8501\nFROM base\nCMD streamlit run app.py\n" },
    { name: "not a server", code: 'FROM python:3.12\nCMD ["python", "app.py"]\n' },
    { name: "config file may set the port", code: "FROM python:3.12\nCOPY gunicorn.conf.py .\nCMD gunicorn main:app\n" },
  ],
  invalid: [
    {
      name: "explicit port in the CMD",
      code: 'FROM python:3.12\nWORKDIR /app\nCMD ["jupyter", "lab", "--ip=0.0.0.0", "--port=9999"]\n',
      errors: [{ messageId: "notExposed", line: 3, column: 40 }],
      output: 'FROM python:3.12\nWORKDIR /app\nEXPOSE 9999\nCMD ["jupyter", "lab", "--ip=0.0.0.0", "--port=9999"]\n',
    },
    {
      name: "default port, reported at the server",
      code: "FROM python:3.12\nCMD streamlit run app.py\n",
      errors: [{ messageId: "notExposed", line: 2, column: 5 }],
      output: "FROM python:3.12\nEXPOSE 8501\nCMD streamlit run app.py\n",
    },
    {
      name: "the wrong port is exposed; udp does not count",
      code: "FROM python:3.12\nEXPOSE 80 8000/udp\nCMD gunicorn -b 0.0.0.0:8000 app:app\n",
      errors: [{ messageId: "notExposed", line: 3, column: 17 }],
      output: "FROM python:3.12\nEXPOSE 80 8000/udp\nEXPOSE 8000\nCMD gunicorn -b 0.0.0.0:8000 app:app\n",
    },
    {
      name: "port from ENV",
      code: "FROM node:22\nENV PORT=4000\nCMD [\"npx\", \"next\", \"start\"]\n",
      errors: [{ messageId: "notExposed", line: 3, column: 13 }],
      output: "FROM node:22\nENV PORT=4000\nEXPOSE 4000\nCMD [\"npx\", \"next\", \"start\"]\n",
    },
    {
      name: "django port positional inside sh -c; CRLF kept",
      code: 'FROM python:3.12\r\nCMD ["sh", "-c", "python manage.py runserver 0.0.0.0:8080"]\r\n',
      errors: [{ messageId: "notExposed", line: 2, column: 46 }],
      output: 'FROM python:3.12\r\nEXPOSE 8080\r\nCMD ["sh", "-c", "python manage.py runserver 0.0.0.0:8080"]\r\n',
    },
    {
      name: "ENTRYPOINT + CMD: EXPOSE goes before the first of them; lower-case file stays lower-case",
      code: 'from python:3.12\nentrypoint ["tini", "--", "uvicorn"]\ncmd ["main:app", "--host", "0.0.0.0"]\n',
      errors: [{ messageId: "notExposed", line: 2, column: 27 }],
      output: 'from python:3.12\nexpose 8000\nentrypoint ["tini", "--", "uvicorn"]\ncmd ["main:app", "--host", "0.0.0.0"]\n',
    },
    {
      name: "each stage: a stage that exposes nothing inherits the CMD of one that does not either",
      code: "FROM python:3.12 AS base\nCMD python -m http.server 9000\nFROM base AS test\nRUN true\n",
      errors: [{ messageId: "notExposed", line: 2, column: 27 }],
      output: "FROM python:3.12 AS base\nEXPOSE 9000\nCMD python -m http.server 9000\nFROM base AS test\nRUN true\n",
    },
  ],
});
