import { describe, expect, it } from "vitest";
import { cudaImageOf } from "../../src/images/cuda-images.js";
import { parseImageRef } from "../../src/parse/image-ref.js";

const read = (image: string) => cudaImageOf(parseImageRef(image)!, image);

describe("cudaImageOf", () => {
  it.each([
    ["nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04", { family: "nvidia/cuda", version: "12.1", flavour: "devel", cudnn: "8" }],
    ["nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04", { family: "nvidia/cuda", version: "12.4", flavour: "runtime", cudnn: "" }],
    ["nvcr.io/nvidia/cuda:11.8.0-base-ubi8", { family: "nvidia/cuda", version: "11.8", flavour: "base", cudnn: null }],
    ["nvidia/cuda:10.2", { family: "nvidia/cuda", version: "10.2", flavour: null, cudnn: null }],
    ["pytorch/pytorch:2.3.1-cuda12.1-cudnn8-devel", { family: "pytorch/pytorch", version: "12.1", flavour: "devel", cudnn: "8" }],
    ["pytorch/pytorch:2.5.1-cuda12.4-cudnn9-runtime", { family: "pytorch/pytorch", version: "12.4", flavour: "runtime", cudnn: "9" }],
  ])("%s", (image, expected) => {
    expect(read(image)).toEqual({ image, ...expected });
  });

  it.each([
    "nvidia/cuda:latest",
    "nvidia/cuda",
    "nvidia/cudagl:11.4.2-devel-ubuntu20.04",
    "example.com/nvidia/cuda:12.1.1-devel-ubuntu22.04",
    "pytorch/pytorch:latest",
    "pytorch/pytorch:2.3.1-cuda12.1-cudnn8",
    "nvcr.io/nvidia/pytorch:24.05-py3",
    "nvidia/cuda:12.1.1-cudnnx-devel-ubuntu22.04",
  ])("%s names no CUDA image", (image) => {
    expect(read(image)).toBeNull();
  });
});
