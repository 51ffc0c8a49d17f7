// Flags pip's --extra-index-url (and PIP_EXTRA_INDEX_URL, `pip config set ...extra-index-url`): dependency confusion.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { Word } from "../src/parse/model.js";
import { managerCommand } from "../src/shell/package-managers.js";

/** pip subcommands that resolve packages from the indexes. */
const RESOLVING = new Set(["install", "download", "wheel", "lock"]);
const ENV_NAME = "PIP_EXTRA_INDEX_URL";
/** `pip config set global.extra-index-url URL` (any section). */
const CONFIG_KEY = /^[a-z]+\.extra-index-url$/;

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "pip configured with an extra index: `--extra-index-url`, `PIP_EXTRA_INDEX_URL`, or `pip config set ...extra-index-url`.",
      rationale:
        "With an extra index pip looks up every package on all indexes and takes the highest version it finds, " +
        "wherever it comes from. Anyone can register your private package's name on PyPI with a higher version, and " +
        "the build installs theirs (dependency confusion; PyTorch's nightly `torchtriton` was hijacked this way in " +
        "2022). Use a single `--index-url` (a private index that proxies PyPI), or pin every artifact with " +
        "`--require-hashes`.",
      examples: {
        valid: [
          "FROM python:3.12\nRUN pip install --no-cache-dir --index-url https://pypi.example.com/simple mypkg==1.2.0\n",
          "FROM python:3.12\nRUN pip install --no-cache-dir --require-hashes --extra-index-url https://pypi.example.com/simple -r requirements.txt\n",
        ],
        invalid: [
          "FROM python:3.12\nRUN pip install --no-cache-dir --extra-index-url https://pypi.example.com/simple mypkg==1.2.0\n",
          "FROM python:3.12\nENV PIP_EXTRA_INDEX_URL=https://pypi.example.com/simple\n",
        ],
      },
      differences:
        "No hadolint or BuildKit equivalent. `--require-hashes` and `--no-index` make the extra index harmless, so " +
        "they silence the rule. `uv pip install` is not flagged: uv takes each package from the first index that " +
        "has it unless told otherwise. A `PIP_EXTRA_INDEX_URL` (ARG, ENV or set in the RUN) whose value is unknown " +
        "or empty is not flagged, while an `--extra-index-url` flag is flagged unless its value is known to be " +
        "empty: writing the flag asks for an extra index whatever the variable holds. Extra indexes written to " +
        "pip.conf or requirements files are not seen.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      extraIndex:
        "{{what}} lets a package of the same name on PyPI (or the other index) win over yours (dependency confusion): " +
        "use a single --index-url, or --require-hashes.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;

    /** The value is known and not empty. */
    const known = (value: string, at: m.Instruction) => {
      const resolved = sourceCode.resolve(value, at);
      return resolved.unresolved.length === 0 && resolved.value.trim() !== "";
    };

    /** `PIP_EXTRA_INDEX_URL=...` as a command prefix or an `export` argument. */
    const envWords = (words: Word[], at: m.Instruction) =>
      words.filter((w) => w.value.startsWith(`${ENV_NAME}=`) && known(w.value.slice(ENV_NAME.length + 1), at));

    const declares = (node: m.Env) => {
      for (const pair of node.pairs) {
        if (pair.key.value !== ENV_NAME || !pair.value || !known(pair.value.value, node)) continue;
        context.report({ node: pair.key, messageId: "extraIndex", data: { what: `${node.name} ${ENV_NAME}` } });
      }
    };

    return {
      Env: declares,
      Arg: declares,
      Run(run) {
        for (const command of sourceCode.commandsOf(run)) {
          for (const w of envWords(command.assignments, run)) {
            context.report({ node: w, messageId: "extraIndex", data: { what: ENV_NAME } });
          }
          if (command.command === "export") {
            for (const w of envWords(command.args, run)) context.report({ node: w, messageId: "extraIndex", data: { what: ENV_NAME } });
          }
          const pip = managerCommand(command);
          if (pip?.manager !== "pip") continue;
          const [sub, key] = pip.words;
          if (sub?.value === "config" && key?.value === "set") {
            const name = pip.words[2];
            if (name && CONFIG_KEY.test(name.value)) {
              context.report({ node: name, messageId: "extraIndex", data: { what: `pip config set ${name.value}` } });
            }
            continue;
          }
          if (!sub || !RESOLVING.has(sub.value) || pip.command.hasFlag("--require-hashes", "--no-index")) continue;
          const flag = pip.command.findFlag(["--extra-index-url"]);
          const value = pip.command.flagValue("--extra-index-url");
          if (!flag || (value && !value.value.includes("$") && value.value.trim() === "")) continue;
          context.report({ node: flag, messageId: "extraIndex", data: { what: "--extra-index-url" } });
        }
      },
    };
  },
};

export default rule;
