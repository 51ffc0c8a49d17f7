// Flags `go install` (and `go get`, `go run`) of a module package without `@version`.
import type { Rule } from "../src/engine/rule.js";
import type { ShellCommand } from "../src/shell/command.js";
import { managerCommand, packageWord } from "../src/shell/package-managers.js";
import { unpinnedPackages } from "../src/shell/package-pins.js";

// `go run` takes the program's own arguments after the package: only its first word is a package
const fetching: Record<string, "all" | "first"> = { install: "all", get: "all", run: "first" };

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`go install` of a module package without `@version` (also `go get` and `go run`).",
      rationale:
        "Without a version, or with `@latest`, the go command fetches the newest release of the module on the day " +
        "of the build: two builds of the same Dockerfile can ship different code, and a new release can break the " +
        "image with no change to the Dockerfile. `go install example.com/cmd/tool@v1.2.3` (or a commit) pins it; a " +
        "version kept in an ARG or ENV (`@${TOOL_VERSION}`) counts as a pin. Packages of the module being built " +
        "(`go install ./cmd/app`, `go run .`, `go run main.go`) are versioned by its go.mod and are not checked.",
      examples: {
        valid: [
          "FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@v0.24.0\n",
          "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go install ./cmd/app\n",
        ],
        invalid: ["FROM golang:1.23\nRUN go install golang.org/x/tools/cmd/goimports@latest\n"],
      },
      differences:
        "Only module paths (whose first element has a dot, `example.com/x`) are judged: packages of the local module " +
        "and standard-library packages have no version to give. Branch queries (`@master`, `@main`, `@upgrade`, " +
        "`@patch`) move like `@latest` and are reported. A version held in a variable counts as a pin.",
      recommended: true,
    },
    aliases: ["DL3062"],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no fixed version: use `{{name}}@<version>` so rebuilds install the same code." },
    schema: [],
  },
  create(context) {
    // `go get -d x && go install x` builds what the `go get` fetched: that `go get` is the one reported
    const fetchedBefore = (command: ShellCommand, name: string) => {
      const commands = context.sourceCode.commandsOf(command.instruction);
      return commands.slice(0, commands.indexOf(command)).some((c) => {
        const run = managerCommand(c);
        return run?.manager === "go" && run.words[0]?.value === "get" && run.words.slice(1).some((w) => packageWord("go", w).name === name);
      });
    };
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run") return;
        const run = managerCommand(command);
        const [subcommand, ...rest] = run?.manager === "go" ? run.words : [];
        const which = subcommand && fetching[subcommand.value];
        if (!run || !which) return;
        const packages = (which === "first" ? rest.slice(0, 1) : rest).map((w) => packageWord("go", w));
        const install = { ...run, subcommand, packages, global: false };
        for (const { word, name } of unpinnedPackages(install, (text) => context.sourceCode.resolve(text, command.instruction))) {
          if (subcommand.value !== "get" && fetchedBefore(command, name)) continue;
          context.report({ node: word, messageId: "unpinned", data: { name } });
        }
      },
    };
  },
};

export default rule;
