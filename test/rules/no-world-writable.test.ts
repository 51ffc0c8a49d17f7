import { testRule } from "../rule-tester.js";

testRule("no-world-writable", {
  valid: [
    "FROM postgres:16\nRUN mkdir -p /var/lib/app && chown -R postgres:postgres /var/lib/app && chmod 750 /var/lib/app\n",
    { name: "sticky bit", code: "FROM debian:12\nRUN mkdir -p /tmp/cache && chmod 1777 /tmp/cache && chmod a+rwxt /srv/drop\n" },
    { name: "mkdir -m with the sticky bit", code: "FROM debian:12\nRUN mkdir -m 1777 /shared\n" },
    { name: "group write only", code: "FROM debian:12\nRUN chgrp -R 0 /app && chmod -R g=u /app && chmod 775 /app/logs\n" },
    { name: "removing write from others", code: "FROM debian:12\nRUN chmod o-w /etc/app.conf && chmod -R go-w /app\n" },
    { name: "no one named: the umask applies", code: "FROM debian:12\nRUN chmod +w /app/config && chmod +rwx /app/run.sh\n" },
    { name: "a builder stage only copied from", code: "FROM debian:12 AS build\nRUN chmod -R 777 /src\nFROM debian:12\nCOPY --from=build /src/out /app\n" },
    { name: "a temporary directory the RUN removes", code: "FROM debian:12\nRUN tmp=\"$(mktemp -d)\" && chmod 777 \"$tmp\" && cd \"$tmp\" && make && rm -rf \"$tmp\"\n" },
    { name: "a device", code: "FROM debian:12\nRUN chmod 666 /dev/fuse\n" },
    { name: "mode from an ARG without a value", code: "FROM debian:12\nARG MODE\nRUN chmod $MODE /app\n" },
    { name: "COPY --chmod=755", code: "FROM debian:12\nCOPY --chmod=755 run.sh /usr/local/bin/\n" },
    { name: "difference: a mode with the sticky bit is accepted", code: "FROM alpine:3.20\nRUN mkdir -p /srv/shared && chmod 1777 /srv/shared\n" },
    { name: "difference: chmod +w names no one: the umask keeps others from writing", code: "FROM alpine:3.20\nRUN chmod +w /srv/app\n" },
    { name: "difference: a path a later rm of the same RUN removes is not checked", code: "FROM alpine:3.20\nRUN chmod 777 /tmp/build && make -C /tmp/build && rm -rf /tmp/build\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN mkdir -p /var/log/app && chmod -R 777 /var/log/app\n",
      errors: [{ messageId: "writable", line: 2, column: 39, endLine: 2, endColumn: 42, message: /`777` lets every user .* `\/var\/log\/app`/ }],
      output: null,
    },
    {
      name: "symbolic modes and four digits, on continuation lines",
      code: "FROM debian:12\nRUN chmod -R a+rwx /data \\\n && chmod o+w,u+x /etc/app.conf \\\n && chmod 0666 /srv/a /srv/b \\\n && sudo chmod ugo=rwx /opt/x\n",
      errors: [
        { messageId: "writable", line: 2, column: 14, endLine: 2, endColumn: 19 },
        { messageId: "writable", line: 3, column: 11, endLine: 3, endColumn: 18 },
        { messageId: "writable", line: 4, column: 11, endLine: 4, endColumn: 15, message: /2 paths/ },
        { messageId: "writable", line: 5, column: 16, endLine: 5, endColumn: 23 },
      ],
      output: null,
    },
    {
      name: "mkdir -m, install -m and a mode from an ARG",
      code: "FROM debian:12\nARG MODE=777\nRUN mkdir -p -m 0777 /var/lib/db && install -m 666 app.conf /etc/app.conf && chmod $MODE /srv\n",
      errors: [
        { messageId: "writable", line: 3, column: 17, endLine: 3, endColumn: 21 },
        { messageId: "writable", line: 3, column: 48, endLine: 3, endColumn: 51 },
        { messageId: "writable", line: 3, column: 84, endLine: 3, endColumn: 89 },
      ],
      output: null,
    },
    {
      name: "COPY and ADD --chmod",
      code: "FROM debian:12\nCOPY --chmod=666 config.yml /etc/app/\nADD --chown=app --chmod=a+rwx https://example.com/data.csv /srv/\n",
      errors: [
        { messageId: "writable", line: 2, column: 14, endLine: 2, endColumn: 17 },
        { messageId: "writable", line: 3, column: 25, endLine: 3, endColumn: 30 },
      ],
      output: null,
    },
    {
      name: "777 on /tmp removes its sticky bit",
      code: "FROM debian:12\nRUN chmod 777 /tmp\n",
      errors: [{ messageId: "writable", line: 2, column: 11, endLine: 2, endColumn: 14 }],
      output: null,
    },
  ],
});
