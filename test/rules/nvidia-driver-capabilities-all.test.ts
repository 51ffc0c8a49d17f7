import { testRule } from "../rule-tester.js";

testRule("nvidia-driver-capabilities-all", {
  valid: [
    "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_DRIVER_CAPABILITIES=compute,utility\n",
    { name: "video named", code: "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_DRIVER_CAPABILITIES=compute,utility,video\n" },
    { name: "a variable", code: "FROM python:3.12\nARG CAPS=all\nENV NVIDIA_DRIVER_CAPABILITIES=${CAPS}\n" },
    { name: "ARG only", code: "FROM python:3.12\nARG NVIDIA_DRIVER_CAPABILITIES=all\n" },
  ],
  invalid: [
    {
      code: "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_DRIVER_CAPABILITIES=all\n",
      errors: [
        {
          messageId: "all",
          message: "`NVIDIA_DRIVER_CAPABILITIES=all` gives every container of the image every part of the host's driver; a CUDA workload needs `compute,utility`.",
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 35,
          suggestions: [{ messageId: "useComputeUtility", output: "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV NVIDIA_DRIVER_CAPABILITIES=compute,utility\n" }],
        },
      ],
      output: null,
    },
    {
      name: "quoted, among other pairs, legacy form",
      code: "FROM python:3.12\nENV NVIDIA_VISIBLE_DEVICES=all \\\n    NVIDIA_DRIVER_CAPABILITIES=\"all\"\nENV NVIDIA_DRIVER_CAPABILITIES graphics,all\n",
      errors: [
        {
          messageId: "all",
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 37,
          suggestions: [{ messageId: "useComputeUtility", output: "FROM python:3.12\nENV NVIDIA_VISIBLE_DEVICES=all \\\n    NVIDIA_DRIVER_CAPABILITIES=\"compute,utility\"\nENV NVIDIA_DRIVER_CAPABILITIES graphics,all\n" }],
        },
        {
          messageId: "all",
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 44,
          suggestions: [{ messageId: "useComputeUtility", output: "FROM python:3.12\nENV NVIDIA_VISIBLE_DEVICES=all \\\n    NVIDIA_DRIVER_CAPABILITIES=\"all\"\nENV NVIDIA_DRIVER_CAPABILITIES graphics,compute,utility\n" }],
        },
      ],
      output: null,
    },
  ],
});
