import { testRule } from "../rule-tester.js";

testRule("cargo-pin-versions", {
  valid: [
    "FROM rust:1.82\nRUN cargo install ripgrep@14.1.1 --locked\n",
    { name: "--version", code: "FROM rust:1.82\nRUN cargo install cargo-chef --version 0.1.68 --locked\n" },
    { name: "--version from an ARG", code: "FROM rust:1.82\nARG CHEF\nRUN cargo install cargo-chef --version $CHEF --locked\n" },
    { name: "version from an ARG after @", code: "FROM rust:1.82\nARG V\nRUN cargo install \"sccache@${V}\"\n" },
    { name: "local path", code: "FROM rust:1.82\nCOPY . /src\nRUN cargo install --path /src\n" },
    { name: "git with a tag", code: "FROM rust:1.82\nRUN cargo install --git https://github.com/example/tool --tag v1.2.0 tool\n" },
    { name: "git with a rev", code: "FROM rust:1.82\nRUN cargo install --git https://github.com/example/tool --rev 0a1b2c3 tool\n" },
    { name: "not an install", code: "FROM rust:1.82\nRUN cargo build --release && cargo --version\n" },
    { name: "difference: a version held in a variable counts as a pin (hadolint has no cargo check)", code: "FROM rust:1.80\nARG RG_VERSION\nRUN cargo install ripgrep --version ${RG_VERSION}\n" },
  ],
  invalid: [
    {
      code: "FROM rust:1.82\nRUN cargo install --locked ripgrep\n",
      errors: [{ messageId: "unpinned", line: 2, column: 28, endLine: 2, endColumn: 35 }],
      output: null,
    },
    {
      name: "several crates, a toolchain and value flags",
      code: "FROM rust:1.82\nRUN cargo install --root /usr/local sccache bat@0.24.0 \\\n && cargo +nightly install --force cbindgen\n",
      errors: [
        { messageId: "unpinned", line: 2, column: 37, endLine: 2, endColumn: 44 },
        { messageId: "unpinned", line: 3, column: 36, endLine: 3, endColumn: 44 },
      ],
      output: null,
    },
    {
      name: "git on a branch moves",
      code: "FROM rust:1.82\nRUN cargo install --git https://github.com/example/tool --branch main tool\n",
      errors: [{ messageId: "unpinned", line: 2, column: 71, endLine: 2, endColumn: 75 }],
      output: null,
    },
    {
      name: "difference: cargo install without a version is reported (hadolint has no cargo check)",
      code: "FROM rust:1.80\nRUN cargo install ripgrep\n",
      errors: [{ messageId: "unpinned", line: 2, column: 19 }],
      output: null,
    },
  ],
});
