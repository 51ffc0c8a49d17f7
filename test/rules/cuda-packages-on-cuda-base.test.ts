import { testRule } from "../rule-tester.js";

testRule("cuda-packages-on-cuda-base", {
  valid: [
    { name: "nvcc on a runtime image", code: "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nRUN apt-get install -y cuda-nvcc-12-1 cuda-cudart-dev-12-1\n" },
    { name: "the runtime libraries on a base image", code: "FROM nvidia/cuda:12.1.1-base-ubuntu22.04\nRUN apt-get install -y cuda-libraries-12-1\n" },
    { name: "another CUDA version, deliberately", code: "FROM nvidia/cuda:12.1.1-devel-ubuntu22.04\nRUN apt-get install -y cuda-toolkit-11-8\n" },
    { name: "another major", code: "FROM nvidia/cuda:12.1.1-devel-ubuntu22.04\nRUN apt-get install -y cuda-toolkit-13\n" },
    { name: "cuDNN on a tag without it", code: "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nRUN apt-get install -y libcudnn8\n" },
    { name: "cuDNN's headers on a runtime cuDNN tag", code: "FROM nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04\nRUN apt-get install -y libcudnn8-dev\n" },
    { name: "cuDNN pinned to a version", code: "FROM nvidia/cuda:11.8.0-cudnn8-runtime-ubuntu22.04\nRUN apt-get install -y --allow-change-held-packages libcudnn8=8.6.0.163-1+cuda11.8\n" },
    { name: "cuDNN 9 on a cuDNN 8 tag", code: "FROM nvidia/cuda:12.1.1-cudnn8-runtime-ubuntu22.04\nRUN apt-get install -y libcudnn9-cuda-12\n" },
    { name: "not an nvidia/cuda base", code: "FROM ubuntu:22.04\nRUN apt-get install -y cuda-toolkit-12-1\n" },
    { name: "a tag that cannot be resolved", code: "ARG TAG\nFROM nvidia/cuda:${TAG}\nRUN apt-get install -y cuda-toolkit-12-1\n" },
    { name: "a package name that cannot be resolved", code: "FROM nvidia/cuda:12.1.1-devel-ubuntu22.04\nARG V\nRUN apt-get install -y cuda-nvcc-${V}\n" },
    { name: "a name that only starts the same", code: "FROM nvidia/cuda:12.1.1-devel-ubuntu22.04\nRUN apt-get install -y cuda-toolkit-config-common cuda-nvcc-dev\n" },
    { name: "pip's packages", code: "FROM nvidia/cuda:12.1.1-devel-ubuntu22.04\nRUN pip install nvidia-cuda-nvcc-cu12 cuda-toolkit\n" },
  ],
  invalid: [
    {
      name: "nvcc of the same version on a devel image",
      code: "FROM nvidia/cuda:12.1.1-devel-ubuntu22.04\nRUN apt-get update && apt-get install -y cuda-nvcc-12-1\n",
      errors: [{ messageId: "again", message: "The base image `nvidia/cuda:12.1.1-devel-ubuntu22.04` already has CUDA 12.1's nvcc: `cuda-nvcc-12-1` installs it again. Drop it.", line: 2, column: 42, endLine: 2, endColumn: 56 }],
      output: null,
    },
    {
      name: "the unversioned toolkit",
      code: "FROM nvidia/cuda:12.1.1-cudnn8-devel-ubuntu22.04\nRUN apt-get install -y cuda-toolkit\n",
      errors: [{ messageId: "newest", message: /^`cuda-toolkit` installs the newest CUDA toolkit \(nvcc, headers, libraries\) in NVIDIA's repository, beside the CUDA 12\.1/, line: 2, column: 24, endLine: 2, endColumn: 36 }],
      output: null,
    },
    {
      name: "the toolkit of the same major, through ARGs and a later stage",
      code: "ARG CUDA=11.8.0\nFROM nvidia/cuda:${CUDA}-devel-ubuntu22.04 AS base\nFROM base\nARG DASH=11-8\nRUN apt-get install -y \\\n    cuda-toolkit-11 \\\n    cuda-libraries-dev-${DASH}\n",
      errors: [
        { messageId: "newest", line: 6, column: 5, endLine: 6, endColumn: 20 },
        { messageId: "again", line: 7, column: 5, endLine: 7, endColumn: 31 },
      ],
      output: null,
    },
    {
      name: "runtime libraries on a runtime image, with dnf",
      code: "FROM nvcr.io/nvidia/cuda:12.4.1-runtime-ubi9\nRUN dnf install -y cuda-libraries-12-4 cuda-runtime-12-4 cuda-libraries-dev-12-4\n",
      errors: [
        { messageId: "again", line: 2, column: 20, endLine: 2, endColumn: 39 },
        { messageId: "again", line: 2, column: 40, endLine: 2, endColumn: 57 },
      ],
      output: null,
    },
    {
      name: "cuDNN on cuDNN tags",
      code: "FROM nvidia/cuda:11.8.0-cudnn8-devel-ubuntu22.04\nRUN apt-get install -y libcudnn8 libcudnn8-dev\nFROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04\nRUN apt-get install -y libcudnn9-cuda-12 libcudnn9-dev-cuda-12\n",
      errors: [
        { messageId: "again", message: /already has CUDA 11\.8's cuDNN 8: `libcudnn8` installs/, line: 2, column: 24, endLine: 2, endColumn: 33 },
        { messageId: "again", line: 2, column: 34, endLine: 2, endColumn: 47 },
        { messageId: "again", line: 4, column: 24, endLine: 4, endColumn: 41 },
      ],
      output: null,
    },
  ],
});
