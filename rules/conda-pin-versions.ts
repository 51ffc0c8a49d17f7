// Flags `conda install`/`create` (and mamba's, micromamba's) packages that pin no version, so a rebuild may install different software.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`conda install`, `conda create` (or mamba's or micromamba's) of a package without a version.",
      rationale:
        "Without a version, conda takes whatever its solver picks from the channels on the day of the build: two " +
        "builds of the same Dockerfile can ship different libraries, and a new release (or a new build of an old " +
        "one) can break the image with no change to the Dockerfile. A match spec with a version pins it: " +
        "`numpy=1.26` (any 1.26.x), `numpy==1.26.4`, a range (`'numpy>=1.26,<2'`), `'numpy 1.26.4'` or " +
        "`numpy[version='>=1.26']`; a version kept in an ARG or ENV (`python=${PYTHON_VERSION}`) counts too. " +
        "Environment and lock files (`conda env create -f environment.yml`, `conda install --file pins.txt`, " +
        "`micromamba install -f env.lock`) hold their versions in the file and are not reported, nor are local " +
        "package archives and dry runs.",
      examples: {
        valid: [
          "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y numpy=1.26.4 'pandas>=2.2,<2.3' && conda clean --all --yes\n",
          "FROM mambaorg/micromamba:1.5.8\nCOPY env.lock /tmp/env.lock\nRUN micromamba install -y -n base -f /tmp/env.lock && micromamba clean --all --yes\n",
        ],
        invalid: ["FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y numpy && conda clean --all --yes\n"],
      },
      differences:
        "hadolint has no check for conda. `mamba` and `micromamba` take the same match specs and are checked the " +
        "same way. A package whose name comes from a variable of unknown value is not reported.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}=<version>` so rebuilds install the same package." },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, "conda"),
};

export default rule;
