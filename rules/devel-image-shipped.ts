// Flags a `-devel` CUDA image (nvidia/cuda, pytorch/pytorch) as the base of the image that ships,
// when nothing in it compiles: the compiler, headers and static libraries ship for nothing.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";
import type { ShellCommand } from "../src/shell/command.js";
import { findPackageInstall } from "../src/shell/package-managers.js";
import { cudaBaseOf } from "../src/images/cuda-images.js";

/** Compilers and build tools: `gcc-12`, `g++`, `nvcc`, `cmake`. */
const BUILD_TOOLS = /^(?:nvcc|gcc|g\+\+|cc|c\+\+|clang|clang\+\+|make|gmake|cmake|ninja|meson|bazel|bazelisk|scons|cargo|go|rustc)(?:-[\d.]+)?$/;
/** Packages that install a compiler or build tool (with any manager). */
const BUILD_PACKAGES: ReadonlySet<string> = new Set([
  "gcc", "gcc-c++", "g++", "clang", "make", "cmake", "ninja", "ninja-build", "meson", "build-essential", "automake", "autoconf",
  "conda-build",
]);
/** Stage names that say the image is for building or development. */
const BUILD_STAGE_NAMES: ReadonlySet<string> = new Set(["devel", "dev", "develop", "development", "build", "builder"]);
/** pip's and uv's flags that build from source. */
const SOURCE_BUILD_FLAGS = ["--no-binary", "--no-build-isolation", "-e", "--editable", "--no-binary-package"];
/**
 * Words that tell the stage builds or compiles (now or when it runs), wherever they appear in its
 * instructions: CUDA build settings, packages that build CUDA code at install or run time, conda
 * compilers, and the tools of an interactive development image (where compiling is the point).
 */
const COMPILE_WORDS = [
  "torch_cuda_arch_list", "cuda_arch_list", "cmake_cuda_architectures", "cudaarchs", "tcnn_cuda_architectures", "force_cuda",
  "ds_build_", "nvcc_flags", "max_jobs", "setup.py", "cpp_extension",
  "flash-attn", "flash_attn", "apex", "deepspeed", "pycuda", "numba", "mamba-ssm", "causal-conv1d", "xformers", "pytorch3d",
  "nvdiffrast", "tiny-cuda-nn", "torch-scatter", "torch-sparse", "torch_scatter", "torch_sparse", "mmcv", "detectron2",
  "cxx-compiler", "gcc_linux", "gxx_linux", "conda-build", "conda build", "cuda-nvcc", "cuda-toolkit", "build-essential",
  "jupyter", "code-server", "openssh-server", "sshd",
];

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description:
        "The image that ships (the last stage) is built on a `-devel` CUDA image (`nvidia/cuda:*-devel-*`, `pytorch/pytorch:*-devel`) and nothing in it compiles.",
      rationale:
        "A `-devel` CUDA image is its `-runtime` image plus what building CUDA code takes: nvcc, the headers, the " +
        "static libraries, profiling tools. That is several gigabytes more to store, pull and scan for every " +
        "container, and a compiler in production for nothing when the image only runs prebuilt wheels. Build in a " +
        "`-devel` stage and copy the result into a `-runtime` stage of the same CUDA version:\n\n" +
        "```dockerfile\nFROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS build\nRUN ... nvcc / pip wheel ...\n" +
        "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nCOPY --from=build /wheels /wheels\n```\n\n" +
        "The image that ships is the last stage, and everything it is built `FROM` counts as in it. It is not " +
        "flagged when anything in it builds or compiles, or may at run time: a compiler or build tool (nvcc, gcc, " +
        "make, cmake, ninja, ..., run or installed as packages), pip or uv building from source (`--no-binary`, `--no-build-isolation`, `-e`, a " +
        "local directory, a VCS URL or an sdist), `python setup.py`, a CUDA build setting (`TORCH_CUDA_ARCH_LIST`, " +
        "`FORCE_CUDA`, `MAX_JOBS`, ...), a package that builds CUDA code at install or run time (flash-attn, apex, " +
        "DeepSpeed, PyCUDA, Numba, xformers, ...), or the tools of a development image (Jupyter, code-server, " +
        "sshd), or a last stage named for it (`devel`, `dev`, `build`, `builder`). Nothing in a Dockerfile says what the program does when it runs, hence the level `info`.",
      examples: {
        valid: [
          "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS build\nRUN nvcc -o /app kernel.cu\nFROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nCOPY --from=build /app /app\nCMD [\"/app\"]\n",
        ],
        invalid: [
          "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3-pip=22.0.2+dfsg-1ubuntu0.5 && rm -rf /var/lib/apt/lists/*\nRUN pip3 install --no-cache-dir torch==2.4.1\nCMD [\"python3\", \"serve.py\"]\n",
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "info",
    messages: {
      develShipped:
        "The image ships on `{{image}}`, a -devel image (nvcc, headers, static libraries: gigabytes), and nothing in it compiles. Build in a -devel stage and ship a `{{runtime}}` stage.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Dockerfile() {
        // the image that ships: the stage built (the last, or --target's)
        const shipped = sourceCode.facts.target;
        if (!shipped?.from.image) return;
        const cuda = cudaBaseOf(sourceCode.facts.rootBase(shipped));
        if (!cuda || cuda.flavour !== "devel") return;
        if (sourceCode.stageLineage(shipped).some((stage) => compilesIn(stage, sourceCode))) return;
        context.report({
          loc: shipped.from.image.loc,
          messageId: "develShipped",
          data: { image: cuda.image, runtime: runtimeImage(cuda.image) },
        });
      },
    };
  },
};

/** True when anything in the stage builds or compiles (see the rule's docs). */
function compilesIn(stage: m.Stage, sourceCode: DockerfileSourceCode): boolean {
  if (stage.name !== null && BUILD_STAGE_NAMES.has(stage.name.toLowerCase())) return true;
  return stage.instructions.some((instruction) => {
    const text = sourceCode.getText(instruction).toLowerCase();
    if (COMPILE_WORDS.some((word) => text.includes(word))) return true;
    return (instruction.type === "Run" || instruction.type === "Cmd" || instruction.type === "Entrypoint") && sourceCode.commandsOf(instruction).some(compiles);
  });
}

function compiles(command: ShellCommand): boolean {
  if (BUILD_TOOLS.test(command.command)) return true;
  const install = findPackageInstall(command);
  if (install?.packages.some((p) => p.name !== null && BUILD_PACKAGES.has(p.name))) return true;
  if (install?.manager !== "pip" && install?.manager !== "uv") return false;
  if (install.command.hasFlag(...SOURCE_BUILD_FLAGS)) return true;
  // a local directory, a VCS URL or an sdist is built; a wheel (file or URL) is not
  return install.packages.some((p) => p.name === null && !p.word.value.includes("$") && !/\.whl$/i.test(p.word.value));
}

/** The -runtime image of the same CUDA version: `nvidia/cuda:12.4.1-devel-ubuntu22.04` -> `nvidia/cuda:12.4.1-runtime-ubuntu22.04`. */
function runtimeImage(image: string): string {
  const colon = image.lastIndexOf(":");
  return image.slice(0, colon) + image.slice(colon).replace(/-devel(?=-|$)/, "-runtime");
}

export default rule;
