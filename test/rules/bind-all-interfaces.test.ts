import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

testRule("bind-all-interfaces", {
  valid: [
    {
      name: "data-science example: `'*'` (quotes and all) is exec-form-quotes' business, not a loopback address",
      code: dataScience,
    },
    'FROM python:3.12\nCMD ["jupyter", "notebook", "--ip=*"]\n',
    'FROM python:3.12\nCMD ["jupyter", "lab", "--ip", "0.0.0.0"]\n',
    "FROM python:3.12\nCMD jupyter lab --ServerApp.ip=0.0.0.0\n",
    'FROM python:3.12\nCMD ["flask", "run", "--host=0.0.0.0"]\n',
    "FROM python:3.12\nENV FLASK_RUN_HOST=0.0.0.0\nCMD flask run\n",
    'FROM python:3.12\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]\n',
    "FROM python:3.12\nCMD exec gunicorn --bind :$PORT --workers 1 main:app\n",
    "FROM python:3.12\nENV PORT=8080\nCMD gunicorn main:app\n",
    "FROM python:3.12\nCMD streamlit run app.py\n",
    "FROM python:3.12\nCMD python -m http.server 8000\n",
    "FROM ruby:3.3\nENV RAILS_ENV=production\nCMD bundle exec rails server\n",
    "FROM node:22\nCMD npx next start\n",
    "FROM node:22\nCMD vite --host\n",
    { name: "unknown value: never guessed", code: "FROM python:3.12\nARG HOST\nENV UVICORN_HOST=$HOST\nCMD uvicorn main:app\n" },
    { name: "config file copied in", code: "FROM python:3.12\nCOPY gunicorn.conf.py .\nCMD gunicorn app:app\n" },
    { name: "an entrypoint script stands in front of CMD", code: 'FROM python:3.12\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["uvicorn", "main:app"]\n' },
    { name: "servers in RUN are not the container's", code: "FROM python:3.12\nRUN python manage.py runserver & sleep 1\n" },
    { name: "not a server", code: 'FROM python:3.12\nCMD ["python", "app.py"]\n' },
    { name: "overridden CMD is not started", code: 'FROM python:3.12\nCMD ["flask", "run"]\nCMD ["flask", "run", "--host", "0.0.0.0"]\n' },
    { name: "difference: an exec-form address with shell quotes is left to exec-form-quotes", code: "FROM python:3.12\nCMD [\"jupyter\", \"notebook\", \"--ip='*'\"]\n" },
    { name: "difference: an address set through a copied config file is never guessed", code: 'FROM python:3.12\nCOPY jupyter_notebook_config.py /root/.jupyter/\nCMD ["jupyter", "notebook"]\n' },
  ],
  invalid: [
    {
      name: "jupyter default, exec form: a JSON element is added",
      code: 'FROM python:3.12\nCMD ["jupyter", "notebook", "--no-browser"]\n',
      errors: [{ messageId: "byDefault", line: 2, column: 6 }],
      output: 'FROM python:3.12\nCMD ["jupyter", "notebook", "--ip=0.0.0.0", "--no-browser"]\n',
    },
    {
      name: "explicit loopback in --ip=, port kept",
      code: 'FROM python:3.12\nCMD ["jupyter", "lab", "--ip=127.0.0.1", "--port=8888"]\n',
      errors: [{ messageId: "explicit", line: 2, column: 24 }],
      output: 'FROM python:3.12\nCMD ["jupyter", "lab", "--ip=0.0.0.0", "--port=8888"]\n',
    },
    {
      name: "gunicorn -b host:port keeps the port",
      code: 'FROM python:3.12\nCMD ["gunicorn", "-b", "localhost:8000", "app:app"]\n',
      errors: [{ messageId: "explicit", line: 2, column: 24 }],
      output: 'FROM python:3.12\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    },
    {
      name: "gunicorn default: bind with the default port",
      code: "FROM python:3.12\nCMD gunicorn app:app\n",
      errors: [{ messageId: "byDefault", line: 2, column: 5 }],
      output: "FROM python:3.12\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n",
    },
    {
      name: "flask run in shell form, after setup commands",
      code: "FROM python:3.12\nCMD flask db upgrade && flask run --port 5000\n",
      errors: [{ messageId: "byDefault", line: 2, column: 25 }],
      output: "FROM python:3.12\nCMD flask db upgrade && flask run --host=0.0.0.0 --port 5000\n",
    },
    {
      name: "django runserver with only a port: the address is prefixed",
      code: 'FROM python:3.12\nCMD ["python", "manage.py", "runserver", "8000"]\n',
      errors: [{ messageId: "byDefault", line: 2, column: 6 }],
      output: 'FROM python:3.12\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]\n',
    },
    {
      name: "django runserver inside sh -c",
      code: 'FROM python:3.12\nCMD ["sh", "-c", "python manage.py migrate && python manage.py runserver 127.0.0.1:8000"]\n',
      errors: [{ messageId: "explicit", line: 2, column: 74 }],
      output: 'FROM python:3.12\nCMD ["sh", "-c", "python manage.py migrate && python manage.py runserver 0.0.0.0:8000"]\n',
    },
    {
      name: "uvicorn --host localhost, multi-line",
      code: "FROM python:3.12\nCMD uvicorn main:app \\\n    --host localhost \\\n    --port 80\n",
      errors: [{ messageId: "explicit", line: 3, column: 12 }],
      output: "FROM python:3.12\nCMD uvicorn main:app \\\n    --host 0.0.0.0 \\\n    --port 80\n",
    },
    {
      name: "address from an ENV: reported at the server, fixed with the flag",
      code: "FROM python:3.12\nENV FLASK_RUN_HOST=127.0.0.1\nCMD [\"flask\", \"run\"]\n",
      errors: [{ messageId: "fromEnv", line: 3, column: 6 }],
      output: 'FROM python:3.12\nENV FLASK_RUN_HOST=127.0.0.1\nCMD ["flask", "run", "--host=0.0.0.0"]\n',
    },
    {
      name: "address from a variable: reported, not rewritten",
      code: "FROM python:3.12\nENV HOST=127.0.0.1\nCMD uvicorn main:app --host $HOST\n",
      errors: [{ messageId: "explicit", line: 3, column: 29 }],
      output: null,
    },
    {
      name: "ENTRYPOINT + CMD exec form are one command line",
      code: 'FROM python:3.12\nENTRYPOINT ["tini", "--", "jupyter"]\nCMD ["lab"]\n',
      errors: [{ messageId: "byDefault", line: 2, column: 27 }],
      output: 'FROM python:3.12\nENTRYPOINT ["tini", "--", "jupyter"]\nCMD ["lab", "--ip=0.0.0.0"]\n',
    },
    {
      name: "every stage: a dev target that inherits the CMD, and rails in development",
      code: "FROM ruby:3.3 AS base\nCMD [\"bundle\", \"exec\", \"rails\", \"s\"]\nFROM base AS prod\nENV RAILS_ENV=production\n",
      errors: [{ messageId: "byDefault", line: 2, column: 24 }],
      output: 'FROM ruby:3.3 AS base\nCMD ["bundle", "exec", "rails", "s", "-b", "0.0.0.0"]\nFROM base AS prod\nENV RAILS_ENV=production\n',
    },
    {
      name: "php -S, vite, streamlit explicit localhost",
      code: "FROM php:8.3\nCMD php -S localhost:8080 -t public\nFROM node:22\nCMD [\"npx\", \"vite\", \"--port\", \"3000\"]\nFROM python:3.12\nCMD streamlit run app.py --server.address=127.0.0.1\n",
      errors: [
        { messageId: "explicit", line: 2, column: 12 },
        { messageId: "byDefault", line: 4, column: 13 },
        { messageId: "explicit", line: 6, column: 26 },
      ],
      output:
        "FROM php:8.3\nCMD php -S 0.0.0.0:8080 -t public\nFROM node:22\nCMD [\"npx\", \"vite\", \"--host\", \"0.0.0.0\", \"--port\", \"3000\"]\nFROM python:3.12\nCMD streamlit run app.py --server.address=0.0.0.0\n",
    },
    {
      name: "CRLF file, IPv6 loopback",
      code: "FROM python:3.12\r\nCMD python -m http.server --bind ::1 9000\r\n",
      errors: [{ messageId: "explicit", line: 2, column: 34 }],
      output: "FROM python:3.12\r\nCMD python -m http.server --bind 0.0.0.0 9000\r\n",
    },
  ],
});
