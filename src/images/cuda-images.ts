// What the CUDA images a stage is built on hold, read from their tags: `nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04`
// is CUDA 12.1 with cuDNN 8 and the compiler, `pytorch/pytorch:2.3.1-cuda12.1-cudnn8-devel` the same under PyTorch.
import type { ImageReference } from "../parse/image-ref.js";

/** base: libcudart only; runtime: the CUDA libraries; devel: runtime plus nvcc, headers and static libraries. */
export type CudaFlavour = "base" | "runtime" | "devel";

export interface CudaImage {
  /** The image as resolved: `nvidia/cuda:12.1.1-devel-ubuntu22.04`. */
  image: string;
  /** Which publisher's tags: nvidia/cuda or pytorch/pytorch. */
  family: "nvidia/cuda" | "pytorch/pytorch";
  /** CUDA major.minor: "12.1". */
  version: string;
  /** null when the tag names none (tags older than the three flavours). */
  flavour: CudaFlavour | null;
  /** The cuDNN major the tag names ("8", "9"), "" for a bare `-cudnn-` tag, null when the image has no cuDNN. */
  cudnn: string | null;
}

const FLAVOURS: ReadonlySet<string> = new Set(["base", "runtime", "devel"]);

/** The CUDA image a tag names, or null: an image of another publisher, or a tag that names no CUDA version. */
export function cudaImageOf(ref: ImageReference, image: string): CudaImage | null {
  if (!ref.tag) return null;
  const parts = ref.tag.toLowerCase().split("-");
  const cudnnPart = parts.find((p) => p.startsWith("cudnn"));
  const cudnn = cudnnPart === undefined ? null : /^cudnn(\d*)$/.exec(cudnnPart)?.[1] ?? null;
  if (cudnnPart !== undefined && cudnn === null) return null;
  if (isNvidiaCuda(ref)) {
    // `12.1.1-cudnn8-devel-ubuntu22.04`, `12.4.1-devel-ubuntu22.04`
    const version = /^(\d+\.\d+)(?:\.\d+)?$/.exec(parts[0])?.[1];
    const flavour = (parts.find((p) => FLAVOURS.has(p)) as CudaFlavour | undefined) ?? null;
    return version ? { image, family: "nvidia/cuda", version, flavour, cudnn } : null;
  }
  if (ref.domain === "docker.io" && ref.repository === "pytorch/pytorch") {
    // `2.3.1-cuda12.1-cudnn8-devel`: the flavour is the last part
    const version = parts.map((p) => /^cuda(\d+\.\d+)$/.exec(p)?.[1]).find(Boolean);
    const flavour = parts.at(-1);
    return version && (flavour === "runtime" || flavour === "devel") ? { image, family: "pytorch/pytorch", version, flavour, cudnn } : null;
  }
  return null;
}

/** nvidia/cuda on Docker Hub or NGC. */
export function isNvidiaCuda(ref: ImageReference): boolean {
  return ref.repository === "nvidia/cuda" && (ref.domain === "docker.io" || ref.domain === "nvcr.io");
}

/** The CUDA image a stage's layers start from (DockerfileFacts.rootBase), or null when it is none or cannot be known. */
export function cudaBaseOf(base: { reference: ImageReference | null; resolved: string; unresolved: string[] }): CudaImage | null {
  return base.reference && !base.unresolved.length ? cudaImageOf(base.reference, base.resolved) : null;
}
