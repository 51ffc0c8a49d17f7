import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const dataScience = dataScienceDockerfile;

testRule("one-concern", {
  valid: [
    { name: "data-science example: one notebook server", code: dataScience },
    'FROM python:3.12\nCMD ["gunicorn", "app:app"]\n',
    { name: "setup steps, then one server", code: "FROM python:3.12\nCMD python manage.py migrate && python manage.py collectstatic --noinput && exec gunicorn app.wsgi\n" },
    { name: "a service kept alive by tail", code: "FROM ubuntu:24.04\nCMD service nginx start && tail -f /var/log/nginx/access.log\n" },
    { name: "sshd with an interactive shell to keep the container open", code: "FROM ubuntu:24.04\nCMD service ssh start && /bin/bash\n" },
    { name: "one job in the background and wait", code: "FROM ubuntu:24.04\nCMD ./server & wait\n" },
    { name: "a short background step", code: "FROM ubuntu:24.04\nCMD (sleep 5 && echo ready) & exec ./server\n" },
    { name: "nginx in the foreground", code: "FROM nginx:1.27\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n" },
    { name: "RUN is not the container", code: "FROM ubuntu:24.04\nRUN service postgresql start && psql -c 'select 1'\n" },
    { name: "tini is one init for one process", code: 'FROM python:3.12\nENTRYPOINT ["tini", "--"]\nCMD ["python", "app.py"]\n' },
  ],
  invalid: [
    {
      name: "a & b",
      code: "FROM node:22\nCMD nginx & node server.js\n",
      errors: [{ messageId: "several", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "service x start && y",
      code: "FROM ubuntu:24.04\nCMD service cron start && python3 app.py\n",
      errors: [{ messageId: "several", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "two daemons and a keep-alive, init.d script, multi-line",
      code: "FROM ubuntu:24.04\nCMD /etc/init.d/mysql start && \\\n    service apache2 start && \\\n    tail -f /dev/null\n",
      errors: [{ messageId: "several", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "inside sh -c, with redirects",
      code: 'FROM python:3.12\nCMD ["sh", "-c", "celery -A app worker > /var/log/celery.log 2>&1 & gunicorn app:app"]\n',
      errors: [{ messageId: "several", line: 2, column: 19 }],
      output: null,
    },
    {
      name: "a self-daemonizing service before the main process",
      code: "FROM ubuntu:24.04\nENTRYPOINT cron && nginx -g 'daemon off;'\n",
      errors: [{ messageId: "several", line: 2, column: 12 }],
      output: null,
    },
    {
      name: "supervisors",
      code: 'FROM ubuntu:24.04\nCMD ["/usr/bin/supervisord", "-c", "/etc/supervisor/supervisord.conf"]\nFROM phusion/baseimage:noble-1.0.0\nCMD ["/sbin/my_init"]\nFROM node:22\nCMD npx concurrently "npm:api" "npm:web"\n',
      errors: [
        { messageId: "supervisor", line: 2, column: 6 },
        { messageId: "supervisor", line: 4, column: 6 },
        { messageId: "supervisor", line: 6, column: 9 },
      ],
      output: null,
    },
  ],
});
