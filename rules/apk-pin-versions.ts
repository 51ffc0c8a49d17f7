// Flags `apk add` packages that pin no version, so a rebuild may install different software.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`apk add` of a package without `=version` (or another version constraint).",
      rationale:
        "Without a version, `apk add` takes whatever the repository holds on the day of the build: two builds of " +
        "the same Dockerfile can ship different software, and an update can break the image with no change to the " +
        "Dockerfile. `pkg=1.2.3-r0` pins the exact release, `pkg~1.2` the release series (fuzzy match), and `<`, " +
        "`>`, `<=`, `>=` bound it; a version kept in an ARG or ENV (`pkg=${PKG_VERSION}`) counts as a pin. Local " +
        "`.apk` files and the `--virtual` name are not checked.",
      examples: {
        valid: [
          "FROM alpine:3.20\nRUN apk add --no-cache flex=2.6.4-r1 git~2.45\n",
          "FROM alpine:3.20\nARG CURL_VERSION\nRUN apk add --no-cache curl=${CURL_VERSION}\n",
        ],
        invalid: ["FROM alpine:3.20\nRUN apk add --no-cache flex\n"],
      },
      differences:
        "A version held in a variable counts as a pin even when the variable has no default, and a package whose " +
        "name comes from a variable of unknown value is not reported. A repository tag (`pkg@edge`) is not a " +
        "version: it is reported.",
      recommended: true,
    },
    aliases: ["DL3018"],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}=<version>` so rebuilds install the same package." },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, "apk"),
};

export default rule;
