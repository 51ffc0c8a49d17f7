// Image tags that move by their name: `latest`, `node:lts`, `nginx:mainline`, `alpine:edge`, a
// branch build such as `:main`. A publisher re-points them at each release, so they pin nothing.
// no-latest-tag (FROM) and compose-image-tag (`image:`) read this one table.

/** A floating tag: its name and what it follows, as messages say it. */
export interface FloatingTag {
  /** The name as it appears in the tag: `lts`, `stable`. */
  name: string;
  /** What the tag points at, to end "`lts` follows ...". */
  follows: string;
}

/**
 * The names, each with an image that publishes it under that meaning. Tags are case-sensitive, as
 * Docker's are: `LATEST` is just a tag someone chose.
 */
const FLOATING: Record<string, string> = {
  latest: "the newest release", // every image's default tag
  stable: "the current stable release", // nginx:stable, debian:stable
  mainline: "the newest mainline release", // nginx:mainline
  current: "the newest current release", // node:current
  lts: "the newest long-term-support release", // node:lts, jenkins/jenkins:lts
  oldstable: "the previous stable release", // debian:oldstable
  testing: "the next release while it is being prepared", // debian:testing
  unstable: "the development branch", // debian:unstable
  sid: "the development branch", // debian:sid
  edge: "the development branch", // alpine:edge
  rolling: "the newest release, whichever it is", // ubuntu:rolling, ros:rolling
  devel: "the release in development", // ubuntu:devel
  rawhide: "the development branch", // fedora:rawhide
  nightly: "the last nightly build", // project CI images, e.g. rustlang/rust:nightly
  dev: "the last development build", // project CI images built from a branch
  develop: "the last build of the develop branch",
  main: "the last build of the main branch",
  master: "the last build of the master branch",
};

/**
 * The floating tag a tag is, or null: the name itself (`lts`), or the name with variant words that
 * name no version (`lts-alpine`, `stable-slim`, `mainline-alpine-perl`). A part with a digit
 * (`stable-20240101`, `lts-alpine3.20`, `main-3f2a1c9`) may pin something, and is not judged.
 */
export function floatingTag(tag: string): FloatingTag | null {
  const [name, ...variants] = tag.split("-");
  if (!Object.hasOwn(FLOATING, name!)) return null;
  if (!variants.every((part) => /^[a-z]+$/.test(part))) return null;
  return { name: name!, follows: FLOATING[name!]! };
}
