import { testRule } from "../rule-tester.js";

const run = { messageId: "run" };
const copy = { messageId: "copy" };

testRule("no-write-after-volume", {
  valid: [
    "FROM alpine:3.20\nRUN mkdir -p /data && chown 1000 /data\nVOLUME /data\n",
    { name: "a path that only starts like the volume", code: "FROM alpine:3.20\nVOLUME /data\nRUN touch /database/x /data-old/y\nCOPY x /database/\n" },
    { name: "mkdir of the volume itself creates nothing", code: "FROM alpine:3.20\nVOLUME /data/\nRUN mkdir -p /data/ && mkdir /data\n" },
    { name: "reads are fine", code: "FROM alpine:3.20\nVOLUME /data\nRUN cat /data/x && cp /data/x /tmp/ && tar -czf /tmp/a.tgz /data\n" },
    { name: "another stage", code: "FROM alpine:3.20 AS a\nVOLUME /data\nFROM alpine:3.20\nRUN touch /data/x\nCOPY --from=a /etc/hostname /data/\n" },
    { name: "2>&1 and input redirects", code: "FROM alpine:3.20\nVOLUME /data\nRUN cmd < /data/in 2>&1 >/dev/null\n" },
    { name: "relative path after cd", code: "FROM alpine:3.20\nWORKDIR /data\nVOLUME /data\nRUN cd /tmp && touch x\n" },
    { name: "unresolved variable", code: "FROM alpine:3.20\nARG DIR\nVOLUME /data\nRUN touch $DIR/x \"${DIR}\"\n" },
    { name: "write into a RUN --mount over the volume", code: "FROM alpine:3.20\nVOLUME /data\nRUN --mount=type=cache,target=/data/cache touch /data/cache/x\n" },
    { name: "ONBUILD triggers run in the child", code: "FROM alpine:3.20\nVOLUME /data\nONBUILD RUN touch /data/x\n" },
    { name: "stdout download", code: "FROM alpine:3.20\nVOLUME /data\nRUN curl -fsSLo - https://x.test/a | sh && wget -qO- https://x.test/b\n" },
    { name: "tilde is not WORKDIR", code: "FROM alpine:3.20\nWORKDIR /data\nVOLUME /data\nRUN touch ~/x\n" },
  ],
  invalid: [
    {
      name: "chown after VOLUME",
      code: "FROM alpine:3.20\nVOLUME /data\nRUN chown -R 1000:1000 /data\n",
      errors: [{ ...run, line: 3, column: 24, message: /legacy builder discards the change and BuildKit keeps it/ }],
      output: null,
    },
    {
      name: "multi-line RUN: redirect in a list, mkdir below, curl -o in a bundle, tee",
      code:
        "FROM alpine:3.20\nVOLUME /var/lib/app\nRUN apk add curl \\\n" +
        "    && echo ok > /var/lib/app/status \\\n" +
        "    && mkdir -p /var/lib/app/cache \\\n" +
        "    && curl -fsSLo /var/lib/app/db.bin https://x.test/db \\\n" +
        "    && echo x | tee -a /var/lib/app/log\n",
      errors: [
        { ...run, line: 4, column: 18, message: /`\/var\/lib\/app\/status`, under `VOLUME \/var\/lib\/app` \(line 2\)/ },
        { ...run, line: 5, column: 17 },
        { ...run, line: 6, column: 20 },
        { ...run, line: 7, column: 24 },
      ],
      output: null,
    },
    {
      name: "sh -c script",
      code: "FROM alpine:3.20\nVOLUME /data\nRUN sh -c 'touch /data/a; ln -s /usr/bin/x /data/x'\n",
      errors: [
        { ...run, line: 3, column: 18 },
        { ...run, line: 3, column: 44 },
      ],
      output: null,
    },
    {
      name: "cp/mv destinations, -t, install, rm",
      code:
        "FROM alpine:3.20\nVOLUME /data\n" +
        "RUN cp a.txt /data/ && mv -t /data b.txt && install -m 755 c /data/c && install -d /data/d && rm -rf /data/*\n",
      errors: [
        { ...run, line: 3, column: 14 },
        { ...run, line: 3, column: 30 },
        { ...run, line: 3, column: 62 },
        { ...run, line: 3, column: 84 },
        { ...run, line: 3, column: 102 },
      ],
      output: null,
    },
    {
      name: "downloads and archives",
      code:
        "FROM alpine:3.20\nVOLUME /opt\n" +
        "RUN wget -q -O /opt/a.zip https://x.test/a.zip && unzip -q /opt/a.zip -d /opt/a \\\n" +
        " && wget -P /opt https://x.test/b && tar -xzf b.tgz -C /opt/b && tar xzf c.tgz --directory=/opt/c \\\n" +
        " && git clone --depth 1 https://x.test/r.git /opt/r && pip install --target=/opt/py x\n",
      errors: [
        { ...run, line: 3, column: 16 },
        { ...run, line: 3, column: 74 },
        { ...run, line: 4, column: 13 },
        { ...run, line: 4, column: 56 },
        { ...run, line: 4, column: 92 },
        { ...run, line: 5, column: 46 },
        { ...run, line: 5, column: 77 },
      ],
      output: null,
    },
    {
      name: "COPY and ADD into the volume, trailing slashes",
      code: "FROM alpine:3.20\nVOLUME /srv/app/\nCOPY app.conf /srv/app/\nADD https://x.test/a.tgz /srv/app/vendor\n",
      errors: [
        { ...copy, line: 3, column: 15, message: /^COPY writes `\/srv\/app`, under `VOLUME \/srv\/app` \(line 2\): Docker's builders keep copied files/ },
        { ...copy, line: 4, column: 26, message: /^ADD writes `\/srv\/app\/vendor`/ },
      ],
      output: null,
    },
    {
      name: "relative destinations resolve against WORKDIR",
      code: "FROM alpine:3.20\nWORKDIR /srv\nVOLUME /srv/data\nWORKDIR data\nCOPY . .\nRUN touch ready && git clone https://x.test/r.git repo\n",
      errors: [
        { ...copy, line: 5, column: 8, message: /`\/srv\/data`/ },
        { ...run, line: 6, column: 11, message: /`\/srv\/data\/ready`/ },
        { ...run, line: 6, column: 51, message: /`\/srv\/data\/repo`/ },
      ],
      output: null,
    },
    {
      name: "variables: resolved, and known up to a directory",
      code: 'FROM alpine:3.20\nENV DATA=/data\nARG NAME\nVOLUME $DATA\nRUN touch "$DATA/a" /data/${NAME}.txt\n',
      errors: [
        { ...run, line: 5, column: 11, message: /`\/data\/a`/ },
        { ...run, line: 5, column: 21, message: /`\/data\/…`/ },
      ],
      output: null,
    },
    {
      name: "inherited through FROM <stage>",
      code: "FROM alpine:3.20 AS base\nVOLUME /data\nFROM base AS app\nRUN chmod 700 /data\nFROM app\nCOPY x /data/x\n",
      errors: [
        { ...run, line: 4, column: 15 },
        { ...copy, line: 6, column: 8 },
      ],
      output: null,
    },
    {
      name: "exec form, sed -i, chmod with a symbolic mode flag, dd",
      code: 'FROM alpine:3.20\nVOLUME /etc/app\nRUN ["sed", "-i", "s/a/b/", "/etc/app/conf"]\nRUN chmod -x /etc/app/run && dd if=/dev/zero of=/etc/app/blob bs=1 count=1\n',
      errors: [
        { ...run, line: 3, column: 29 },
        { ...run, line: 4, column: 14 },
        { ...run, line: 4, column: 49 },
      ],
      output: null,
    },
  ],
});
