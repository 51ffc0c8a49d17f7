import { testRule } from "../rule-tester.js";

testRule("apt-clean-lists", {
  valid: [
    "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    { name: "lists removed as a directory", code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists\n" },
    { name: "multi-line RUN", code: "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n      curl \\\n && apt-get clean \\\n && rm -rf /var/lib/apt/lists/*\n" },
    { name: "cache mount on the lists", code: "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n" },
    { name: "difference: a cache mount on /var/lib/apt holds the lists (hadolint flags it)", code: "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    --mount=type=cache,target=/var/cache/apt \\\n    apt-get update && apt-get install -y curl\n" },
    { name: "tmpfs mount", code: "FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n" },
    { name: "mount target from an ARG", code: "FROM debian:12\nARG LISTS=/var/lib/apt/lists\nRUN --mount=type=cache,target=${LISTS} apt-get update && apt-get install -y curl\n" },
    { name: "dst= spelling", code: "FROM debian:12\nRUN --mount=type=cache,dst=/var/lib/apt/lists/ apt-get update && apt-get install -y curl\n" },
    { name: "cleanup inside sh -c", code: "FROM debian:12\nRUN sh -c 'apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'\n" },
    { name: "heredoc", code: "FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n" },
    { name: "builder stage only copied from", code: "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM scratch\nCOPY --from=build /out /out\n" },
    {
      name: "a stage built FROM by a builder stage only copied from: its layers never reach the image",
      code: "FROM debian:12 AS base\nRUN apt-get update && apt-get install -y gcc\nFROM base AS build\nRUN make\nFROM scratch\nCOPY --from=build /out /out\n",
    },
    // apt-get install only reads the lists: the RUN that ran `apt-get update` is the one that left them
    { name: "difference: install only: no lists written in this RUN (hadolint flags it)", code: "FROM debian:12\nRUN apt-get install -y curl\n" },
    { name: "not a command", code: "FROM debian:12\nRUN echo apt-get install curl\n" },
    { name: "apt-get clean is not needed for the lists rule when lists are removed", code: "FROM debian:12\nRUN apt-get install -y curl; rm -rf /var/lib/apt/lists/*\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 13, endLine: 2, endColumn: 19, message: /`apt-get update` leaves .*target=\/var\/lib\/apt\/lists/ }],
      output: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "update only, no install: the lists are written all the same",
      code: "FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n",
      errors: [{ messageId: "missing", line: 2, column: 13, message: /`apt-get update`/ }],
      output: "FROM debian:12\nRUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "apt-get install --update (apt 2.7 and later) updates first",
      code: "FROM debian:13\nRUN apt-get install --update -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 13, message: /`apt-get install`/ }],
      output: "FROM debian:13\nRUN apt-get install --update -y curl && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "multi-line RUN with sudo: finding at the update word, cleanup keeps sudo",
      code: "FROM debian:12\nRUN sudo apt-get update \\\n && sudo apt-get install -y \\\n      curl git\nUSER app\n",
      errors: [{ messageId: "missing", line: 2, column: 18 }],
      output: "FROM debian:12\nRUN sudo apt-get update \\\n && sudo apt-get install -y \\\n      curl git && sudo rm -rf /var/lib/apt/lists/*\nUSER app\n",
    },
    {
      name: "apt-get clean does not remove the lists",
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean\n",
      errors: [{ messageId: "missing", line: 2, column: 13 }],
      output: "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "difference: the removal must come after the update",
      code: "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 44 }],
      output: "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "removal in a later RUN does not shrink this layer",
      code: "FROM debian:12\nRUN apt update && apt install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n",
      errors: [{ messageId: "missing", line: 2, column: 9, message: /`apt update`/ }],
      output: "FROM debian:12\nRUN apt update && apt install -y curl && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "cache mount on the archives only",
      code: "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 54 }],
      output: "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      // was an install-only RUN, which writes no lists (now valid): the update is what needs the mount
      name: "cache mount on another directory",
      code: "FROM debian:12\nRUN --mount=type=cache,target=/root/.cache apt-get update && apt-get install -y curl\n",
      errors: [{ messageId: "missing", line: 2, column: 52 }],
      output: "FROM debian:12\nRUN --mount=type=cache,target=/root/.cache apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "a stage another stage builds FROM",
      code: "FROM ubuntu:24.04 AS base\nRUN apt-get update && apt-get install -y python3\nFROM base\nRUN true\n",
      errors: [{ messageId: "missing", line: 2, column: 13 }],
      output: "FROM ubuntu:24.04 AS base\nRUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*\nFROM base\nRUN true\n",
    },
    {
      name: "ONBUILD trigger in a builder stage",
      code: "FROM debian:12 AS build\nONBUILD RUN apt-get update && apt-get install -y curl\nFROM scratch\n",
      errors: [{ messageId: "missing", line: 2, column: 21 }],
      output: "FROM debian:12 AS build\nONBUILD RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nFROM scratch\n",
    },
    {
      name: "the update after the last removal is the one reported",
      code: "FROM debian:12\nRUN apt-get update && apt-get install -y a && rm -rf /var/lib/apt/lists/* \\\n && apt-get update && apt-get install -y b\n",
      errors: [{ messageId: "missing", line: 3, column: 13 }],
      output: "FROM debian:12\nRUN apt-get update && apt-get install -y a && rm -rf /var/lib/apt/lists/* \\\n && apt-get update && apt-get install -y b && rm -rf /var/lib/apt/lists/*\n",
    },
    {
      name: "heredoc: reported, not fixed",
      code: "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n",
      errors: [{ messageId: "missing", line: 3, column: 9 }],
      output: null,
    },
    {
      name: "exec form: reported, not fixed",
      code: 'FROM debian:12\nRUN ["apt-get", "update"]\n',
      errors: [{ messageId: "missing", line: 2, column: 17 }],
      output: null,
    },
    {
      name: "trailing comment: not fixed",
      code: "FROM debian:12\nRUN apt-get update # refresh\n",
      errors: [{ messageId: "missing", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "CRLF and backtick escape kept",
      code: "# escape=`\r\nFROM debian:12\r\nRUN apt-get update `\r\n && apt-get install -y curl\r\n",
      errors: [{ messageId: "missing", line: 3, column: 13 }],
      output: "# escape=`\r\nFROM debian:12\r\nRUN apt-get update `\r\n && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\r\n",
    },
  ],
});
