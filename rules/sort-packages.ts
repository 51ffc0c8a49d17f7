// Flags the package list of one install command when it is not in alphabetical order.
import type { Rule } from "../src/engine/rule.js";
import type { Word } from "../src/parse/model.js";
import { findPackageInstall, type PackageInstall } from "../src/shell/package-managers.js";
import { pypiReplacement } from "../src/shell/pypi-names.js";

const rule: Rule = {
  meta: {
    type: "layout",
    docs: {
      description: "The packages of one install command (apt-get, apk, yum, dnf, zypper, pip, npm, yarn, gem, go) are not in alphabetical order.",
      rationale:
        "A sorted list shows at a glance whether a package is there, makes duplicates sit next to each other, and " +
        "turns additions into one-line diffs that do not conflict. Docker's own best-practice guide recommends it.",
      examples: {
        valid: ["FROM debian:12\nRUN apt-get install -y --no-install-recommends \\\n    ca-certificates \\\n    curl \\\n    git\n"],
        invalid: ["FROM debian:12\nRUN apt-get install -y --no-install-recommends \\\n    git \\\n    curl \\\n    ca-certificates\n"],
      },
      fixSafety:
        "Safe: the order of packages on one command line does not change what is installed. The fix moves only " +
        "the package words; spaces, `\\` continuations and flags stay where they are. It is skipped when a flag " +
        "with a value or a comment line sits between packages, and when a package is a variable, a path or a URL. While a pip " +
        "list holds a name that pip-deprecated-package renames (`sklearn`), the fix waits for the rename, so " +
        "`--fix` sorts the new name.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "style",
    fixable: "code",
    messages: { unsorted: "Packages are not in alphabetical order: `{{name}}` should come before `{{previous}}`." },
    schema: [],
  },
  create(context) {
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run") return;
        const install = findPackageInstall(command);
        if (!install || install.packages.length < 2) return;
        // a variable, path or URL has no place in the order: leave such lists alone
        if (install.packages.some((p) => p.name === null)) return;
        const named = install.packages.map((p) => ({ word: p.word, key: p.name!.toLowerCase() }));
        const at = named.findIndex((p, i) => i > 0 && p.key < named[i - 1].key);
        if (at < 0) return;
        const sorted = [...named].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        // pip-deprecated-package renames first (`sklearn` -> `scikit-learn`); sorting now would sort the old name
        const renamePending = install.manager === "pip" && install.packages.some((p) => pypiReplacement(p));
        const fixable = !command.instruction.exec && !valueBetweenPackages(install) && !renamePending && !commentBetweenPackages(install, context.sourceCode.text);
        context.report({
          node: named[at].word,
          messageId: "unsorted",
          data: { name: named[at].word.value, previous: named[at - 1].word.value },
          fix: fixable
            ? (fixer) => named.flatMap((slot, i) => (sorted[i].word === slot.word ? [] : [fixer.replaceText(slot.word, sorted[i].word.text)]))
            : null,
        });
      },
    };
  },
};

/** A flag value (`-v 1.2`, `--opt=x`) between the first and last package: moving packages would move it too. */
function valueBetweenPackages(install: PackageInstall): boolean {
  const words: Word[] = install.command.args;
  const packages = new Set(install.packages.map((p) => p.word));
  const first = words.indexOf(install.packages[0].word);
  const last = words.indexOf(install.packages[install.packages.length - 1].word);
  return words.slice(first, last + 1).some((w) => !packages.has(w) && (!w.value.startsWith("-") || w.value.includes("=")));
}

/** A comment line inside the list (`# needed for jlink`) belongs to the package below it: moving words would separate them. */
function commentBetweenPackages(install: PackageInstall, text: string): boolean {
  const first = install.packages[0].word;
  const last = install.packages[install.packages.length - 1].word;
  return /[\r\n][ \t]*#/.test(text.slice(first.range[0], last.range[1]));
}

export default rule;
