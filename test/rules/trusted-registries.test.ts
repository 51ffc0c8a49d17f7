import { testRule } from "../rule-tester.js";

const hub = [{ registries: ["docker.io"] }];

testRule("trusted-registries", {
  valid: [
    // hadolint's documented cases
    { name: "no list: nothing reported", code: "FROM random.com/debian\n" },
    { code: "FROM random.com/debian\n", options: [{ registries: ["x.com", "random.com"] }] },
    { code: "FROM scratch\n", options: [{ registries: ["x.com", "random.com"] }] },
    {
      name: "all forms of docker.io",
      code: "FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n",
      options: hub,
    },
    { name: "hub.docker.com means docker.io", code: "FROM ubuntu:18.04\n", options: [{ registries: ["hub.docker.com"] }] },
    { code: "FROM random.com/foo AS builder1\nFROM builder1 AS builder2\n", options: [{ registries: ["random.com"] }] },
    { name: "wildcard subdomain", code: "FROM eu.gcr.io/p/app:1\n", options: [{ registries: ["*.gcr.io"] }] },
    { name: "* trusts all", code: "FROM quay.io/a/b:1\n", options: [{ registries: ["*"] }] },
    { name: "registry with port", code: "FROM localhost:32000/app:1\n", options: [{ registries: ["localhost:32000"] }] },
    { name: "from settings", code: "FROM ghcr.io/org/app:1\n", settings: { trustedRegistries: ["ghcr.io"] } },
    { name: "unresolved reference", code: "ARG IMAGE\nFROM ${IMAGE}\n", options: hub },
    { name: "COPY from a stage, by name or index", code: "FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\n", options: hub },
    { name: "difference: a reference that cannot be resolved is not flagged", code: "ARG TOOL\nFROM docker.io/library/alpine:3.20\nCOPY --from=${TOOL} /tool /tool\n", options: [{ registries: ["docker.io"] }] },
  ],
  invalid: [
    {
      name: "hadolint: registry not in the list",
      code: "FROM random.com/debian\n",
      options: hub,
      errors: [{ messageId: "untrusted", line: 1, column: 6, message: /`random\.com`, which is not a trusted registry \(docker\.io\)/ }],
      output: null,
    },
    {
      name: "wildcard does not trust the bare domain, nor docker.io images",
      code: "FROM gcr.io/p/app:1\nFROM python:3.12\n",
      options: [{ registries: ["*.gcr.io"] }],
      errors: [{ messageId: "untrusted", line: 1, column: 6 }, { messageId: "untrusted", line: 2, column: 6, message: /`docker\.io`/ }],
      output: null,
    },
    {
      name: "after ARG substitution",
      code: "ARG REGISTRY=quay.io\nFROM ${REGISTRY}/org/app:1\n",
      options: hub,
      errors: [{ messageId: "untrusted", line: 2, column: 6, message: /`quay\.io\/org\/app:1`/ }],
      output: null,
    },
    {
      name: "COPY --from=<image> and RUN --mount from=<image>",
      code: "FROM alpine:3.20\nCOPY --from=quay.io/org/tools:1 /bin/t /bin/t\nRUN --mount=type=bind,from=ghcr.io/org/src:1,target=/src ls /src\n",
      settings: { trustedRegistries: ["docker.io"] },
      errors: [{ messageId: "untrusted", line: 2, column: 13 }, { messageId: "untrusted", line: 3, column: 28 }],
      output: null,
    },
    {
      name: "difference: COPY --from=<image> is checked too",
      code: "FROM docker.io/library/alpine:3.20\nCOPY --from=quay.io/org/tool:1 /tool /usr/local/bin/tool\n",
      options: [{ registries: ["docker.io"] }],
      errors: [{ messageId: "untrusted", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "difference: RUN --mount=from=<image> is checked too",
      code: "FROM docker.io/library/alpine:3.20\nRUN --mount=from=quay.io/org/tool:1,target=/tool /tool/run\n",
      options: [{ registries: ["docker.io"] }],
      errors: [{ messageId: "untrusted", line: 2, column: 18 }],
      output: null,
    },
  ],
});
