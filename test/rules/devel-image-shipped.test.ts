import { testRule } from "../rule-tester.js";

testRule("devel-image-shipped", {
  valid: [
    "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS build\nRUN nvcc -o /app kernel.cu\nFROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nCOPY --from=build /app /app\n",
    { name: "a runtime image", code: "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN pip install torch\n" },
    { name: "compiles with make", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN make -j\"$(nproc)\"\n" },
    { name: "gcc with a version", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN gcc-12 -O2 -o x x.c\n" },
    { name: "pip builds from source", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN pip install --no-build-isolation .\n" },
    { name: "pip installs a local directory", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nCOPY . /src\nRUN pip install /src\n" },
    { name: "pip installs from git", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN pip install git+https://github.com/example/ext.git@v1\n" },
    { name: "a CUDA build setting", code: "FROM pytorch/pytorch:2.3.1-cuda12.1-cudnn8-devel\nENV TORCH_CUDA_ARCH_LIST=\"8.0 8.6\"\nRUN pip install -r requirements.txt\n" },
    { name: "a package that builds CUDA code", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN pip install flash-attn==2.6.3\n" },
    { name: "an interactive development image", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN pip install jupyterlab\nCMD [\"jupyter\", \"lab\"]\n" },
    { name: "compiles in the stage it is built from", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS build\nRUN cmake -B b . && cmake --build b\nFROM build\nCMD [\"./b/app\"]\n" },
    { name: "a devel builder stage", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS build\nRUN pip wheel -w /w torch\nFROM python:3.12-slim\nCOPY --from=build /w /w\n" },
    { name: "installs compilers", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN apt-get install -y build-essential\nRUN dnf install -y gcc-c++ make\n" },
    { name: "a conda package build image", code: "FROM nvidia/cuda:11.8.0-devel-ubuntu22.04\nRUN conda install -y conda-build\n" },
    { name: "a last stage named for development", code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS devel\nRUN pip install torch\n" },
    { name: "a tag that cannot be resolved", code: "ARG FLAVOUR\nFROM nvidia/cuda:12.4.1-${FLAVOUR}-ubuntu22.04\nRUN pip install torch\n" },
  ],
  invalid: [
    {
      code: "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN pip3 install --no-cache-dir torch==2.4.1\nCMD [\"python3\", \"serve.py\"]\n",
      errors: [
        {
          messageId: "develShipped",
          message:
            "The image ships on `nvidia/cuda:12.4.1-devel-ubuntu22.04`, a -devel image (nvcc, headers, static libraries: gigabytes), and nothing in it compiles. Build in a -devel stage and ship a `nvidia/cuda:12.4.1-runtime-ubuntu22.04` stage.",
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 42,
        },
      ],
      output: null,
    },
    {
      name: "pytorch/pytorch, through an ARG and a stage, a compiler only in another stage",
      code: "ARG TAG=2.3.1-cuda12.1-cudnn8-devel\nFROM gcc:13 AS tools\nRUN make\nFROM pytorch/pytorch:${TAG} AS base\nRUN pip install --no-cache-dir -r requirements.txt\nFROM base\nCOPY app.py .\n",
      errors: [{ messageId: "develShipped", message: /ship a `pytorch\/pytorch:2\.3\.1-cuda12\.1-cudnn8-runtime` stage/, line: 6, column: 6, endLine: 6, endColumn: 10 }],
      output: null,
    },
  ],
});
