import { testRule } from "../rule-tester.js";

testRule("nvidia-toolkit-in-image", {
  valid: [
    "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN apt-get install -y python3\n",
    { name: "a container host: Docker in Docker", code: "FROM ubuntu:22.04\nRUN apt-get install -y docker-ce containerd.io nvidia-container-toolkit\n" },
    { name: "a container host, installed in the stage it is built from", code: "FROM ubuntu:22.04 AS host\nRUN apt-get install -y docker.io\nFROM host\nRUN apt-get install -y nvidia-container-toolkit\n" },
    { name: "built on docker:dind", code: "FROM docker:27-dind\nRUN apk add nvidia-container-toolkit\nRUN dnf install -y nvidia-container-toolkit\n" },
    { name: "built on a kind node", code: "FROM kindest/node:v1.30.0\nRUN apt-get install -y nvidia-container-toolkit\n" },
    { name: "only downloaded", code: "FROM ubuntu:22.04\nRUN apt-get download nvidia-container-toolkit\n" },
    { name: "pip's package of another name", code: "FROM python:3.12\nRUN pip install nvidia-container-toolkit-stub\n" },
    { name: "not in RUN", code: "FROM ubuntu:22.04\nCMD apt-get install -y nvidia-container-toolkit\n" },
  ],
  invalid: [
    {
      code: "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nRUN apt-get update && apt-get install -y nvidia-container-toolkit && rm -rf /var/lib/apt/lists/*\n",
      errors: [{ messageId: "hostPackage", message: /^`nvidia-container-toolkit` is the host's side/, line: 2, column: 42, endLine: 2, endColumn: 66 }],
      output: null,
    },
    {
      name: "several, pinned, over lines, with dnf",
      code: "FROM rockylinux:9\nRUN dnf install -y \\\n      nvidia-container-toolkit-1.14.6 \\\n      libnvidia-container1 python3\n",
      errors: [
        { messageId: "hostPackage", message: /^`nvidia-container-toolkit` is/, line: 3, column: 7, endLine: 3, endColumn: 38 },
        { messageId: "hostPackage", message: /^`libnvidia-container1` is/, line: 4, column: 7, endLine: 4, endColumn: 27 },
      ],
      output: null,
    },
    {
      name: "nvidia-docker2 with apt, yum and zypper",
      code: "FROM debian:12\nRUN apt install -y nvidia-docker2=2.13.0-1\nRUN yum install -y nvidia-container-runtime\nRUN zypper in -y libnvidia-container-tools\n",
      errors: [
        { messageId: "hostPackage", line: 2, column: 20, endLine: 2, endColumn: 43 },
        { messageId: "hostPackage", line: 3, column: 20, endLine: 3, endColumn: 44 },
        { messageId: "hostPackage", line: 4, column: 18, endLine: 4, endColumn: 43 },
      ],
      output: null,
    },
    {
      name: "microdnf, through sh -c",
      code: "FROM nvcr.io/nvidia/cuda:12.4.1-base-ubi9\nRUN sh -c 'microdnf install -y nvidia-container-toolkit-base'\n",
      errors: [{ messageId: "hostPackage", line: 2, column: 32, endLine: 2, endColumn: 61 }],
      output: null,
    },
  ],
});
