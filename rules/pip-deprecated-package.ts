// Flags pip installs of PyPI names that no longer install, or install a stub, instead of the real project.
import type { Rule } from "../src/engine/rule.js";
import { findPackageInstall } from "../src/shell/package-managers.js";
import { pypiReplacement } from "../src/shell/pypi-names.js";

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "`pip install` of a PyPI name that no longer installs, such as `sklearn` (use `scikit-learn`).",
      rationale:
        "Some import names were never the project's PyPI name, and their PyPI entries are now stubs that stop " +
        "the install with an error (`sklearn`, `skimage`), or were removed (`tensorflow-gpu`, `PIL`). The build " +
        "fails, or fails the next time the cache is cold. Install the real project instead.",
      examples: {
        valid: ["FROM python:3.12-slim\nRUN pip install --no-cache-dir scikit-learn==1.5.2\n"],
        invalid: ["FROM python:3.12-slim\nRUN pip install --no-cache-dir sklearn\n"],
      },
      fixSafety:
        "Safe: the deprecated name cannot be installed, so the replacement (the project the name stands for) is " +
        "the only working reading. Extras and the version spec are kept as written; check that a pinned version " +
        "exists for the new name.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "error",
    fixable: "code",
    messages: { deprecated: "`{{name}}`: {{why}}. Install `{{use}}` instead." },
    schema: [],
  },
  create(context) {
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run") return;
        const install = findPackageInstall(command);
        if (install?.manager !== "pip") return;
        for (const pkg of install.packages) {
          const entry = pypiReplacement(pkg);
          if (!entry) continue;
          const range = pkg.nameRange;
          context.report({
            node: pkg.word,
            messageId: "deprecated",
            data: { name: pkg.name, why: entry.why, use: entry.use },
            fix: range && !command.instruction.exec ? (fixer) => fixer.replaceTextRange(range, entry.use) : null,
          });
        }
      },
    };
  },
};

export default rule;
