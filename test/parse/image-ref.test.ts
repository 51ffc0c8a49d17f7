import { describe, expect, it } from "vitest";
import { isScratch, parseImageRef, splitImageRef } from "../../src/parse/image-ref.js";

const digest = "sha256:" + "a".repeat(64);

describe("parseImageRef", () => {
  it.each([
    ["python", { registry: null, domain: "docker.io", path: "python", repository: "library/python", tag: null, digest: null }],
    ["python:3.12-slim", { registry: null, domain: "docker.io", path: "python", repository: "library/python", tag: "3.12-slim", digest: null }],
    ["bitnami/redis:7.2", { registry: null, domain: "docker.io", path: "bitnami/redis", repository: "bitnami/redis", tag: "7.2", digest: null }],
    ["localhost:5000/a/b:tag", { registry: "localhost:5000", domain: "localhost:5000", path: "a/b", repository: "a/b", tag: "tag", digest: null }],
    ["localhost/app", { registry: "localhost", domain: "localhost", path: "app", repository: "app", tag: null, digest: null }],
    ["localhost:5000/app", { registry: "localhost:5000", domain: "localhost:5000", path: "app", repository: "app", tag: null, digest: null }],
    [`ghcr.io/o/r:1.2@${digest}`, { registry: "ghcr.io", domain: "ghcr.io", path: "o/r", repository: "o/r", tag: "1.2", digest }],
    [`alpine@${digest}`, { registry: null, domain: "docker.io", path: "alpine", repository: "library/alpine", tag: null, digest }],
    ["docker.io/library/node:20", { registry: "docker.io", domain: "docker.io", path: "library/node", repository: "library/node", tag: "20", digest: null }],
    ["index.docker.io/nginx", { registry: "index.docker.io", domain: "docker.io", path: "nginx", repository: "library/nginx", tag: null, digest: null }],
    ["mcr.microsoft.com/dotnet/sdk:8.0", { registry: "mcr.microsoft.com", domain: "mcr.microsoft.com", path: "dotnet/sdk", repository: "dotnet/sdk", tag: "8.0", digest: null }],
    ["[::1]:5000/app:v1", { registry: "[::1]:5000", domain: "[::1]:5000", path: "app", repository: "app", tag: "v1", digest: null }],
    ["Registry/app", { registry: "Registry", domain: "Registry", path: "app", repository: "app", tag: null, digest: null }],
    ["my_org/my__app-x.y:Tag_1", { registry: null, domain: "docker.io", path: "my_org/my__app-x.y", repository: "my_org/my__app-x.y", tag: "Tag_1", digest: null }],
    ["scratch", { registry: null, domain: "docker.io", path: "scratch", repository: "library/scratch", tag: null, digest: null }],
  ])("%s", (text, expected) => {
    expect(parseImageRef(text)).toEqual(expected);
  });

  it("reads a bare host:port as a name and a tag, as Docker does", () => {
    expect(parseImageRef("localhost:5000")).toMatchObject({ path: "localhost", tag: "5000", registry: null });
  });

  it.each([
    "",
    "Python:3",
    "python:",
    "python:-bad",
    `python:${"x".repeat(129)}`,
    "python@sha256:abc",
    "python@" + "a".repeat(64),
    "a//b",
    "a/b/",
    "-a/b",
    "a_/b",
    "host:port/app",
    "${BASE}",
    "python:${TAG}",
  ])("rejects %j", (text) => {
    expect(parseImageRef(text)).toBeNull();
  });
});

describe("splitImageRef", () => {
  it.each([
    ["python:3.12", { name: "python", tag: "3.12", digest: null, open: false }],
    ["localhost:5000/app", { name: "localhost:5000/app", tag: null, digest: null, open: false }],
    ["${BASE}", { name: "${BASE}", tag: null, digest: null, open: true }],
    ["$BASE", { name: "$BASE", tag: null, digest: null, open: true }],
    ["python:${TAG}", { name: "python", tag: "${TAG}", digest: null, open: true }],
    ["${REGISTRY}/python", { name: "${REGISTRY}/python", tag: null, digest: null, open: false }],
    ["${X:-python:3.12}", { name: "${X:-python:3.12}", tag: null, digest: null, open: true }],
    ["${X:-ghcr.io/a/b:1}:2", { name: "${X:-ghcr.io/a/b:1}", tag: "2", digest: null, open: false }],
    ["app${SUFFIX}", { name: "app${SUFFIX}", tag: null, digest: null, open: true }],
    ["${IMAGE}@${DIGEST}", { name: "${IMAGE}", tag: null, digest: "${DIGEST}", open: false }],
    [`x:latest@${digest}`, { name: "x", tag: "latest", digest, open: false }],
  ])("%s", (text, expected) => {
    expect(splitImageRef(text)).toEqual(expected);
  });
});

describe("isScratch", () => {
  it("ignores case (an upper-case name is no valid image reference either)", () => {
    expect(isScratch("scratch")).toBe(true);
    expect(isScratch("SCRATCH")).toBe(true);
    expect(isScratch("scratchy")).toBe(false);
  });
});
