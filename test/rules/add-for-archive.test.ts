import { testRule } from "../rule-tester.js";

testRule("add-for-archive", {
  valid: [
    "FROM debian:12\nADD packaged-app.tar /usr/src/app/\n",
    { name: "copied, never extracted", code: "FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nFROM debian:11 AS newstage\nRUN tar -xf packaged-app.tar\n" },
    { name: "not an archive", code: "FROM debian:12\nCOPY package.json /usr/src/app\nRUN tar -xf package.json\n" },
    { name: "copied from another stage", code: "FROM debian:12\nCOPY --from=builder /usr/local/share/some.tar /opt/some.tar\nRUN tar -xf /opt/some.tar\n" },
    { name: "zip: ADD does not unpack it", code: "FROM debian:12\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip\n" },
    { name: "decompressing is not unpacking", code: "FROM debian:12\nCOPY data.tar.gz /tmp/\nRUN gunzip /tmp/data.tar.gz\n" },
    { name: "creating an archive", code: "FROM debian:12\nCOPY old.tar /tmp/\nRUN tar -cf /tmp/old.tar /etc\n" },
    { name: "--strip-components", code: "FROM debian:12\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz --strip-components=1 -C /opt\n" },
    { name: "selected members", code: "FROM debian:12\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz app/bin/tool\n" },
    { name: "to stdout", code: "FROM debian:12\nCOPY app.tgz /tmp/\nRUN tar -xOzf /tmp/app.tgz | sha256sum\n" },
    { name: "extracted before the COPY", code: "FROM debian:12\nRUN tar -xf app.tar\nCOPY app.tar /\n" },
    { name: "builder stage that is only copied from", code: "FROM debian:12 AS build\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz -C /opt\nFROM debian:12\nCOPY --from=build /opt /opt\n" },
    { name: "unknown variable", code: "FROM debian:12\nARG PKG\nCOPY $PKG /tmp/\nRUN tar -xf /tmp/$PKG\n" },
    { name: "difference: unzip of a copied zip is accepted: ADD does not unpack zip files (hadolint counts unzip)", code: "FROM alpine:3.20\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip -d /opt && rm /tmp/app.zip\n" },
    { name: "difference: an extraction ADD cannot reproduce (--strip-components) is not flagged", code: "FROM alpine:3.20\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz --strip-components=1 -C /opt && rm /tmp/app.tar.gz\n" },
    { name: "difference: gunzip of a single file is not unpacking", code: "FROM alpine:3.20\nCOPY data.gz /tmp/\nRUN gunzip /tmp/data.gz\n" },
    { name: "difference: a builder stage only copied from is not checked", code: "FROM alpine:3.20 AS build\nCOPY app.tar /tmp/\nRUN tar -xf /tmp/app.tar -C /opt\nFROM alpine:3.20\nCOPY --from=build /opt /opt\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n",
      errors: [{ messageId: "useAdd", line: 2, column: 6, message: /line 3/ }],
      output: null,
    },
    {
      name: "extracted among other commands, after WORKDIR",
      code: "FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n",
      errors: [{ messageId: "useAdd", line: 2, column: 6, message: /line 4/ }],
      output: null,
    },
    {
      name: "renamed by the destination",
      code: "FROM debian:12\nCOPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n",
      errors: [{ messageId: "useAdd", line: 2, column: 31 }],
      output: null,
    },
    {
      name: "old-style bundle, multi-line RUN",
      code: "FROM debian:12\nCOPY vendor.tar.xz /tmp/\nRUN set -eux; \\\n    cd /opt \\\n    && tar xJf /tmp/vendor.tar.xz \\\n    && rm /tmp/vendor.tar.xz\n",
      errors: [{ messageId: "useAdd", line: 2, column: 6, message: /line 5/ }],
      output: null,
    },
    {
      name: "--file and --extract, through a variable",
      code: "FROM debian:12\nARG PKG=app-1.0.tgz\nCOPY ${PKG} /tmp/\nRUN tar --extract --gzip --file=/tmp/${PKG} -C /opt\n",
      errors: [{ messageId: "useAdd", line: 3, column: 6, message: /`app-1.0.tgz`/ }],
      output: null,
    },
    {
      name: "a stage another stage builds FROM",
      code: "FROM debian:12 AS base\nCOPY app.tgz /tmp/\nRUN tar -xzf /tmp/app.tgz -C /opt\nFROM base\nRUN true\n",
      errors: [{ messageId: "useAdd", line: 2, column: 6 }],
      output: null,
    },
    {
      name: "one of several sources",
      code: "FROM debian:12\nCOPY conf a.tar.gz b.tar.gz /tmp/\nRUN tar -xzf /tmp/b.tar.gz -C /opt\n",
      errors: [{ messageId: "useAdd", line: 2, column: 20 }],
      output: null,
    },
  ],
});
