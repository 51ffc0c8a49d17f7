// Flags `gem install` gems that pin no version, so a rebuild may install different code.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`gem install` of a gem without `:version` or `-v`/`--version`.",
      rationale:
        "Without a version, `gem install` takes the newest release on the day of the build: two builds of the same " +
        "Dockerfile can ship different code, and a new release can break the image with no change to the " +
        "Dockerfile. `gem install bundler:2.5.22` or `gem install bundler -v 2.5.22` pins it; a version kept in an " +
        "ARG or ENV (`bundler:${BUNDLER_VERSION}`) counts as a pin. Local `.gem` files and the build options after " +
        "`--` are not checked.",
      examples: {
        valid: [
          "FROM ruby:3.3\nRUN gem install bundler:2.5.22\n",
          "FROM ruby:3.3\nARG BUNDLER_VERSION\nRUN gem install bundler -v \"$BUNDLER_VERSION\"\n",
        ],
        invalid: ["FROM ruby:3.3\nRUN gem install bundler\n"],
      },
      differences:
        "A version held in a variable counts as a pin even when the variable has no default, and a gem whose name " +
        "comes from a variable of unknown value is not reported.",
      recommended: true,
    },
    aliases: ["DL3028"],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}:<version>` so rebuilds install the same gem." },
    schema: [],
  },
  // -v applies to every gem named in the command
  create: (context) => unpinnedPackageVisitor(context, "gem", ["-v", "--version"]),
};

export default rule;
