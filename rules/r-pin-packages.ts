// Flags R packages installed from a repository that moves (CRAN, GitHub branches) without a version, commit or dated snapshot.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedRPackages } from "../src/shell/r-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description:
        "`install.packages()`, littler's `install.r`/`install2.r`, `remotes::install_version()` without a version, or " +
        "`install_github()`/`installGithub.r` without a commit or tag, in RUN.",
      rationale:
        "CRAN keeps only the newest release of each package, so `install.packages(\"dplyr\")` installs whatever is " +
        "current on the day of the build, with whatever dependencies are current too; a GitHub install without a " +
        "ref takes the default branch. Two builds of the same Dockerfile then ship different code. Install from a " +
        "dated snapshot instead (Posit Package Manager: `repos = \"https://packagemanager.posit.co/cran/2024-06-03\"`, " +
        "or `.../cran/__linux__/jammy/2024-06-03` for binaries; `install2.r -r <that URL>`), name the version " +
        "(`remotes::install_version(\"dplyr\", version = \"1.1.4\")`), pin GitHub installs to a commit or tag " +
        "(`remotes::install_github(\"owner/repo@v1.2.0\")`, `ref = \"<sha>\"`), or restore a lockfile " +
        "(`renv::restore()`). The R code of `Rscript -e` and `R -e` is read for these calls; `options(repos = " +
        "<snapshot>)` earlier in the same code counts, and so does a repository held in a variable whose value " +
        "the Dockerfile does not set (`-r $CRAN`, `Sys.getenv(\"CRAN\")`: the rocker images set CRAN to a dated " +
        "snapshot for every R version but the newest).",
      examples: {
        valid: [
          "FROM rocker/r-ver:4.4.1\nRUN Rscript -e 'install.packages(c(\"dplyr\", \"readr\"), repos = \"https://packagemanager.posit.co/cran/2024-06-03\")'\n",
          "FROM rocker/r-ver:4.4.1\nRUN Rscript -e 'remotes::install_version(\"dplyr\", version = \"1.1.4\")' \\\n && installGithub.r rstudio/gt@v0.10.1\n",
        ],
        invalid: ["FROM rocker/r-ver:4.4.1\nRUN R -e 'install.packages(\"dplyr\")' && install2.r --error readr\n"],
      },
      differences:
        "hadolint has no check for R. Only the few install calls above are read, not R itself: a package named " +
        "through an R variable, `BiocManager::install()` (Bioconductor releases are tied to the R version) and " +
        "`remotes::install_git()` are not checked. A base image's own repository setting (its Rprofile.site) " +
        "cannot be seen: an install that names no repository is reported even on a rocker image of an older R, " +
        "whose default is already a dated snapshot; naming the snapshot makes that visible to readers too.",
      recommended: false,
    },
    aliases: [],
    defaultLevel: "info",
    messages: {
      snapshot:
        "`{{name}}` comes from a repository that moves: install from a dated snapshot (`repos = \"https://" +
        "packagemanager.posit.co/cran/<date>\"`) or name its version (`remotes::install_version(..., version = )`).",
      ref: "`{{name}}` names no commit or tag, so the default branch is installed: use `{{name}}@<commit or tag>`.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run") return;
        const resolve = (text: string) => {
          const resolved = sourceCode.resolve(text, command.instruction);
          return resolved.unresolved.length ? null : resolved.value;
        };
        for (const pkg of unpinnedRPackages(command, resolve)) {
          context.report({ loc: sourceCode.locOf(pkg.range), messageId: pkg.how, data: { name: pkg.name } });
        }
      },
    };
  },
};

export default rule;
