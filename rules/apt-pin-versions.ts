// Flags `apt-get install` packages that pin no version, so a rebuild may install different software.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`apt-get install` of a package without `=version`.",
      rationale:
        "Without a version, `apt-get install` takes whatever the archive holds on the day of the build: two builds " +
        "of the same Dockerfile can ship different software, and an update can break the image with no change to " +
        "the Dockerfile. `pkg=version` (wildcards such as `pkg=1.2.*` allowed) makes the version part of the " +
        "source; a version kept in an ARG or ENV (`pkg=${PKG_VERSION}`) counts as a pin. Local `.deb` files are not " +
        "checked.",
      examples: {
        valid: [
          "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n",
          "FROM debian:12\nARG GIT_VERSION=1:2.39.5-0+deb12u2\nRUN apt-get install -y git=${GIT_VERSION}\n",
        ],
        invalid: ["FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"],
      },
      differences:
        "A version held in a variable counts as a pin even when the variable has no default (`curl=${CURL_VERSION}`), " +
        "and a package whose name comes from a variable of unknown value is not reported. A target release " +
        "(`pkg/bookworm-backports`) is not a version: it is reported.",
      recommended: true,
    },
    aliases: ["DL3008"],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}=<version>` so rebuilds install the same package." },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, "apt"),
};

export default rule;
