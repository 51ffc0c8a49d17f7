// Flags `zypper install` packages that pin no version, so a rebuild may install different software.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`zypper install` of a package without a version (`=`, `>=`, `<`, ... or `-version`).",
      rationale:
        "Without a version, `zypper install` takes whatever the repositories hold on the day of the build: two " +
        "builds of the same Dockerfile can ship different software, and an update can break the image with no " +
        "change to the Dockerfile. `tomcat=9.0.39` pins the version, `'tomcat>=9.0'` (quoted or escaped, the shell " +
        "reads `>` as a redirect) bounds it, and `tomcat-9.0.39` names it rpm-style; a version kept in an ARG or ENV " +
        "counts as a pin. `.rpm` files and non-package types (`-t pattern`, `-t patch`, `-t product`) are not checked.",
      examples: {
        valid: [
          "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat=9.0.39 && zypper clean\n",
          "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat\\>=9.0 && zypper clean\n",
        ],
        invalid: ["FROM opensuse/leap:15.6\nRUN zypper install -y tomcat && zypper clean\n"],
      },
      differences:
        "A version held in a variable counts as a pin even when the variable has no default, and a package whose " +
        "name comes from a variable of unknown value is not reported. Patterns, patches and products " +
        "(`zypper in -t pattern devel_basis`) have no version to pin and are not reported.",
      recommended: true,
    },
    aliases: ["DL3037"],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}=<version>` so rebuilds install the same package." },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, "zypper"),
};

export default rule;
