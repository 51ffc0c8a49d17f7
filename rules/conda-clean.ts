// Flags conda, mamba and micromamba installs that leave the package cache (<prefix>/pkgs) in the image layer.
import type { Rule } from "../src/engine/rule.js";
import { cacheCleanupVisitor } from "../src/rule-helpers/cache-cleanup.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`conda install` (or another conda, mamba or micromamba command that downloads packages) in a RUN that does not run `conda clean --all` afterwards.",
      rationale:
        "conda keeps every package it downloads in the installation's package cache (`pkgs`, /opt/conda/pkgs in " +
        "the miniconda, miniforge and micromamba images): the compressed archive and an extracted copy. The " +
        "archives alone are often hundreds of megabytes for a data-science stack, and unless the same RUN removes " +
        "them they are committed with the layer; cleaning in a later RUN does not shrink it. `conda clean --all " +
        "--yes` (`mamba clean -afy`, `micromamba clean --all --yes`) at the end of the RUN, or a BuildKit cache " +
        "mount over the `pkgs` directory, keeps them out. The environments' files are hard links into the " +
        "cache, so cleaning does not remove anything they use.",
      examples: {
        valid: [
          "FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y numpy=1.26.4 && conda clean --all --yes\n",
          "FROM mambaorg/micromamba:1.5.8\nRUN --mount=type=cache,target=/opt/conda/pkgs \\\n    micromamba install -y -n base numpy=1.26.4\n",
        ],
        invalid: ["FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y numpy=1.26.4\n"],
      },
      fixSafety:
        "Safe: the fix appends `&& conda clean --all --yes` (with the program that installed, run the same way: " +
        "`mamba`, `micromamba`, `/opt/conda/bin/conda`) to the end of the RUN, after everything that could use " +
        "the cache. `clean --all` removes archives, the index cache and extracted packages no environment links " +
        "to; installed environments keep working. It is not offered for exec-form or heredoc RUNs, or when the " +
        "RUN ends in an operator or a comment.",
      differences:
        "hadolint has no check for conda. Only stages whose layers reach an image are checked (" +
        "the stage built (the last, or `--target`) and the stages it builds FROM, and ONBUILD triggers): a builder stage's cache is discarded with it. " +
        "`clean --tarballs` (`-t`) counts as well as `--all`; `clean --index-cache` or `--packages` alone does " +
        "not. Removing the `pkgs` directory (`rm -rf /opt/conda/pkgs`) counts, and so does a cache or tmpfs mount " +
        "on any `pkgs` directory or on $CONDA_PKGS_DIRS. `install --download-only` is not reported: it fills " +
        "the cache on purpose.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "info",
    fixable: "code",
    messages: {
      missing:
        "`{{command}}` leaves the package cache in the layer: add `{{cleanup}}` to the same RUN, or use " +
        "RUN --mount=type=cache,target={{target}}.",
    },
    schema: [],
  },
  create: (context) =>
    cacheCleanupVisitor(context, {
      caches: ["conda"],
      // `install --download-only` fills the cache on purpose, for later offline installs
      matches: (fill) => !fill.command.hasFlag("--download-only"),
      data: (found) => ({ command: `${found.program} ${found.subcommand?.value}`, cleanup: `${found.program} clean --all --yes` }),
    }),
};

export default rule;
