// The vendored Compose schema is the one its README names, unchanged, with its licence, and the
// validator compiled from it is up to date (npm run compose-schema).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { compileComposeSchema } from "../../scripts/compile-compose-schema.mjs";

const DIR = path.join(import.meta.dirname, "..", "..", "src", "compose", "schema");
const read = (name: string) => fs.readFileSync(path.join(DIR, name), "utf8");

describe("the vendored Compose schema", () => {
  it("is the file its README names, by hash, with the Apache licence and notice", () => {
    const hash = crypto.createHash("sha256").update(read("compose-spec.json")).digest("hex");
    expect(read("README.md")).toContain(`sha256 \`${hash}\``);
    expect(read("LICENSE")).toContain("Apache License");
    expect(read("NOTICE")).toContain("The Compose Specification");
    expect(JSON.parse(read("compose-spec.json"))).toMatchObject({ $id: "compose_spec.json", title: "Compose Specification" });
  });

  it("is compiled into validate.js as the script compiles it", () => {
    expect(read("validate.js")).toBe(compileComposeSchema());
  });
});
