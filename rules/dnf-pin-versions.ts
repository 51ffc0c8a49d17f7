// Flags `dnf`, `dnf5` and `microdnf` install packages that pin no version, so a rebuild may install different software.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`dnf install` (also `dnf5`, `microdnf`) of a package without `-version`.",
      rationale:
        "Without a version, `dnf install` takes whatever the repositories hold on the day of the build: two builds of the " +
        "same Dockerfile can ship different software, and an update can break the image with no change to the " +
        "Dockerfile. Name the version after a hyphen (`which-2.21` or the full `which-2.21-30.el9_6`); a version kept in an ARG or ENV (`which-${WHICH_VERSION}`) counts as a pin. Local or remote `.rpm` files, provides such as `/usr/bin/python3` or `perl(JSON)`, and groups (`@group`, `dnf group install`) are not checked. A module of `dnf module install` is pinned by its stream (`nodejs:18`, `nodejs:18/common`); without one (`nodejs`, `nodejs/common`) it takes the default stream, which a new release of the distribution moves." +
        " A version starts with a digit, so a name that merely contains a hyphen (`dnf-plugins-core`, `java-17-openjdk`) is reported.",
      examples: {
        valid: [
          "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n",
          "FROM registry.access.redhat.com/ubi9/ubi-minimal\nARG GIT_VER\nRUN microdnf install -y git-core-${GIT_VER} && microdnf clean all\n",
        ],
        invalid: ["FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n", "FROM rockylinux:9\nRUN dnf module install -y nodejs && dnf clean all\n"],
      },
      differences:
        "A hyphen alone is not a version: `dnf-plugins-core` is reported, `python3.12-3.12.1-4.el9` is not. A version held in a variable (`which-${WHICH_VERSION}`) counts as a pin; a package whose name comes from a variable of unknown value is not reported.",
      recommended: true,
    },
    aliases: ["DL3041"],
    defaultLevel: "warning",
    messages: {
      unpinned: "`{{name}}` has no version: use `{{name}}-<version>` so rebuilds install the same package.",
      unpinnedModule: "Module `{{name}}` names no stream: use `{{name}}:<stream>` so rebuilds install the same stream.",
    },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, "dnf"),
};

export default rule;
