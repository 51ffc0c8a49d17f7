import { describe, expect, it } from "vitest";
import { floatingTag } from "../../src/images/floating-tags.js";

describe("floatingTag", () => {
  it.each([
    ["latest", "latest"],
    ["lts", "lts"],
    ["lts-alpine", "lts"],
    ["stable-slim", "stable"],
    ["mainline-alpine-perl", "mainline"],
    ["edge", "edge"],
    ["rolling", "rolling"],
    ["main", "main"],
    ["nightly", "nightly"],
  ])("%s floats as %s", (tag, name) => {
    expect(floatingTag(tag)?.name).toBe(name);
  });

  it.each(["16.4", "LTS", "lts2", "lts-alpine3.20", "stable-20240101-slim", "main-3f2a1c9", "lts-", "alpine", "lts-${V}", "latest${SUFFIX}", "constructor", "toString"])(
    "%s does not float by name",
    (tag) => {
      expect(floatingTag(tag)).toBeNull();
    },
  );
});
