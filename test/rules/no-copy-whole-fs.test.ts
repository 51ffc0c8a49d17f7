import { testRule } from "../rule-tester.js";

testRule("no-copy-whole-fs", {
  valid: [
    "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n",
    { name: "squash into scratch", code: "FROM debian:12 AS rootfs\nRUN true\nFROM scratch\nCOPY --from=rootfs / /\n" },
    { name: "root into a subdirectory", code: "FROM debian:12 AS rootfs\nFROM alpine:3.20\nCOPY --from=rootfs / /rootfs/\n" },
    { name: "a directory onto root", code: "FROM debian:12 AS build\nFROM alpine:3.20\nCOPY --from=build /out/ /\n" },
    { name: "no --from: the build context", code: "FROM alpine:3.20\nCOPY / /\n" },
    { name: "an image built to be copied whole", code: "FROM alpine:3.20\nCOPY --from=docker/buildx-bin:0.17 / /usr/libexec/docker/cli-plugins\nCOPY --from=gloursdocker/docker / /\n" },
    { name: "a stage that only names an image", code: "FROM tonistiigi/xx:1.5 AS xx\nFROM alpine:3.20\nCOPY --link --from=xx / /\n" },
    { name: "a stage built on scratch", code: "FROM scratch AS files\nCOPY etc /etc\nFROM alpine:3.20\nCOPY --from=files / /\n" },
    {
      name: "merging stages on the same base",
      code: "ARG BASE=debian:12\nFROM ${BASE} AS lib\nRUN make lib\nFROM ${BASE}\nCOPY --link --from=lib / /\n",
    },
    { name: "unknown variable", code: "FROM debian:12 AS build\nRUN make\nFROM alpine:3.20\nARG SRC\nCOPY --from=build $SRC /\n" },
    { name: "difference: a stage FROM scratch may copy a whole filesystem (squashing layers)", code: "FROM alpine:3.20 AS rootfs\nRUN true\nFROM scratch\nCOPY --from=rootfs / /\n" },
    { name: "difference: an image (--from=docker/buildx-bin) is not checked", code: "FROM alpine:3.20\nCOPY --from=docker/buildx-bin / /usr/libexec/docker/cli-plugins/\n" },
    { name: "difference: a stage that only names an image is not flagged", code: "FROM tonistiigi/xx AS xx\nFROM alpine:3.20\nCOPY --from=xx / /\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12 AS build\nRUN make\nFROM alpine:3.20\nCOPY --from=build / /\n",
      errors: [{ messageId: "wholeFs", line: 4, column: 19 }],
      output: null,
    },
    {
      name: "by index, `.` source, multi-line",
      code: "FROM debian:12\nRUN make\nFROM alpine:3.20\nCOPY --from=0 \\\n  . /\n",
      errors: [{ messageId: "wholeFs", line: 5, column: 3, message: /--from=0/ }],
      output: null,
    },
    {
      name: "exec form, `/.` destination",
      code: 'FROM debian:12 AS build\nRUN make\nFROM build AS test\nFROM alpine:3.20\nCOPY --from=test ["/", "/."]\n',
      errors: [{ messageId: "wholeFs", line: 5, column: 19 }],
      output: null,
    },
  ],
});
