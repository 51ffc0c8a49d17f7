import { testRule } from "../rule-tester.js";

testRule("no-dist-upgrade", {
  valid: [
    "FROM opensuse/leap:15.6\nRUN zypper -n install httpd && zypper -n update\n",
    { name: "apt-get upgrade is not a distribution upgrade", code: "FROM debian:12\nRUN apt-get update && apt-get -y upgrade\n" },
    { name: "dry run", code: "FROM debian:12\nRUN apt-get -s dist-upgrade\n" },
    { name: "zypper dry run", code: "FROM opensuse/leap:15.6\nRUN zypper dup --dry-run\n" },
    { name: "the word as a package", code: "FROM debian:12\nRUN apt-get install -y dist-upgrade\n" },
    { name: "not a package manager", code: "FROM debian:12\nRUN echo dist-upgrade\n" },
    { name: "difference: a dry run is not flagged", code: "FROM debian:12\nRUN apt-get -s dist-upgrade\n" },
    { name: "difference: conda update of named packages is not an update of all", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda update -y -n base conda && mamba update -y numpy\n" },
    { name: "conda update --all as a dry run", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda update --all --dry-run\n" },
  ],
  invalid: [
    {
      name: "conda, mamba and micromamba update --all",
      code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda update --all --quiet --yes \\\n && mamba upgrade -y --all \\\n && micromamba update -y -n base --all\n",
      errors: [
        { messageId: "updateAll", line: 2, column: 11, endLine: 2, endColumn: 17, message: /`conda update --all` moves every package/ },
        { messageId: "updateAll", line: 3, column: 11, endLine: 3, endColumn: 18, message: /`mamba upgrade --all`/ },
        { messageId: "updateAll", line: 4, column: 16, endLine: 4, endColumn: 22 },
      ],
      output: null,
    },
    // hadolint's documented cases
    {
      code: "FROM opensuse/leap:15.6\nRUN zypper dist-upgrade\n",
      errors: [{ messageId: "distUpgrade", line: 2, column: 12, message: /`zypper dist-upgrade`/ }],
      output: null,
    },
    { code: "FROM opensuse/leap:15.6\nRUN zypper dup\n", errors: [{ messageId: "distUpgrade", line: 2, column: 12 }], output: null },
    {
      name: "apt front ends in a multi-line RUN",
      code: "FROM debian:12\nRUN apt-get update \\\n && apt-get -y \\\n      dist-upgrade \\\n && apt full-upgrade -y \\\n && aptitude -y dist-upgrade\n",
      errors: [{ messageId: "distUpgrade", line: 4, column: 7 }, { messageId: "distUpgrade", line: 5, column: 9 }, { messageId: "distUpgrade", line: 6, column: 17 }],
      output: null,
    },
    {
      name: "global options before dup, sh -c",
      code: "FROM opensuse/leap:15.6\nRUN sh -c 'zypper --non-interactive --gpg-auto-import-keys dup'\n",
      errors: [{ messageId: "distUpgrade", line: 2, column: 60 }],
      output: null,
    },
    {
      name: "exec form",
      code: 'FROM debian:12\nRUN ["apt-get", "-y", "dist-upgrade"]\n',
      errors: [{ messageId: "distUpgrade", line: 2, column: 23 }],
      output: null,
    },
    {
      name: "difference: apt-get dist-upgrade is flagged (hadolint's DL3035 covers only zypper)",
      code: "FROM debian:12\nRUN apt-get dist-upgrade -y\n",
      errors: [{ messageId: "distUpgrade", line: 2, column: 13 }],
      output: null,
    },
    {
      name: "difference: apt full-upgrade is flagged too",
      code: "FROM debian:12\nRUN apt full-upgrade -y\n",
      errors: [{ messageId: "distUpgrade", line: 2, column: 9 }],
      output: null,
    },
  ],
});
