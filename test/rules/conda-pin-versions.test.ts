import { testRule } from "../rule-tester.js";

testRule("conda-pin-versions", {
  valid: [
    "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y numpy=1.26.4\n",
    { name: "every match spec form", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y numpy==1.26.4 'pandas>=2.2,<2.3' 'scipy 1.13.1' \"xz[version='>=5.4']\" python=3.12 nodejs=20.*\n" },
    { name: "channel prefix", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y conda-forge::numpy=1.26.4 pytorch::pytorch==2.3.1\n" },
    { name: "environment file", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda env create -f environment.yml && conda env update -n base -f env.yml\n" },
    { name: "--file", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y -c conda-forge --file requirements.txt\n" },
    { name: "micromamba lock file", code: "FROM mambaorg/micromamba:1.5.8\nRUN micromamba install -y -n base -f /tmp/env.lock\n" },
    { name: "version in a variable", code: "FROM condaforge/miniforge3:24.3.0-0\nARG PYTHON_VERSION\nRUN mamba create -y -n app \"python=${PYTHON_VERSION}\"\n" },
    { name: "difference: a name in a variable of unknown value is not reported", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y $PACKAGES\n" },
    { name: "local archive", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y ./dist/mypkg-1.0-py_0.conda /tmp/x-1.0-0.tar.bz2\n" },
    { name: "dry run", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install --dry-run numpy\n" },
    { name: "other subcommands", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda update -y conda && conda remove -y numpy && conda config --add channels conda-forge\n" },
    { name: "clone", code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda create -y -n copy --clone base\n" },
  ],
  invalid: [
    {
      code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y numpy\n",
      errors: [{ messageId: "unpinned", line: 2, column: 22, endLine: 2, endColumn: 27, message: /`numpy` has no version: use `numpy=<version>`/ }],
      output: null,
    },
    {
      name: "difference: mamba and micromamba are checked the same way (quoted, multi-line)",
      code: "FROM mambaorg/micromamba:1.5.8\nRUN micromamba install -y -n base -c conda-forge \\\n      'pyarrow' \\\n      python=3.12 \\\n && mamba install --yes conda-forge::dask\n",
      errors: [
        { messageId: "unpinned", line: 3, column: 7, endLine: 3, endColumn: 16 },
        { messageId: "unpinned", line: 5, column: 25, endLine: 5, endColumn: 42, message: /`conda-forge::dask`/ },
      ],
      output: null,
    },
    {
      name: "create; build string without a version; a package next to --file",
      code: "FROM condaforge/miniforge3:24.3.0-0\nRUN conda create -y -n app 'numpy[build=py312h1234_0]' && conda install -y --file pins.txt git\n",
      errors: [
        { messageId: "unpinned", line: 2, column: 28, endLine: 2, endColumn: 55 },
        { messageId: "unpinned", line: 2, column: 92, endLine: 2, endColumn: 95 },
      ],
      output: null,
    },
    {
      name: "conda run by its path, in sh -c",
      code: "FROM condaforge/miniforge3:24.3.0-0\nRUN sh -c '/opt/conda/bin/conda install -y jupyter'\n",
      errors: [{ messageId: "unpinned", line: 2, column: 44, endLine: 2, endColumn: 51 }],
      output: null,
    },
  ],
});
