// Flags shell quoting inside exec-form arguments: without a shell, `"--ip='*'"` hands the
// program the quotes too.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import { isShortFlagCluster } from "../src/shell/flags.js";

/**
 * Options whose next word is code or a command line for another program: quotes in it are that
 * language's business. `rest`: every word after it belongs to the code (a shell's $0, $1...).
 */
const CODE_OPTIONS: Record<string, { flags: string[]; rest?: boolean; firstPositional?: boolean }> = {
  sh: { flags: ["-c"], rest: true },
  bash: { flags: ["-c"], rest: true },
  dash: { flags: ["-c"], rest: true },
  ash: { flags: ["-c"], rest: true },
  zsh: { flags: ["-c"], rest: true },
  ksh: { flags: ["-c"], rest: true },
  mksh: { flags: ["-c"], rest: true },
  busybox: { flags: ["-c"], rest: true },
  su: { flags: ["-c", "--command"], rest: true },
  runuser: { flags: ["-c", "--command"], rest: true },
  cmd: { flags: ["/c", "/C", "/k", "/K", "/S"], rest: true },
  "cmd.exe": { flags: ["/c", "/C", "/k", "/K", "/S"], rest: true },
  powershell: { flags: ["-Command", "-command", "-c", "-EncodedCommand"], rest: true },
  "powershell.exe": { flags: ["-Command", "-command", "-c", "-EncodedCommand"], rest: true },
  pwsh: { flags: ["-Command", "-command", "-c", "-EncodedCommand"], rest: true },
  python: { flags: ["-c"] },
  node: { flags: ["-e", "--eval", "-p", "--print"] },
  nodejs: { flags: ["-e", "--eval", "-p", "--print"] },
  bun: { flags: ["-e", "--eval", "-p", "--print"] },
  deno: { flags: ["eval"] },
  perl: { flags: ["-e", "-E"] },
  ruby: { flags: ["-e"] },
  php: { flags: ["-r"] },
  Rscript: { flags: ["-e"] },
  R: { flags: ["-e"] },
  julia: { flags: ["-e", "--eval"] },
  lua: { flags: ["-e"] },
  osascript: { flags: ["-e"] },
  psql: { flags: ["-c", "--command"] },
  mysql: { flags: ["-e", "--execute"] },
  mariadb: { flags: ["-e", "--execute"] },
  mongo: { flags: ["--eval"] },
  mongosh: { flags: ["--eval"] },
  "redis-cli": { flags: ["--eval"] },
  sqlite3: { flags: ["-cmd"] },
  sed: { flags: ["-e", "--expression"], firstPositional: true },
  awk: { flags: ["-e", "--source"], firstPositional: true },
  gawk: { flags: ["-e", "--source"], firstPositional: true },
  mawk: { flags: [], firstPositional: true },
  jq: { flags: [], firstPositional: true },
  yq: { flags: [], firstPositional: true },
};

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "An exec-form argument of CMD, ENTRYPOINT, RUN or HEALTHCHECK holds shell quotes, e.g. `\"--ip='*'\"`, that the program receives literally.",
      rationale:
        "Exec form (`CMD [\"prog\", \"arg\"]`) runs the program directly: no shell reads the arguments, so no shell " +
        "removes quotes. Written from a shell command line, `jupyter notebook --ip='*'` becomes `\"--ip='*'\"`, and " +
        "Jupyter is asked to listen on the address `'*'`, quotes included; `\"--NotebookApp.token=''\"` sets the " +
        "token to two quote characters instead of disabling it. JSON strings need no shell quoting: the string is " +
        "already one argument. Code handed to another interpreter (`sh -c`, `python -c`, `node -e`, `psql -c`, an awk " +
        "or sed program) is left alone: quotes there belong to that language.",
      examples: {
        valid: [
          'FROM python:3.12-slim\nCMD ["jupyter", "notebook", "--ip=*", "--NotebookApp.token="]\n',
          "FROM python:3.12-slim\nCMD [\"sh\", \"-c\", \"exec jupyter lab --ip='*'\"]\n",
        ],
        invalid: ["FROM python:3.12-slim\nCMD [\"jupyter\", \"notebook\", \"--ip='*'\"]\n"],
      },
      fixSafety:
        "Safe: the quotes are removed, leaving the argument a shell would have passed (`\"--ip='*'\"` becomes " +
        "`\"--ip=*\"`). Double-quoted values containing `$`, a backtick or a backslash are reported but not rewritten: " +
        "a shell would have expanded them, and exec form cannot.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    fixable: "code",
    messages: {
      quoted:
        "`{{program}}` receives {{value}} with its quotes: exec form runs no shell to remove them. Write {{fixed}}.",
      quotedNoFix:
        "`{{program}}` receives {{value}} with its quotes: exec form runs no shell to remove them (or to expand what is inside).",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const check = (node: m.Instruction & m.CommandForm, before: m.Word[] = []) => {
      if (!node.exec?.length) return;
      const words = [...before, ...node.exec];
      const code = codeWords(words);
      const program = programOf(words);
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (i < before.length || code.has(i)) continue;
        const quoted = literalQuotes(word.value);
        if (!quoted) continue;
        const data = { program, value: JSON.stringify(word.value), fixed: JSON.stringify(quoted.fixed) };
        context.report({
          node: word,
          messageId: quoted.safe ? "quoted" : "quotedNoFix",
          data,
          fix: quoted.safe && !node.isTrigger ? (fixer) => fixer.replaceText(word, JSON.stringify(quoted.fixed)) : null,
        });
      }
    };
    return {
      Run: (node) => check(node),
      Entrypoint: (node) => check(node),
      Healthcheck: (node) => check(node),
      Cmd(node) {
        // CMD's words are ENTRYPOINT's arguments: ["sh", "-c"] + ["echo 'hi'"] is a script
        const stage = sourceCode.stageOf(node);
        const entrypoint = stage && !node.isTrigger ? sourceCode.facts.startup(stage).entrypoint : null;
        check(node, entrypoint?.exec ?? []);
      },
    };
  },
};

/** `'x'`, `"x"`, `--flag='x'`, `NAME="x"`: the value without the quotes, and whether removing them is exact. */
function literalQuotes(value: string): { fixed: string; safe: boolean } | null {
  const whole = /^(['"])([\s\S]*)\1$/.exec(value);
  const assigned = /^(-{1,2}[A-Za-z0-9][\w.-]*=|[A-Za-z_][\w.]*=)(['"])([\s\S]*)\2$/.exec(value);
  let prefix: string;
  let quote: string;
  let inner: string;
  if (whole && value.length >= 2) [prefix, quote, inner] = ["", whole[1], whole[2]];
  else if (assigned) [prefix, quote, inner] = [assigned[1], assigned[2], assigned[3]];
  else return null;
  if (inner.includes(quote)) return null; // several quoted pieces: not a simple quoted value
  const safe = quote === "'" || !/[$`\\]/.test(inner);
  return { fixed: prefix + inner, safe };
}

/** Indexes of words that are code for another interpreter (or a shell's script and its arguments). */
function codeWords(words: m.Word[]): Set<number> {
  const code = new Set<number>();
  let program: (typeof CODE_OPTIONS)[string] | null = null;
  let sawPositional = false;
  for (let i = 0; i < words.length; i++) {
    const name = baseName(words[i].value).replace(/^(python|pypy)[0-9.]*$/, "python");
    if (CODE_OPTIONS[name]) {
      program = CODE_OPTIONS[name];
      sawPositional = false;
      continue;
    }
    if (!program) continue;
    const v = words[i].value;
    const isShellFlag = program.rest && isShortFlagCluster(v, "c") && program.flags.includes("-c");
    if (program.flags.includes(v) || isShellFlag) {
      if (program.rest) {
        for (let j = i + 1; j < words.length; j++) code.add(j);
        return code;
      }
      code.add(i + 1);
      i++;
      continue;
    }
    if (program.firstPositional && !sawPositional && !v.startsWith("-")) {
      code.add(i);
      sawPositional = true;
    }
  }
  return code;
}

/** Init wrappers and how many words after them are theirs: the program is what they start. */
const LAUNCHERS: Record<string, number> = { tini: 0, "dumb-init": 0, nohup: 0, exec: 0, gosu: 1, "su-exec": 1, env: 0 };

function programOf(words: m.Word[]): string {
  let i = 0;
  while (i < words.length) {
    const name = baseName(words[i].value);
    if (!(name in LAUNCHERS)) return name;
    i += 1 + LAUNCHERS[name];
    while (i < words.length && (words[i].value.startsWith("-") || /^[A-Za-z_]\w*=/.test(words[i].value))) i++;
  }
  return baseName(words[0].value);
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

export default rule;
