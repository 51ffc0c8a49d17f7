import { testRule } from "../rule-tester.js";

testRule("gpu-at-build-time", {
  valid: [
    'FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nCMD ["nvidia-smi"]\n',
    { name: "a HEALTHCHECK runs in the container", code: "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nHEALTHCHECK CMD nvidia-smi || exit 1\n" },
    { name: "importing torch is fine", code: "FROM python:3.12\nRUN python -c \"import torch; print(torch.__version__)\"\n" },
    { name: "mentioned, not run", code: "FROM python:3.12\nRUN echo nvidia-smi > /usr/local/bin/check\n" },
    { name: "in the entrypoint script, at run time", code: 'FROM python:3.12\nENTRYPOINT ["python", "-c", "import torch; assert torch.cuda.is_available()"]\n' },
  ],
  invalid: [
    {
      name: "nvidia-smi in a chain",
      code: "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN apt-get update && nvidia-smi\n",
      errors: [{ messageId: "smi", line: 2, column: 23, endLine: 2, endColumn: 33 }],
      output: null,
    },
    {
      name: "python -c asserting a GPU",
      code: "FROM pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime\nRUN python -c \"import torch; assert torch.cuda.is_available()\"\n",
      errors: [{ messageId: "python", message: /`torch\.cuda\.is_available` in RUN/, line: 2, column: 15, endLine: 2, endColumn: 63 }],
      output: null,
    },
  ],
});
