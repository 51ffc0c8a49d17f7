// Flags `curl` whose output is piped or saved without `--fail`: an HTTP error page is then used as the file.
import type { Rule } from "../src/engine/rule.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";
import type * as m from "../src/parse/model.js";
import type { Range } from "../src/source/source.js";
import type { ShellCommand } from "../src/shell/command.js";

const FAIL_FLAGS = ["-f", "--fail", "--fail-with-body"];
const SAVE_FLAGS = ["-o", "--output", "-O", "--remote-name", "--remote-name-all", "--output-dir"];
/** The caller reads the status itself (`-w '%{http_code}'`), or nothing is downloaded. */
const EXEMPT_FLAGS = ["-w", "--write-out", "-V", "--version", "-h", "--help", "-I", "--head"];
const STDOUT_REDIRECTS = new Set([">", ">>", ">|", "&>", "&>>", "1>", "1>>"]);

/** File ranges of the commands that feed a pipe (`a` in `a | b`). */
function pipeSources(sourceCode: DockerfileSourceCode, run: m.Run): Range[] {
  const ranges: Range[] = [];
  for (const script of sourceCode.scriptsOf(run)) {
    for (const { stages } of script.pipelines) for (const stage of stages.slice(0, -1)) ranges.push(stage.range);
  }
  return ranges;
}

function savesOutput(cmd: ShellCommand): boolean {
  // `-o /dev/null` discards the body like `> /dev/null`: no error page is kept as a file
  const discarded = cmd.flagValue("-o", "--output")?.value === "/dev/null" && !cmd.hasFlag(...SAVE_FLAGS.filter((f) => f !== "-o" && f !== "--output"));
  if (!discarded && cmd.hasFlag(...SAVE_FLAGS)) return true;
  return cmd.redirects.some((r) => STDOUT_REDIRECTS.has(r.operator) && r.target.value !== "/dev/null");
}

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`curl` piped to another command or saving a file without `-f`/`--fail`.",
      rationale:
        "Without `--fail`, curl exits 0 on an HTTP error and writes the server's error page: `curl url | sh` runs " +
        "an HTML 404 page as a script, and `curl -o app.tar.gz url` saves it as the archive, so the build fails " +
        "later with a confusing error, or worse, succeeds with a broken file. With `-f` curl exits non-zero on " +
        "HTTP errors, and the build stops at the download.",
      examples: {
        valid: [
          "FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n",
          "FROM debian:12\nRUN curl --fail -o /tmp/app.tar.gz https://example.com/app.tar.gz\n",
        ],
        invalid: [
          "FROM debian:12\nRUN curl -sSL https://example.com/install.sh | sh\n",
          "FROM debian:12\nRUN curl -o /tmp/app.tar.gz https://example.com/app.tar.gz\n",
        ],
      },
      fixSafety:
        "Safe: `-f` only changes what happens on an HTTP error, which becomes a failed download instead of an " +
        "error page used as the file. The fix joins `-f` to a leading bundle of short options (`-sSL` becomes " +
        "`-fsSL`) or inserts `-f` after `curl`. Exec-form RUNs are not fixed.",
      differences:
        "Not flagged: output to the terminal or /dev/null, `-w`/`--write-out` (the caller reads the status), " +
        "`-I`/`--head`, `--version`/`--help`.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "info",
    fixable: "code",
    messages: {
      piped: "`curl` piped without `-f`: an HTTP error page is passed on as the download; use `curl -f`.",
      saved: "`curl` saves its output without `-f`: an HTTP error page is saved as the file; use `curl -f`.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Run(run) {
        let pipes: Range[] | null = null;
        for (const command of sourceCode.commandsOf(run)) {
          if (command.command !== "curl" || command.hasFlag(...FAIL_FLAGS, ...EXEMPT_FLAGS)) continue;
          const at = command.name.range[0];
          pipes ??= run.exec ? [] : pipeSources(sourceCode, run);
          const piped = pipes.some(([start, end]) => start <= at && at < end);
          if (!piped && !savesOutput(command)) continue;
          const first = command.args[0];
          const bundle = first && /^-[A-Za-z]+$/.test(first.value) && first.text === first.value ? first : null;
          context.report({
            node: command.name,
            messageId: piped ? "piped" : "saved",
            fix: run.exec
              ? null
              : (fixer) =>
                  bundle
                    ? fixer.replaceText(bundle, `-f${bundle.value.slice(1)}`)
                    : fixer.insertTextAfter(command.name, " -f"),
          });
        }
      },
    };
  },
};

export default rule;
