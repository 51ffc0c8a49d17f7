import { testRule } from "../rule-tester.js";

const BASE = "FROM rocker/r-ver:4.4.1\n";
const PPM = "https://packagemanager.posit.co/cran/2024-06-03";

testRule("r-pin-packages", {
  valid: [
    BASE + `RUN Rscript -e 'install.packages(c("dplyr", "readr"), repos = "${PPM}")'\n`,
    { name: "binary snapshot URL, single quotes inside", code: BASE + `RUN R -q -e "install.packages('dplyr', repos='https://packagemanager.posit.co/cran/__linux__/jammy/2024-06-03')"\n` },
    { name: "MRAN snapshot", code: BASE + `RUN Rscript -e 'install.packages("dplyr", repos = "https://mran.microsoft.com/snapshot/2019-01-01")'\n` },
    { name: "options(repos) earlier in the code", code: BASE + `RUN Rscript -e 'options(repos = c(CRAN = "${PPM}")); install.packages("dplyr")'\n` },
    { name: "install_version with a version", code: BASE + `RUN Rscript -e 'remotes::install_version("dplyr", version = "1.1.4")' -e 'install_version("readr", "2.1.5")'\n` },
    { name: "GitHub at a tag, a commit, or ref =", code: BASE + `RUN Rscript -e 'remotes::install_github("rstudio/gt@v0.10.1"); devtools::install_github("r-lib/cli@4b2c1a7"); install_github("tidyverse/dplyr", ref = "v1.1.4")'\n` },
    { name: "renv", code: BASE + `RUN Rscript -e 'renv::restore()' && Rscript -e 'renv::install("dplyr@1.1.4")'\n` },
    { name: "a local archive", code: BASE + `RUN Rscript -e 'install.packages("/tmp/mypkg_1.0.tar.gz", repos = NULL, type = "source")'\n` },
    { name: "littler with a dated repository", code: BASE + `RUN install2.r --error -r ${PPM} dplyr readr\n` },
    { name: "littler with a repository whose value is unknown (rocker sets CRAN)", code: BASE + "RUN install2.r --error --skipinstalled -r $CRAN dplyr\n" },
    { name: "Sys.getenv of an unknown variable", code: BASE + `RUN Rscript -e 'install.packages("dplyr", repos = Sys.getenv("CRAN"))'\n` },
    { name: "installGithub.r at a tag", code: BASE + "RUN installGithub.r rstudio/gt@v0.10.1\n" },
    { name: "difference: package names from an R variable are not read", code: BASE + `RUN Rscript -e 'pkgs <- readLines("pkgs.txt"); install.packages(pkgs)'\n` },
    { name: "unterminated call and string are read without error", code: BASE + `RUN Rscript -e 'install.packages(c("dplyr"' && R -e "install.packages('x" && R -e 'f(a[1, 2'\n` },
    { name: "other R code", code: BASE + `RUN R -e "sessionInfo()" && Rscript -e 'print(c("install.packages(\\"x\\")"))'\n` },
  ],
  invalid: [
    {
      code: BASE + `RUN R -e 'install.packages("dplyr")'\n`,
      errors: [{ messageId: "snapshot", line: 2, column: 28, endLine: 2, endColumn: 35, message: /`dplyr` comes from a repository that moves/ }],
      output: null,
    },
    {
      name: "c() of several, a CRAN mirror is not a snapshot",
      code: BASE + `RUN Rscript -e "install.packages(c('dplyr', 'readr'), repos = 'https://cloud.r-project.org')"\n`,
      errors: [
        { messageId: "snapshot", line: 2, column: 36, endLine: 2, endColumn: 43 },
        { messageId: "snapshot", line: 2, column: 45, endLine: 2, endColumn: 52 },
      ],
      output: null,
    },
    {
      name: "littler, multi-line",
      code: BASE + "RUN install2.r --error --skipinstalled --ncpus -1 \\\n      IRkernel \\\n && install.r shiny\n",
      errors: [
        { messageId: "snapshot", line: 3, column: 7, endLine: 3, endColumn: 15, message: /`IRkernel`/ },
        { messageId: "snapshot", line: 4, column: 15, endLine: 4, endColumn: 20 },
      ],
      output: null,
    },
    {
      name: "GitHub without a ref, or at a branch; install_version without a version",
      code: BASE + `RUN Rscript -e 'remotes::install_github("rstudio/gt"); remotes::install_github("r-lib/cli@main"); remotes::install_version("dplyr")' \\\n && installGithub.r tidyverse/readr\n`,
      errors: [
        { messageId: "ref", line: 2, column: 41, endLine: 2, endColumn: 53, message: /`rstudio\/gt` names no commit or tag/ },
        { messageId: "ref", line: 2, column: 80, endLine: 2, endColumn: 96 },
        { messageId: "snapshot", line: 2, column: 124, endLine: 2, endColumn: 131 },
        { messageId: "ref", line: 3, column: 21, endLine: 3, endColumn: 36 },
      ],
      output: null,
    },
    {
      name: "a dated CRAN in ENV counts, a moving one does not",
      code: BASE + "ENV CRAN=https://packagemanager.posit.co/cran/latest\nRUN install2.r -r $CRAN dplyr\n",
      errors: [{ messageId: "snapshot", line: 3, column: 25, endLine: 3, endColumn: 30 }],
      output: null,
    },
  ],
});
