import { testRule } from "../rule-tester.js";

const BASE = "FROM condaforge/miniforge3:24.3.0-0\n";

testRule("conda-clean", {
  valid: [
    BASE + "RUN conda install -y numpy=1.26.4 && conda clean --all --yes\n",
    { name: "-afy", code: BASE + "RUN mamba install -y numpy=1.26.4 && \\\n    mamba clean -afy\n" },
    { name: "micromamba", code: "FROM mambaorg/micromamba:1.5.8\nRUN micromamba install -y -n base -f /tmp/env.yaml && micromamba clean --all --yes\n" },
    { name: "difference: clean --tarballs counts", code: BASE + "RUN conda env create -f environment.yml && conda clean -tipsy\n" },
    { name: "the cache removed", code: BASE + "RUN conda install -y numpy=1.26.4 && rm -rf /opt/conda/pkgs/*\n" },
    { name: "cache mount on the pkgs directory", code: "FROM mambaorg/micromamba:1.5.8\nRUN --mount=type=cache,target=/opt/conda/pkgs micromamba install -y -n base numpy=1.26.4\n" },
    { name: "cache mount on another installation's pkgs", code: "FROM ubuntu:24.04\nRUN --mount=type=cache,target=/root/miniconda3/pkgs /root/miniconda3/bin/conda install -y numpy=1.26.4\n" },
    { name: "cache mount on CONDA_PKGS_DIRS", code: BASE + "ENV CONDA_PKGS_DIRS=/var/cache/conda\nRUN --mount=type=cache,target=/var/cache/conda conda install -y numpy=1.26.4\n" },
    { name: "difference: download-only fills the cache on purpose", code: BASE + "RUN conda install --download-only -y gcc_linux-64=13\n" },
    { name: "difference: a builder stage's cache is discarded with it", code: "FROM condaforge/miniforge3:24.3.0-0 AS build\nRUN conda create -y -p /env python=3.12 && conda-pack -p /env -o /env.tar.gz\nFROM debian:12\nCOPY --from=build /env.tar.gz /\n" },
    { name: "commands that download nothing", code: BASE + "RUN conda config --add channels conda-forge && conda remove -y numpy && conda list\n" },
  ],
  invalid: [
    {
      code: BASE + "RUN conda install -y numpy=1.26.4\n",
      errors: [{ messageId: "missing", line: 2, column: 11, endLine: 2, endColumn: 18, message: /`conda install` leaves the package cache in the layer: add `conda clean --all --yes`.*target=\/opt\/conda\/pkgs\./ }],
      output: BASE + "RUN conda install -y numpy=1.26.4 && conda clean --all --yes\n",
    },
    {
      name: "env update by path, multi-line: the cleanup runs the same conda",
      code: BASE + "RUN set -e \\\n && /opt/conda/bin/conda env update -n base -f environment.yml \\\n && rm -rf /tmp/conda\n",
      errors: [{ messageId: "missing", line: 3, column: 26, endLine: 3, endColumn: 29, message: /`conda env`.*`conda clean --all --yes`/ }],
      output: BASE + "RUN set -e \\\n && /opt/conda/bin/conda env update -n base -f environment.yml \\\n && rm -rf /tmp/conda && /opt/conda/bin/conda clean --all --yes\n",
    },
    {
      name: "cleaning only the index cache does not count; micromamba keeps its name",
      code: "FROM mambaorg/micromamba:1.5.8\nRUN micromamba create -y -n app python=3.12 && micromamba clean --index-cache --yes\n",
      errors: [{ messageId: "missing", line: 2, column: 16, endLine: 2, endColumn: 22, message: /`micromamba create`.*`micromamba clean --all --yes`/ }],
      output: "FROM mambaorg/micromamba:1.5.8\nRUN micromamba create -y -n app python=3.12 && micromamba clean --index-cache --yes && micromamba clean --all --yes\n",
    },
    {
      name: "clean before the install does not count",
      code: BASE + "RUN mamba clean -afy && mamba install -y numpy=1.26.4\n",
      errors: [{ messageId: "missing", line: 2, column: 31, endLine: 2, endColumn: 38 }],
      output: BASE + "RUN mamba clean -afy && mamba install -y numpy=1.26.4 && mamba clean --all --yes\n",
    },
    {
      name: "a cleanup in a later RUN does not shrink the layer",
      code: BASE + "RUN conda update -y --all\nRUN conda clean --all --yes\n",
      errors: [{ messageId: "missing", line: 2, column: 11, endLine: 2, endColumn: 17 }],
      output: BASE + "RUN conda update -y --all && conda clean --all --yes\nRUN conda clean --all --yes\n",
    },
    {
      name: "exec form: not fixed",
      code: BASE + 'RUN ["conda", "install", "-y", "numpy=1.26.4"]\n',
      errors: [{ messageId: "missing", line: 2, column: 15, endLine: 2, endColumn: 24 }],
      output: null,
    },
  ],
});
