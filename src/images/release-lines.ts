// Which release lines an image reference is built on: `python:3.6.5-slim-buster` is Python 3.6 on
// Debian 10, `nvidia/cuda:11.3.1-runtime-ubuntu20.04` is Ubuntu 20.04. Only tags that name a line
// are read: `python:3`, `node:lts` or `debian:stable` move with their publisher and name none.
import type { ImageReference } from "../parse/image-ref.js";
import { lineOf, type LineOf, type ProductKey } from "./end-of-life.js";

/** How the first part of an image's tag (up to the first `-`) names its own line. */
interface ImageSpec {
  product: ProductKey;
  /** The version at the start of the tag's first part; null when the part names no version. */
  version: (first: string) => string | null;
  /** True when the tag's other parts may name the OS it is built on (`-slim-buster`, `-alpine3.12`). */
  variants: boolean;
}

/** `3.6.5`, `3.6`, `3.6.0rc1` -> `3.6`; a bare major (`3`) moves and names no line. */
const majorMinor = (first: string) => /^\d+\.\d+/.exec(first)?.[0] ?? null;
/** `14`, `14.17.0` -> `14`; also `0.10.48` -> `0.10`; the code names (`fermium`) as written. */
const nodeVersion = (first: string) => /^0\.\d+/.exec(first)?.[0] ?? /^[1-9]\d*/.exec(first)?.[0] ?? (/^[a-z]+$/.test(first) ? first : null);
/** `10`, `10.13` and code names as written; lineOf sorts them out. */
const asWritten = (first: string) => first;
/** `8`, `8u292`, `11.0.11`, `17` -> the feature release. */
const javaFeature = (first: string) => /^(?:1\.)?([1-9]\d*)/.exec(first)?.[1] ?? null;

const OFFICIAL: Record<string, ImageSpec> = {
  python: { product: "python", version: (f) => majorMinor(f) ?? (f === "2" ? f : null), variants: true },
  pypy: { product: "python", version: () => null, variants: true },
  node: { product: "node", version: nodeVersion, variants: true },
  debian: { product: "debian", version: asWritten, variants: false },
  ubuntu: { product: "ubuntu", version: asWritten, variants: false },
  alpine: { product: "alpine", version: majorMinor, variants: false },
  centos: { product: "centos", version: (f) => /^(?:centos)?([678])(?:\.|$)/.exec(f)?.[1] ?? null, variants: false },
  rockylinux: { product: "rockylinux", version: (f) => /^\d+/.exec(f)?.[0] ?? null, variants: false },
  fedora: { product: "fedora", version: (f) => /^\d+$/.exec(f)?.[0] ?? null, variants: false },
  golang: { product: "golang", version: majorMinor, variants: true },
  ruby: { product: "ruby", version: majorMinor, variants: true },
  php: { product: "php", version: majorMinor, variants: true },
  openjdk: { product: "java", version: javaFeature, variants: true },
  "eclipse-temurin": { product: "java", version: javaFeature, variants: true },
  postgres: { product: "postgres", version: asWritten, variants: true },
  redis: { product: "redis", version: asWritten, variants: true },
};

/** Other images, by registry and repository, whose tags name the OS they are built on (and nvidia/cuda's, its CUDA line). */
const OS_ONLY = new Set(["docker.io/nvidia/cuda", "nvcr.io/nvidia/cuda", "docker.io/rockylinux/rockylinux"]);

/** `-buster`, `-jammy`: the code names variant tags use for the Debian and Ubuntu they are built on. */
const OS_CODENAMES: Record<string, ProductKey> = {
  wheezy: "debian",
  jessie: "debian",
  stretch: "debian",
  buster: "debian",
  bullseye: "debian",
  bookworm: "debian",
  trixie: "debian",
  trusty: "ubuntu",
  xenial: "ubuntu",
  bionic: "ubuntu",
  focal: "ubuntu",
  jammy: "ubuntu",
  noble: "ubuntu",
  resolute: "ubuntu",
};

/** `alpine3.12`, `ubuntu20.04`, `centos7`, `rockylinux8`: an OS and its line in one part of a tag. */
const OS_WITH_VERSION = /^(alpine|ubuntu|centos|rockylinux)(\d+(?:\.\d+)?)$/;

/** The release lines an image is built on, its own first; empty when its tag names none. */
export function releaseLinesOf(ref: ImageReference): LineOf[] {
  if (!ref.tag) return [];
  const parts = ref.tag.toLowerCase().split("-");
  const out: LineOf[] = [];
  const add = (found: LineOf | null) => {
    if (found && !out.some((o) => o.product === found.product && o.release === found.release)) out.push(found);
  };
  const official = ref.domain === "docker.io" && ref.repository.startsWith("library/") ? OFFICIAL[ref.repository.slice("library/".length)] : undefined;
  if (official) {
    add(lineOfVersion(official, parts[0]));
    if (official.variants) for (const part of parts.slice(1)) add(osLine(part));
    return out;
  }
  const name = `${ref.domain}/${ref.repository}`;
  if (OS_ONLY.has(name)) {
    if (name.endsWith("/rockylinux")) add(lineOfVersion(OFFICIAL.rockylinux, parts[0]));
    // `11.7.1-runtime-ubuntu22.04`: the CUDA line first, then the OS
    if (name.endsWith("/cuda")) add(lineOf("cuda", majorMinor(parts[0]) ?? ""));
    for (const part of parts.slice(1)) add(osLine(part));
    return out;
  }
  if (isJupyterStack(ref)) {
    // docker-stacks tags: `python-3.8.8`, `ubuntu-20.04`
    if (parts[0] === "python" && parts[1]) add(lineOf("python", majorMinor(parts[1]) ?? ""));
    if (parts[0] === "ubuntu" && parts[1]) add(lineOf("ubuntu", parts[1]));
  }
  return out;
}

function lineOfVersion(spec: ImageSpec, first: string): LineOf | null {
  const version = spec.version(first);
  return version ? lineOf(spec.product, version) : null;
}

function osLine(part: string): LineOf | null {
  const product = OS_CODENAMES[part];
  if (product) return lineOf(product, part);
  const match = OS_WITH_VERSION.exec(part);
  return match ? lineOf(match[1] as ProductKey, match[2]) : null;
}

/** Project Jupyter's docker-stacks images: `jupyter/scipy-notebook`, `quay.io/jupyter/base-notebook`. */
function isJupyterStack(ref: ImageReference): boolean {
  return (ref.domain === "docker.io" || ref.domain === "quay.io") && ref.repository.startsWith("jupyter/") && ref.repository.endsWith("-notebook");
}
