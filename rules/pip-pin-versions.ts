// Flags `pip install` and `pipx install` packages that pin no version, so a rebuild may install different software.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`pip install` or `pipx install` of a package without a version specifier (`==`, `~=`, `>=`, ...).",
      rationale:
        "Without a version, `pip install` takes the newest release on PyPI on the day of the build: two builds of " +
        "the same Dockerfile can ship different code, and a new release can break the image with no change to the " +
        "Dockerfile. `pkg==1.2.3` pins the release; `~=`, `>=`, `<`, `!=` and `===` state which releases the author " +
        "accepts, and a version kept in an ARG or ENV (`pkg==${PKG_VERSION}`) counts as a pin. Requirements files " +
        "(`-r`), installs under a constraints file (`-c`), local paths (`.`, `./src`, `/wheels/x.whl`), archives, " +
        "URLs and VCS URLs that name a ref (`git+https://host/x.git@v1.0`) are not reported. `pipx install` takes " +
        "the same requirement syntax (`pipx install black==24.4.2`) and is checked the same way, as hadolint does.",
      examples: {
        valid: [
          "FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3 'gunicorn>=22,<23'\n",
          "FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n",
        ],
        invalid: ["FROM python:3.12\nRUN pip install --no-cache-dir flask\n"],
      },
      differences:
        "A version held in a variable counts as a pin even when the variable has no default, and a package whose " +
        "name comes from a variable of unknown value is not reported. Packages named next to `-r requirements.txt` " +
        "(or `.`) are still checked: that file does not pin them (hadolint skips the whole command). The user of an ssh URL " +
        "(`git+ssh://git@host/x.git`) is not a ref. Extras alone (`pkg[extra]`) are not a version.",
      recommended: true,
    },
    aliases: ["DL3013"],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}==<version>` so rebuilds install the same package." },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, ["pip", "pipx"]),
};

export default rule;
