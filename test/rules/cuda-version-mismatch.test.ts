import { testRule } from "../rule-tester.js";

testRule("cuda-version-mismatch", {
  valid: [
    "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.3.1 --index-url https://download.pytorch.org/whl/cu121\n",
    { name: "same wheel local version", code: "FROM nvidia/cuda:11.8.0-cudnn8-devel-ubuntu22.04\nRUN pip install torch==2.1.0+cu118\n" },
    { name: "no nvidia/cuda base", code: "FROM python:3.12\nRUN pip install torch==2.1.0+cu118\n" },
    { name: "unknown base tag", code: "ARG CUDA\nFROM nvidia/cuda:${CUDA}-runtime-ubuntu22.04\nRUN pip install torch==2.1.0+cu118\n" },
    { name: "CPU wheels", code: "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nRUN pip install torch --index-url https://download.pytorch.org/whl/cpu\n" },
    { name: "conda, matching", code: "FROM nvidia/cuda:11.8.0-runtime-ubuntu22.04\nRUN conda install -y pytorch pytorch-cuda=11.8 -c pytorch -c nvidia\n" },
    { name: "not in RUN", code: "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nCMD pip install torch==2.1.0+cu118\n" },
  ],
  invalid: [
    {
      name: "a +cu118 wheel on CUDA 12.1",
      code: "FROM nvidia/cuda:12.1.1-runtime-ubuntu22.04\nRUN pip install --no-cache-dir torch==2.1.0+cu118 -f https://download.pytorch.org/whl/torch_stable.html\n",
      errors: [{ messageId: "mismatch", message: /built for CUDA 11\.8, but the base image `nvidia\/cuda:12\.1\.1-runtime-ubuntu22\.04` has CUDA 12\.1/, line: 2, column: 32, endLine: 2, endColumn: 50 }],
      output: null,
    },
    {
      name: "the index URL, base tag from an ARG, in a later stage",
      code: "ARG CUDA=11.8.0\nFROM nvidia/cuda:${CUDA}-devel-ubuntu22.04 AS base\nFROM base\nRUN python3 -m pip install torch \\\n    --index-url=https://download.pytorch.org/whl/cu121\n",
      errors: [{ messageId: "mismatch", message: /CUDA 12\.1, but the base image `nvidia\/cuda:11\.8\.0-devel-ubuntu22\.04` has CUDA 11\.8/, line: 5, column: 5, endLine: 5, endColumn: 55 }],
      output: null,
    },
    {
      name: "conda's pytorch-cuda, nvcr.io",
      code: "FROM nvcr.io/nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN mamba install -y pytorch pytorch-cuda=12.1 -c pytorch -c nvidia\n",
      errors: [{ messageId: "mismatch", line: 2, column: 30, endLine: 2, endColumn: 47 }],
      output: null,
    },
  ],
});
