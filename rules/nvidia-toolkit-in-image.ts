// Flags the NVIDIA Container Toolkit (`nvidia-container-toolkit`, `nvidia-docker2`, ...) installed
// into an image: it belongs on the host that runs containers, and does nothing inside one.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";
import type { DockerfileSourceCode } from "../src/engine/source-code.js";
import { findPackageInstall, type Manager } from "../src/shell/package-managers.js";

/** The host side of GPU containers: the runtime hook, its library and the old nvidia-docker packages. */
const HOST_PACKAGES: ReadonlySet<string> = new Set([
  "nvidia-container-toolkit",
  "nvidia-container-toolkit-base",
  "nvidia-container-runtime",
  "nvidia-docker2",
  "libnvidia-container-tools",
  "libnvidia-container1",
]);
const SYSTEM_MANAGERS: readonly Manager[] = ["apt", "yum", "dnf", "zypper"];
/** Packages that make the image a container host itself (Docker in Docker, a Kubernetes node): there the toolkit belongs. */
const CONTAINER_ENGINES: ReadonlySet<string> = new Set([
  "docker-ce", "docker.io", "docker-engine", "moby-engine", "containerd", "containerd.io", "cri-o", "podman", "k3s",
]);

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description:
        "A RUN installs the NVIDIA Container Toolkit (`nvidia-container-toolkit`, `nvidia-container-runtime`, `nvidia-docker2`, `libnvidia-container*`) into the image.",
      rationale:
        "The NVIDIA Container Toolkit is what lets a host's container engine hand GPUs to containers: `docker run " +
        "--gpus` asks it to mount the host's driver and device files into the container as it starts. It runs on " +
        "the host, outside the container. Installed in an image it is never called: the image gains its packages " +
        "(and NVIDIA's apt or yum repository) for nothing, and it is often a sign the image is expected to bring its " +
        "own GPU support, which it cannot. Install it on the machines that run the containers; the image needs only " +
        "the CUDA libraries (an `nvidia/cuda` base has them). An image that is itself a container host (it installs " +
        "Docker, containerd, CRI-O, Podman or k3s, or is built on `docker:dind` or `kindest/node`) is not flagged: " +
        "there the toolkit is in its place.",
      examples: {
        valid: [
          "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3=3.10.6-1~22.04 && rm -rf /var/lib/apt/lists/*\n",
        ],
        invalid: [
          "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN apt-get update && apt-get install -y nvidia-container-toolkit && rm -rf /var/lib/apt/lists/*\n",
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      hostPackage:
        "`{{name}}` is the host's side of GPU containers (`docker run --gpus` uses it outside the container); in an image it does nothing. Install it on the hosts that run the image.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const hosts = new Map<number, boolean>();
    const isContainerHost = (instruction: m.Instruction) => {
      let host = hosts.get(instruction.stageIndex);
      if (host === undefined) hosts.set(instruction.stageIndex, (host = stageIsContainerHost(instruction, sourceCode)));
      return host;
    };
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run") return;
        const install = findPackageInstall(command);
        if (!install || !SYSTEM_MANAGERS.includes(install.manager)) return;
        for (const pkg of install.packages) {
          const name = pkg.name === null ? null : hostPackage(pkg.name);
          if (name === null || isContainerHost(command.instruction)) continue;
          context.report({ node: pkg.word, messageId: "hostPackage", data: { name } });
        }
      },
    };
  },
};

/** The host package a name installs: as written, or with yum's and dnf's version after it (`nvidia-container-toolkit-1.14.6`). */
function hostPackage(name: string): string | null {
  if (HOST_PACKAGES.has(name)) return name;
  const versioned = /^(.+?)-\d/.exec(name);
  return versioned && HOST_PACKAGES.has(versioned[1]) ? versioned[1] : null;
}

/** True when the instruction's stage (or one it is built from) installs a container engine, or its base is one. */
function stageIsContainerHost(instruction: m.Instruction, sourceCode: DockerfileSourceCode): boolean {
  const stage = sourceCode.stageOf(instruction);
  if (!stage) return false;
  const base = sourceCode.facts.rootBase(stage);
  const ref = base.unresolved.length ? null : base.reference;
  if (ref && ((ref.repository === "library/docker" && /dind/.test(ref.tag ?? "")) || ref.repository === "kindest/node")) return true;
  return sourceCode.stageLineage(stage).some((s) =>
    s.instructions.some(
      (i) =>
        i.type === "Run" &&
        sourceCode.commandsOf(i).some((c) => findPackageInstall(c)?.packages.some((p) => p.name !== null && CONTAINER_ENGINES.has(p.name))),
    ),
  );
}

export default rule;
