// Flags CMD/ENTRYPOINT in shell form: the program runs as a child of /bin/sh and never sees
// the container's stop signal. Fixes the ones that are plain words.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";

/** Words a shell treats as syntax or runs as builtins: without a shell they mean nothing. */
const SHELL_ONLY = new Set([
  "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "function", "select",
  "{", "}", "!", "[[", "]]", "time", "cd", "source", ".", "export", "set", "unset", "ulimit", "umask", "eval",
  "alias", "trap", "shift", "wait", "read", "exit", "return", "local", "declare", "typeset", "readonly", ":",
]);

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "CMD or ENTRYPOINT is written in shell form instead of exec (JSON) form.",
      rationale:
        "Shell form runs `/bin/sh -c \"<text>\"`: the shell is PID 1 and the program its child. `docker stop` sends " +
        "SIGTERM to the shell, which does not pass it on, so the program gets no chance to shut down cleanly and is " +
        "killed after the timeout. A shell-form ENTRYPOINT also ignores CMD and `docker run` arguments. Exec form " +
        "(`CMD [\"gunicorn\", \"app:app\"]`) runs the program itself as PID 1. As in BuildKit, a stage that sets SHELL " +
        "explicitly is taken to want its shell, and is not flagged.",
      examples: {
        valid: [
          'FROM python:3.12-slim\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n',
          'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nCMD echo "$HOSTNAME" | tee /tmp/host\n',
        ],
        invalid: ["FROM python:3.12-slim\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n"],
      },
      fixSafety:
        "Applied only when the text is plain words (simple quotes allowed) and means the same without a shell: no " +
        "variables, command substitution, `&&`, `||`, `;`, `|`, `&`, redirections, globs, `~`, comments, escapes or " +
        "heredocs, and no shell keyword or builtin as the command; a leading `exec` is dropped (exec form already " +
        "replaces the shell). CMD is not rewritten under an ENTRYPOINT (its words would become the ENTRYPOINT's " +
        "arguments differently), nor ENTRYPOINT when the stage or a stage built on it has a CMD (exec form would start " +
        "passing it along).",
      differences:
        "hadolint's DL3025 flags every shell-form CMD/ENTRYPOINT; like BuildKit's JSONArgsRecommended, a SHELL " +
        "instruction in the stage (or a stage it builds on) exempts it. Text that starts with `[` but is not valid " +
        "JSON (single quotes, unquoted words) gets its own message: Docker silently runs it through a shell.",
      recommended: true,
    },
    aliases: ["DL3025", "JSONArgsRecommended"],
    defaultLevel: "warning",
    fixable: "code",
    messages: {
      shellForm:
        "{{instruction}} in shell form runs under /bin/sh, which does not forward SIGTERM: use exec form, {{instruction}} {{json}}.",
      shellFormNoFix:
        "{{instruction}} in shell form runs under /bin/sh, which does not forward SIGTERM: use exec form (JSON array), with a script or `exec` for shell features.",
      invalidJson:
        "{{instruction}} starts with `[` but is not a valid JSON array (double-quoted strings, nothing after `]`), so Docker runs it as a shell command.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const check = (node: m.Cmd | m.Entrypoint) => {
      if (node.exec || node.isTrigger || (!node.shellText?.trim() && !node.heredocs.length)) return;
      if (hasExplicitShell(node, sourceCode)) return;
      const text = node.shellText ?? "";
      if (text.trimStart().startsWith("[")) {
        context.report({ node, messageId: "invalidJson", data: { instruction: node.name } });
        return;
      }
      const words = node.heredocs.length || !sourceCode.isPosixShell(node) ? null : plainWords(text, sourceCode.ast.escapeChar);
      const safe = words && words.length > 0 && keepsMeaning(node, sourceCode);
      const json = words ? `[${words.map((w) => JSON.stringify(w)).join(", ")}]` : "";
      context.report({
        node,
        messageId: safe ? "shellForm" : "shellFormNoFix",
        data: { instruction: node.name, json },
        fix: safe && node.shellRange ? (fixer) => fixer.replaceTextRange(node.shellRange!, json) : null,
      });
    };
    return { Cmd: check, Entrypoint: check };
  },
};

/** A SHELL instruction in effect (BuildKit: the image config has a Shell). */
function hasExplicitShell(node: m.Instruction, sourceCode: DockerfileSourceCode): boolean {
  const stage = sourceCode.stageOf(node);
  if (!stage) return false;
  for (const s of sourceCode.stageLineage(stage)) {
    for (const i of s.instructions) {
      if (s === stage && i.range[0] >= node.range[0]) break;
      if (i.type === "Shell") return true;
    }
  }
  return false;
}

/** Converting to exec form keeps the argv the container runs. */
function keepsMeaning(node: m.Cmd | m.Entrypoint, sourceCode: DockerfileSourceCode): boolean {
  const stage = sourceCode.stageOf(node);
  if (!stage) return false;
  if (node.type === "Cmd") return sourceCode.facts.startup(stage).entrypoint === null;
  // an exec-form ENTRYPOINT appends CMD (of this stage or of a stage built on it); a shell-form one ignored it
  return !sourceCode.ast.stages.some(
    (s) => sourceCode.stageLineage(s).includes(stage) && s.instructions.some((i) => i.type === "Cmd"),
  );
}

/**
 * The words of `text` when it holds no shell syntax: unquoted characters from a safe set, single
 * quotes, and double quotes without `$`, backticks or backslashes. Null otherwise. A leading
 * `exec` is dropped.
 */
function plainWords(text: string, escapeChar: string): string[] | null {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    let word = "";
    while (i < text.length && !/\s/.test(text[i])) {
      const c = text[i];
      if (c === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) return null;
        word += text.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        const end = text.indexOf('"', i + 1);
        if (end < 0) return null;
        const inner = text.slice(i + 1, end);
        if (/[$`\\]/.test(inner)) return null;
        word += inner;
        i = end + 1;
      } else if (/[A-Za-z0-9_@%+=:,./-]/.test(c) && c !== escapeChar) {
        word += c;
        i++;
      } else return null;
    }
    words.push(word);
  }
  if (!words.length) return null;
  if (words[0] === "exec") {
    words.shift();
    if (!words.length || words[0].startsWith("-")) return null;
  }
  if (SHELL_ONLY.has(words[0]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) return null;
  return words;
}

export default rule;
