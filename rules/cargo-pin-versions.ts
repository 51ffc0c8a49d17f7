// Flags `cargo install` crates that pin no version, so a rebuild may install different code.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`cargo install` of a crate without `@version` or `--version`.",
      rationale:
        "Without a version, `cargo install` builds the newest release on crates.io on the day of the build: two builds " +
        "of the same Dockerfile can ship different tools, and a release that needs a newer Rust than the image has " +
        "breaks the build with no change to the Dockerfile. `cargo install ripgrep@14.1.1` or `cargo install ripgrep " +
        "--version 14.1.1` pins the crate; a version kept in an ARG or ENV counts as a pin. `--locked` is not a pin: it " +
        "makes cargo use the crate's own Cargo.lock for its dependencies, but which release of the crate is built " +
        "still moves, so it is worth adding beside the version, not instead of it. Installs from a local path " +
        "(`--path`) are not checked, and a git install is pinned by `--rev` or `--tag` (not `--branch`).",
      examples: {
        valid: [
          "FROM rust:1.82\nRUN cargo install ripgrep@14.1.1 --locked\n",
          "FROM rust:1.82\nARG CHEF_VERSION=0.1.68\nRUN cargo install cargo-chef --version \"$CHEF_VERSION\" --locked\n",
        ],
        invalid: ["FROM rust:1.82\nRUN cargo install --locked ripgrep\n"],
      },
      differences: "hadolint has no check for cargo. A version held in a variable counts as a pin.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}@<version>` so rebuilds install the same crate." },
    schema: [],
  },
  // these flags pin every crate of the command (or install none from the registry)
  create: (context) => unpinnedPackageVisitor(context, "cargo", ["--version", "--vers", "--path", "--rev", "--tag"]),
};

export default rule;
