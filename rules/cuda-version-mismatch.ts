// Flags a CUDA build of PyTorch (a `+cu118` wheel, a `.../whl/cu121` index, `pytorch-cuda=11.8`)
// whose CUDA version differs from the nvidia/cuda base image's.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import { cudaBaseOf } from "../src/images/cuda-images.js";
import { findPackageInstall } from "../src/shell/package-managers.js";

/** `torch==2.1.0+cu118` */
const WHEEL_LOCAL = /\+cu(\d+)$/;
/** `https://download.pytorch.org/whl/cu121`, `.../whl/nightly/cu124`, `.../whl/cu118/torch_stable.html` */
const PYTORCH_INDEX = /^https?:\/\/download\.pytorch\.org\/whl\/(?:nightly\/|test\/)?cu(\d+)(?:\/|$)/;
/** conda packages that pick the CUDA build: `pytorch-cuda=11.8`, `cudatoolkit=11.3`, `cuda-version=12.1` */
const CONDA_CUDA = /^(pytorch-cuda|cudatoolkit|cuda-version)=?=(\d+)\.(\d+)/;
const CONDA = new Set(["conda", "mamba", "micromamba"]);
const INDEX_FLAGS = ["--index-url", "-i", "--extra-index-url", "--find-links", "-f"];

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "A CUDA build of PyTorch (`+cu118`, a `download.pytorch.org/whl/cu121` index, `pytorch-cuda=11.8`) names another CUDA version than the nvidia/cuda base image.",
      rationale:
        "An `nvidia/cuda:12.1...` image ships the CUDA 12.1 runtime (and with `-devel`, nvcc 12.1). A wheel built for " +
        "CUDA 11.8 brings its own CUDA 11.8 libraries: the image carries two CUDA versions (gigabytes), the base " +
        "image's toolkit goes unused, and building an extension against it (`torch.utils.cpp_extension`, flash-attn, " +
        "apex) fails because nvcc's version differs from the one PyTorch was built with. Pick the wheel for the base " +
        "image's CUDA version, or the base image for the wheel's (`cu121` goes with `nvidia/cuda:12.1.x`). Versions are " +
        "compared by major.minor; ARG values are substituted in the base image's tag.",
      examples: {
        valid: [
          "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.3.1 --index-url https://download.pytorch.org/whl/cu121\n",
        ],
        invalid: [
          "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.1.0+cu118 -f https://download.pytorch.org/whl/torch_stable.html\n",
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      mismatch:
        "`{{written}}` is built for CUDA {{found}}, but the base image `{{image}}` has CUDA {{base}}: the image carries two CUDA versions and extensions built with its nvcc will not match. Use the CUDA {{base}} build, or a CUDA {{found}} base image.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const check = (instruction: m.Instruction, at: m.Word, written: string, found: string) => {
      const stage = sourceCode.stageOf(instruction);
      const base = stage ? cudaBaseOf(sourceCode.facts.rootBase(stage)) : null;
      if (base?.family !== "nvidia/cuda" || base.version === found) return;
      context.report({ node: at, messageId: "mismatch", data: { written, found, base: base.version, image: base.image } });
    };
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run") return;
        const install = findPackageInstall(command);
        if (install?.manager === "pip") {
          for (const pkg of install.packages) {
            const match = WHEEL_LOCAL.exec(pkg.spec);
            if (match) check(command.instruction, pkg.word, pkg.word.value, cudaOf(match[1]));
          }
          for (const word of indexWords(install.command)) {
            const match = PYTORCH_INDEX.exec(word.value);
            if (match) check(command.instruction, word, word.value, cudaOf(match[1]));
          }
          return;
        }
        if (CONDA.has(command.command) && ["install", "create"].includes(command.subcommand()?.value ?? "")) {
          for (const word of command.args) {
            const match = CONDA_CUDA.exec(word.value.replace(/^["']|["']$/g, ""));
            if (match) check(command.instruction, word, word.value, `${match[2]}.${match[3]}`);
          }
        }
      },
    };
  },
};

/** `118` is CUDA 11.8, `121` 12.1, `130` 13.0. */
function cudaOf(digits: string): string {
  return `${digits.slice(0, -1)}.${digits.slice(-1)}`;
}

/** The values of pip's index and find-links flags, as `--flag=value` or `--flag value`. */
function indexWords(command: { args: m.Word[] }): m.Word[] {
  const out: m.Word[] = [];
  command.args.forEach((word, i) => {
    const eq = word.value.indexOf("=");
    if (eq > 0 && INDEX_FLAGS.includes(word.value.slice(0, eq))) out.push({ ...word, value: word.value.slice(eq + 1) });
    else if (INDEX_FLAGS.includes(word.value) && command.args[i + 1]) out.push(command.args[i + 1]);
  });
  return out;
}

export default rule;
