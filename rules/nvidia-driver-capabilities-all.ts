// Flags ENV NVIDIA_DRIVER_CAPABILITIES=all: every container of the image gets every part of the
// host's driver (graphics, video, display), where a CUDA program needs `compute,utility`.
import type { Rule } from "../src/engine/rule.js";
import type * as m from "../src/parse/model.js";

const NEEDED = "compute,utility";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "ENV sets `NVIDIA_DRIVER_CAPABILITIES` to `all`.",
      rationale:
        "The NVIDIA container runtime mounts into a container the parts of the host's driver that " +
        "`NVIDIA_DRIVER_CAPABILITIES` names: `compute` (CUDA, OpenCL), `utility` (nvidia-smi, NVML), `video` " +
        "(NVENC/NVDEC), `graphics` (OpenGL, Vulkan), `display` (X11), and more. `all` mounts every one, so each " +
        "container of the image carries more of the host's driver, and more of its attack surface, than it uses. A " +
        "CUDA workload (training, inference, a notebook) needs `compute,utility`, which is also what the " +
        "`nvidia/cuda` images set. Name the capabilities the image uses: add `video` for hardware video coding, " +
        "`graphics` or `display` for rendering. The suggestion puts `compute,utility` in place of `all` and keeps " +
        "the capabilities named beside it.",
      examples: {
        valid: ["FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_DRIVER_CAPABILITIES=compute,utility\n"],
        invalid: ["FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_DRIVER_CAPABILITIES=all\n"],
      },
      fixSafety:
        "Only a suggestion: an image that encodes video or renders with the GPU needs more than `compute,utility`, " +
        "and only its author knows which.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "info",
    hasSuggestions: true,
    messages: {
      all: "`NVIDIA_DRIVER_CAPABILITIES={{value}}` gives every container of the image every part of the host's driver; a CUDA workload needs `compute,utility`.",
      useComputeUtility: "Name the capabilities: `{{replacement}}`.",
    },
    schema: [],
  },
  create(context) {
    return {
      Env(node) {
        for (const { key, value } of node.pairs) {
          if (!value || key.value !== "NVIDIA_DRIVER_CAPABILITIES") continue;
          if (!value.value.split(",").some((c) => c.trim() === "all")) continue;
          // the capabilities named beside `all` stay: `graphics,all` -> `graphics,compute,utility`
          const named = value.value.split(",").map((c) => c.trim()).flatMap((c) => (c === "all" ? NEEDED.split(",") : c ? [c] : []));
          const replacement = written(value, [...new Set(named)].join(","));
          context.report({
            node: value,
            messageId: "all",
            data: { value: value.value },
            suggest: replacement === null ? [] : [{ messageId: "useComputeUtility", data: { replacement }, fix: (fixer) => fixer.replaceText(value, replacement) }],
          });
        }
      },
    };
  },
};

/** `text` written as the word was: bare, or in the same quotes; null when the word has escapes. */
function written(word: m.Word, text: string): string | null {
  if (word.text === word.value) return text;
  const quote = word.text[0];
  return (quote === '"' || quote === "'") && word.text === `${quote}${word.value}${quote}` ? `${quote}${text}${quote}` : null;
}

export default rule;
