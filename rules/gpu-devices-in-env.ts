// Flags ENV NVIDIA_VISIBLE_DEVICES / CUDA_VISIBLE_DEVICES set to device numbers or UUIDs: which GPUs
// a container gets is the host's choice (`docker run --gpus`, Compose `device_ids`), not the image's.
import type { Rule } from "../src/engine/rule.js";

const VARIABLES: ReadonlySet<string> = new Set(["NVIDIA_VISIBLE_DEVICES", "CUDA_VISIBLE_DEVICES"]);
/** Values that name no device: every GPU, none, or (CUDA's `-1`) none visible to the program. */
const NO_DEVICE: ReadonlySet<string> = new Set(["", "all", "none", "void", "-1"]);

const rule: Rule = {
  meta: {
    type: "problem",
    docs: {
      description: "ENV sets `NVIDIA_VISIBLE_DEVICES` or `CUDA_VISIBLE_DEVICES` to device numbers or UUIDs (`0`, `0,1`, `GPU-...`).",
      rationale:
        "Which GPUs a container may use is decided where it runs: `docker run --gpus '\"device=1,2\"'`, Compose's " +
        "`device_ids`, Kubernetes' device plugin. Baked into the image, `NVIDIA_VISIBLE_DEVICES=0` is what the NVIDIA " +
        "runtime reads when a container is started without a choice of its own (`--runtime=nvidia`, a node whose " +
        "default runtime it is), so every container of the image asks for GPU 0 and two on one machine share it while " +
        "the others sit idle; `CUDA_VISIBLE_DEVICES=1` hides from the " +
        "program the very GPU it was given when the host hands it only one (inside the container that one is device " +
        "0). Leave the choice to the host: drop the ENV, or set it when the container starts (`docker run -e`). " +
        "`all`, `none`, `void`, an empty value, CUDA's `-1` (no GPU: a CPU-only image) and a value taken from a " +
        "variable are not flagged.",
      examples: {
        valid: ["FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_VISIBLE_DEVICES=all\n"],
        invalid: ["FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_VISIBLE_DEVICES=0,1\n", "FROM python:3.12-slim\nENV CUDA_VISIBLE_DEVICES=0\n"],
      },
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: {
      hardCoded:
        "`{{name}}={{value}}` fixes in the image which GPUs every container uses; the host decides that (`docker run --gpus`, Compose `device_ids`). Drop it, or set it when the container starts.",
    },
    schema: [],
  },
  create(context) {
    return {
      Env(node) {
        for (const { key, value } of node.pairs) {
          if (!value || !VARIABLES.has(key.value) || value.value.includes("$")) continue;
          if (NO_DEVICE.has(value.value.trim().toLowerCase())) continue;
          context.report({ node: value, messageId: "hardCoded", data: { name: key.value, value: value.value } });
        }
      },
    };
  },
};

export default rule;
