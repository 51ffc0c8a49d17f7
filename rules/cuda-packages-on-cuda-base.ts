// Flags CUDA packages installed on an nvidia/cuda base image that already has them: `cuda-toolkit`
// or `cuda-nvcc` on a `-devel` tag, `cuda-libraries` on `-runtime`, `libcudnn8` on `-cudnn8`.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import { findPackageInstall, packageWord, type Manager, type PackageInstall } from "../src/shell/package-managers.js";
import { cudaBaseOf, type CudaFlavour, type CudaImage } from "../src/images/cuda-images.js";

const SYSTEM_MANAGERS: readonly Manager[] = ["apt", "yum", "dnf", "zypper"];
const FLAVOUR_RANK: Record<CudaFlavour, number> = { base: 0, runtime: 1, devel: 2 };

/**
 * NVIDIA's CUDA packages, by name before the version suffix (`cuda-nvcc-12-1`), and the least
 * flavour of nvidia/cuda image that has them: each flavour holds the one below it.
 */
const CUDA_PACKAGES: { name: string; from: CudaFlavour; what: string }[] = [
  { name: "cuda-toolkit", from: "devel", what: "toolkit (nvcc, headers, libraries)" },
  { name: "cuda-nvcc", from: "devel", what: "nvcc" },
  { name: "cuda-libraries-dev", from: "devel", what: "library headers and static libraries" },
  { name: "cuda-libraries", from: "runtime", what: "libraries" },
  { name: "cuda-runtime", from: "runtime", what: "runtime libraries" },
];

/** `-12-1` (a CUDA version), `-12` (a major: its newest minor) or nothing (the newest CUDA). */
const VERSION_SUFFIX = /^(?:-(\d+)(?:-(\d+))?)?$/;

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description:
        "A RUN installs CUDA packages the nvidia/cuda base image already has: `cuda-toolkit`, `cuda-nvcc`, `cuda-libraries-dev` on a `-devel` tag, `cuda-libraries`, `cuda-runtime` on `-runtime`, cuDNN (`libcudnn8`, `libcudnn9-cuda-12`) on a `-cudnn` tag.",
      rationale:
        "Each flavour of `nvidia/cuda` image ships a part of the CUDA toolkit of the version its tag names: `-runtime` " +
        "the CUDA libraries, `-devel` those and nvcc, the headers and the static libraries, `-cudnn8-`/`-cudnn-` cuDNN " +
        "as well. Installing the same packages again adds nothing but a slower build, and the unversioned names are " +
        "worse: `cuda-toolkit` (or `cuda-toolkit-12`) installs the newest toolkit in NVIDIA's repository, a second CUDA " +
        "beside the base image's, some gigabytes, and `/usr/local/cuda` may then point to the other one. Build on the " +
        "flavour that has what you need (a `-devel` base for nvcc, a `-cudnn` tag for cuDNN), or on the image of the " +
        "CUDA version you need. Only packages of the base image's own CUDA version (`cuda-nvcc-12-1` on a 12.1 " +
        "image), or unversioned ones, are flagged; another version is taken as deliberate. cuDNN with a version pin " +
        "(`libcudnn8=8.6.0.163-1+cuda11.8`) may replace the base image's on purpose and is not flagged. The base image " +
        "is read from the stage's FROM (through ARGs and `FROM <stage>`); a tag that cannot be resolved gets no finding.",
      examples: {
        valid: [
          "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nRUN apt-get update && apt-get install -y --no-install-recommends cuda-nvcc-12-1 && rm -rf /var/lib/apt/lists/*\n",
        ],
        invalid: [
          "FROM nvidia/cuda:12.1.1-devel-ubuntu22.04\nRUN apt-get update && apt-get install -y --no-install-recommends cuda-nvcc-12-1 && rm -rf /var/lib/apt/lists/*\n",
          "FROM nvidia/cuda:12.1.1-devel-ubuntu22.04\nRUN apt-get update && apt-get install -y --no-install-recommends cuda-toolkit && rm -rf /var/lib/apt/lists/*\n",
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      again: "The base image `{{image}}` already has CUDA {{version}}'s {{what}}: `{{name}}` installs it again. Drop it.",
      newest:
        "`{{name}}` installs the newest CUDA {{what}} in NVIDIA's repository, beside the CUDA {{version}} the base image `{{image}}` already has. Drop it, or build on the image of the CUDA version you need.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run") return;
        const install = findPackageInstall(command);
        if (!install || !SYSTEM_MANAGERS.includes(install.manager)) return;
        const stage = sourceCode.stageOf(command.instruction);
        const base = stage ? cudaBaseOf(sourceCode.facts.rootBase(stage)) : null;
        if (base?.family !== "nvidia/cuda" || base.flavour === null) return;
        for (const { word, name, spec } of installedNames(install, command.instruction)) {
          const found = cudaPackage(name, base) ?? (spec === "" ? cudnnPackage(name, base) : null);
          if (found) context.report({ node: word, messageId: found.messageId, data: { name, what: found.what, version: base.version, image: base.image } });
        }
      },
    };

    /** Each package of the install with its name, variables substituted (a word that cannot be resolved is left out). */
    function installedNames(install: PackageInstall, at: m.Instruction): { word: m.Word; name: string; spec: string }[] {
      return install.packages.flatMap((pkg) => {
        if (pkg.name !== null) return [{ word: pkg.word, name: pkg.name, spec: pkg.spec }];
        if (!pkg.word.value.includes("$")) return [];
        const resolved = sourceCode.resolve(pkg.word.value, at);
        if (resolved.unresolved.length || resolved.value.includes("$")) return [];
        return resolved.value
          .split(/\s+/)
          .filter(Boolean)
          .flatMap((part) => {
            const split = packageWord(install.manager, { ...pkg.word, value: part });
            return split.name === null ? [] : [{ word: pkg.word, name: split.name, spec: split.spec }];
          });
      });
    }
  },
};

type Found = { messageId: "again" | "newest"; what: string };

/** A CUDA package the base image has: of its own version (again), or unversioned or major-only (the newest). */
function cudaPackage(name: string, base: CudaImage): Found | null {
  for (const pkg of CUDA_PACKAGES) {
    if (!name.startsWith(pkg.name) || FLAVOUR_RANK[base.flavour!] < FLAVOUR_RANK[pkg.from]) continue;
    const suffix = VERSION_SUFFIX.exec(name.slice(pkg.name.length));
    if (!suffix) continue;
    const [major, minor] = base.version.split(".");
    if (suffix[2] !== undefined) return suffix[1] === major && suffix[2] === minor ? { messageId: "again", what: pkg.what } : null;
    if (suffix[1] !== undefined && suffix[1] !== major) return null;
    return { messageId: "newest", what: pkg.what };
  }
  return null;
}

/** cuDNN of the major the tag names: `libcudnn8` on `-cudnn8-`, `libcudnn9-cuda-12` on a CUDA 12 `-cudnn-` tag; `-dev` on devel only. */
function cudnnPackage(name: string, base: CudaImage): Found | null {
  if (base.cudnn === null) return null;
  const major = base.version.split(".")[0];
  const cudnn = base.cudnn === "" ? "9" : base.cudnn;
  const dev = base.flavour === "devel";
  const names = cudnn === "8" ? ["libcudnn8", ...(dev ? ["libcudnn8-dev"] : [])] : [`libcudnn${cudnn}-cuda-${major}`, ...(dev ? [`libcudnn${cudnn}-dev-cuda-${major}`] : [])];
  return names.includes(name) ? { messageId: "again", what: `cuDNN ${cudnn}` } : null;
}

export default rule;
