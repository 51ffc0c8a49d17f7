// Flags a shell (or another interpreter) that runs a script straight from curl or wget, with nothing checking what was downloaded.
import type { Rule } from "../src/engine/rule.js";
import type { Range } from "../src/source/source.js";
import type { Word } from "../src/parse/model.js";
import type { ShellCommand } from "../src/shell/command.js";
import { downloadsToStdout, isDownloader } from "../src/shell/downloads.js";
import { scriptSource } from "../src/shell/interpreters.js";
import { unwrap } from "../src/shell/wrappers.js";

const within = (cmd: ShellCommand, [start, end]: Range) => cmd.range[0] >= start && cmd.range[1] <= end;

/** `$(curl ...)`, `"$(curl ...)"`, backticks, `<(curl ...)`: the word is the output of one command substitution. */
const SUBSTITUTION = /^"?(\$\(|`|<\()/;

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "A script downloaded by curl or wget run as it arrives: `curl … | sh`, `wget -O- … | bash`, " +
        "`sh -c \"$(curl …)\"`, `bash <(curl …)`, `eval \"$(curl …)\"` (also through `sudo` or `env`, and into python, php, node, perl or ruby).",
      rationale:
        "The build runs whatever the server sends that day, as root, with nothing checking it: a compromised or " +
        "hijacked server, a changed script or a truncated download becomes code in the image, and two builds of the " +
        "same Dockerfile can run different scripts. Download the script to a file, check it against a checksum you " +
        "keep in the Dockerfile (`echo \"<sha256>  install.sh\" | sha256sum -c -`) or its published signature, then " +
        "run the file; better still, install a pinned release of the tool itself.",
      examples: {
        valid: [
          "FROM debian:12\nARG RUSTUP_SHA256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nRUN curl -fsSL https://sh.rustup.rs -o /tmp/rustup-init.sh \\\n && echo \"${RUSTUP_SHA256}  /tmp/rustup-init.sh\" | sha256sum -c - \\\n && sh /tmp/rustup-init.sh -y && rm /tmp/rustup-init.sh\n",
        ],
        invalid: [
          "FROM debian:12\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n",
          "FROM debian:12\nRUN sh -c \"$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)\"\n",
        ],
      },
      fixSafety: "No fix: the checksum or signature to check against has to come from the script's publisher.",
      differences:
        "The finding is at the program that runs the downloaded text (`bash` in `curl … | sudo bash -`), since that " +
        "is what executes it. Only a download written to standard output counts: `wget url | sh` pipes nothing (wget " +
        "saves a file) and is not reported. A script run from a file is reported by `unverified-download` instead, " +
        "when nothing checks the file. hadolint, Trivy and Checkov have no such check.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      piped: "`{{program}}` runs a script piped from `{{downloader}}` without checking it: download it to a file and verify its checksum or signature first.",
      substituted: "`{{program}}` runs a script from `{{downloader}}` without checking it: download it to a file and verify its checksum or signature first.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Run(run) {
        const commands = sourceCode.commandsOf(run);
        if (!commands.some(isDownloader)) return;
        const reported = new Set<number>();
        const report = (program: ShellCommand, downloader: ShellCommand, messageId: "piped" | "substituted") => {
          if (reported.has(program.name.range[0])) return;
          reported.add(program.name.range[0]);
          context.report({ node: program.name, messageId, data: { program: program.command, downloader: downloader.command } });
        };
        const download = (range: Range) => commands.find((c) => within(c, range) && isDownloader(c) && downloadsToStdout(c));
        // `curl … | sh`: a later stage of the pipeline runs what it reads
        for (const script of sourceCode.scriptsOf(run)) {
          for (const { stages } of script.pipelines) {
            for (let i = 1; i < stages.length; i++) {
              const program = stageProgram(commands, stages[i].range);
              if (program?.from !== "stdin") continue;
              const fetched = stages.slice(0, i).map((s) => download(s.range)).find(Boolean);
              if (fetched) report(program.command, fetched, "piped");
            }
          }
        }
        // `sh -c "$(curl …)"`, `bash <(curl …)`: the script word is the download
        for (const command of commands) {
          const word = scriptWord(command);
          if (!word || !SUBSTITUTION.test(word.text)) continue;
          const fetched = download(word.range);
          if (fetched) report(command, fetched, "substituted");
        }
      },
    };
  },
};

/** The program a pipeline stage runs, through wrappers (`sudo -E bash -`), with where it reads its script. */
function stageProgram(commands: ShellCommand[], range: Range) {
  let command = commands.find((c) => c.range[0] === range[0] || (c.range[0] >= range[0] && c.range[1] <= range[1]));
  for (let depth = 0; command && depth < 10; depth++) {
    const source = scriptSource(command);
    if (source) return { command, from: source.from };
    const inner = unwrap(command);
    if (!inner) return null;
    command = commands.find((c) => c.name.range[0] === inner.name.range[0]);
  }
  return null;
}

/** The word holding the script a program runs: the inline code (`-c`), the script file (`<(…)`), or what `eval`/`source` read. */
function scriptWord(command: ShellCommand): Word | undefined {
  if (command.command === "eval" || command.command === "source" || command.command === ".") return command.args[0];
  const source = scriptSource(command);
  return source && source.from !== "stdin" ? source.word : undefined;
}

export default rule;
