// Flags GPU queries in RUN (`nvidia-smi`, `torch.cuda.is_available()`): `docker build` gives
// RUN no GPU, so they fail or report a GPU-less machine.
import type { Rule } from "../src/engine/rule.js";

/** Python calls that ask for a GPU, in `python -c` code. */
const GPU_CALLS = /\b(torch\.cuda\.(is_available|device_count|get_device_name)|tf\.config\.list_physical_devices\(\s*['"]GPU|tf\.test\.is_gpu_available|cupy\.cuda\.runtime\.getDeviceCount)\b/;

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "A RUN queries the GPU (`nvidia-smi`, `torch.cuda.is_available()` in `python -c`), which no image build has.",
      rationale:
        "`docker build` runs RUN without the NVIDIA container runtime's devices: there is no GPU and no driver in a " +
        "build container, even on a GPU host and even from an `nvidia/cuda` base. `nvidia-smi` fails (breaking the " +
        "build), and `torch.cuda.is_available()` is False, so a check meant to prove the image works on GPUs proves " +
        "nothing, or an `assert` on it breaks every build. Check the GPU when the container starts (`docker run " +
        "--gpus all image nvidia-smi`, a HEALTHCHECK or the entrypoint) instead.",
      examples: {
        valid: ['FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nCMD ["nvidia-smi"]\n'],
        invalid: [
          "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN nvidia-smi\n",
          "FROM pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime\nRUN python -c \"import torch; assert torch.cuda.is_available()\"\n",
        ],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      smi: "`nvidia-smi` in RUN: a build has no GPU, so it fails. Query the GPU when the container runs (`docker run --gpus all`).",
      python: "`{{call}}` in RUN: a build has no GPU, so it reports none. Check the GPU when the container runs.",
    },
    schema: [],
  },
  create(context) {
    return {
      ShellCommand(command) {
        if (command.instruction.type !== "Run") return;
        if (command.command === "nvidia-smi") {
          context.report({ node: command.name, messageId: "smi" });
          return;
        }
        if (!/^python[0-9.]*$/.test(command.command)) return;
        const c = command.args.findIndex((a) => a.value === "-c");
        const code = c >= 0 ? command.args[c + 1] : undefined;
        const match = code ? GPU_CALLS.exec(code.value) : null;
        if (code && match) context.report({ node: code, messageId: "python", data: { call: match[1] } });
      },
    };
  },
};

export default rule;
