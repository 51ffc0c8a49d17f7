// Flags `yum install` packages that pin no version, so a rebuild may install different software.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`yum install` of a package without `-version`.",
      rationale:
        "Without a version, `yum install` takes whatever the repositories hold on the day of the build: two builds of the " +
        "same Dockerfile can ship different software, and an update can break the image with no change to the " +
        "Dockerfile. Name the version after a hyphen (`which-2.21` or the full `which-2.21-30.el9_6`); a version kept in an ARG or ENV (`which-${WHICH_VERSION}`) counts as a pin. Local or remote `.rpm` files, provides such as `/usr/bin/python3` or `perl(JSON)`, and groups (`groupinstall`, `yum group install`) are not checked. A module of `yum module install` is pinned by its stream (`nodejs:18`, `nodejs:18/common`); without one it takes the default stream." +
        " A version starts with a digit, so a name that merely contains a hyphen (`dnf-plugins-core`, `java-17-openjdk`) is reported.",
      examples: {
        valid: ["FROM rockylinux:9\nRUN yum install -y which-2.21-30.el9_6 && yum clean all\n", "FROM rockylinux:9\nARG WHICH_VERSION=2.21\nRUN yum install -y which-${WHICH_VERSION} && yum clean all\n"],
        invalid: ["FROM rockylinux:9\nRUN yum install -y which && yum clean all\n"],
      },
      differences:
        "A hyphen alone is not a version: `dnf-plugins-core` is reported, `python3.12-3.12.1-4.el9` is not. A version held in a variable (`which-${WHICH_VERSION}`) counts as a pin; a package whose name comes from a variable of unknown value is not reported.",
      recommended: true,
    },
    aliases: ["DL3033"],
    defaultLevel: "warning",
    messages: {
      unpinned: "`{{name}}` has no version: use `{{name}}-<version>` so rebuilds install the same package.",
      unpinnedModule: "Module `{{name}}` names no stream: use `{{name}}:<stream>` so rebuilds install the same stream.",
    },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, "yum"),
};

export default rule;
