import { testRule } from "../rule-tester.js";

testRule("gpu-devices-in-env", {
  valid: [
    "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_VISIBLE_DEVICES=all\n",
    { name: "none, void, empty, -1", code: "FROM python:3.12\nENV NVIDIA_VISIBLE_DEVICES=none CUDA_VISIBLE_DEVICES=\"\"\nENV NVIDIA_VISIBLE_DEVICES void\nENV CUDA_VISIBLE_DEVICES=-1\n" },
    { name: "from a variable", code: "FROM python:3.12\nARG GPUS=0\nENV CUDA_VISIBLE_DEVICES=${GPUS} NVIDIA_VISIBLE_DEVICES=${NVIDIA_VISIBLE_DEVICES:-all}\n" },
    { name: "ARG only lives during the build", code: "FROM python:3.12\nARG CUDA_VISIBLE_DEVICES=0\n" },
    { name: "another variable", code: "FROM python:3.12\nENV HIP_VISIBLE_DEVICES_COUNT=0\nLABEL CUDA_VISIBLE_DEVICES=0\n" },
  ],
  invalid: [
    {
      code: "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_VISIBLE_DEVICES=0,1\n",
      errors: [{ messageId: "hardCoded", message: /^`NVIDIA_VISIBLE_DEVICES=0,1` fixes in the image which GPUs/, line: 2, column: 28, endLine: 2, endColumn: 31 }],
      output: null,
    },
    {
      name: "quoted, legacy form, a UUID, among other pairs",
      code: "FROM python:3.12\nENV PYTHONUNBUFFERED=1 \\\n    CUDA_VISIBLE_DEVICES=\"0\"\nENV NVIDIA_VISIBLE_DEVICES GPU-5d9ab1a1-8e1c-4f4e-9d7e-3b4a2c1d0e9f\n",
      errors: [
        { messageId: "hardCoded", message: /^`CUDA_VISIBLE_DEVICES=0` fixes/, line: 3, column: 26, endLine: 3, endColumn: 29 },
        { messageId: "hardCoded", line: 4, column: 28, endLine: 4, endColumn: 68 },
      ],
      output: null,
    },
  ],
});
