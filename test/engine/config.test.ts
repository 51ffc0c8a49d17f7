// Config resolution: presets, aliases, overrides by glob, option validation, errors.
import { describe, expect, it } from "vitest";
import { resolveForFile, ruleEntryError, validateConfig, type LoadedConfig } from "../../src/config/config.js";
import { DocklintError } from "../../src/engine/errors.js";
import { RuleRegistry } from "../../src/engine/registry.js";
import { HADOLINT_CODES, RETIRED_HADOLINT_CODES } from "../../src/config/hadolint-codes.js";
import { ruleRegistry } from "../../src/lint-session.js";
import { fakeRules } from "./fake-rules.js";

const registry = new RuleRegistry(fakeRules);
const levels = async (config: object, file = "/p/Dockerfile", cliRules?: Record<string, never>) =>
  Object.fromEntries(
    (await resolveForFile(file, { config: validateConfig(config, "/p/.docklintrc.yaml", registry), file: "/p/.docklintrc.yaml" }, { registry, cliRules })).rules.map((r) => [
      r.id,
      r.options.length ? [r.level, ...r.options] : r.level,
    ]),
  );

describe("config", () => {
  it("recommended is the default and rules override it by id or alias", async () => {
    expect((await levels({}))["flag-user"]).toBe("warning");
    expect((await levels({ rules: { XX0001: "error" } }))["flag-user"]).toBe("error");
    expect((await levels({ rules: { "flag-user": "off" } }))["flag-user"]).toBeUndefined();
  });

  it("overrides apply by glob relative to the config file, and CLI rules apply last", async () => {
    const config = { overrides: [{ files: "ci/**", rules: { "flag-user": "info" } }] };
    expect((await levels(config, "/p/ci/Dockerfile"))["flag-user"]).toBe("info");
    expect((await levels(config, "/p/app/Dockerfile"))["flag-user"]).toBe("warning");
    expect((await levels(config, "/p/ci/Dockerfile", { FlagUser: "style" } as never))["flag-user"]).toBe("style");
  });

  it("keeps options and validates them against the rule's schema", async () => {
    expect((await levels({ rules: { "with-options": ["error", { max: 3 }] } }))["with-options"]).toEqual(["error", { max: 3 }]);
    expect(ruleEntryError("with-options", ["error", { max: 0 }], registry)).toBe("option 1.max must be >= 1");
    expect(ruleEntryError("with-options", ["error", { mx: 2 }], registry)).toBe("option 1 has unknown key 'mx'");
    expect(ruleEntryError("flag-user", ["error", 1], registry)).toBe("the rule takes at most 0 option(s)");
    // a schema for the keys properties does not name (label-schema's label formats)
    const real = ruleRegistry();
    expect(ruleEntryError("label-schema", ["info", { labels: { version: "semver", owner: "text" } }], real)).toBeNull();
    expect(ruleEntryError("label-schema", ["info", { labels: { version: "semverish" } }], real)).toBe(
      'option 1.labels.version must be one of "text", "url", "rfc3339", "spdx", "hash", "semver", "email"',
    );
  });

  it("names the file and key of every error", () => {
    const error = (raw: unknown) => {
      try {
        validateConfig(raw, "/p/.docklintrc.yaml", registry);
        return null;
      } catch (e) {
        expect(e).toBeInstanceOf(DocklintError);
        return (e as DocklintError).message;
      }
    };
    expect(error({ overrides: [{ files: "x", rulez: {} }] })).toBe("Invalid config /p/.docklintrc.yaml: unknown key 'overrides[0].rulez'");
    expect(error({ overrides: [{ files: 3 }] })).toBe("Invalid config /p/.docklintrc.yaml: overrides[0].files must be a glob or a list of globs");
    expect(error({ overrides: [{ files: ["ci/**", "{a,b}".repeat(9)] }] })).toBe(
      `Invalid config /p/.docklintrc.yaml: overrides[0].files: the glob "${"{a,b}".repeat(9)}" makes more than 256 alternatives`,
    );
    expect(error([])).toBe("Invalid config /p/.docklintrc.yaml: it must be a mapping");
    expect(error({ rules: { nope: "off" } })).toBe("Invalid config /p/.docklintrc.yaml: rules.nope: unknown rule 'nope'");
  });
});

describe("hadolint's codes (src/config/hadolint-codes.ts)", () => {
  const real = ruleRegistry();

  it("holds every DL code a docklint rule is an alias of", () => {
    const aliases = real.rules.flatMap(({ rule }) => rule.meta.aliases.filter((a) => /^DL\d{4}$/.test(a)));
    expect(aliases.filter((code) => !HADOLINT_CODES.includes(code))).toEqual([]);
  });

  it("the codes no rule has are the retired ones: known, valid as config entries, and standing for nothing", async () => {
    const ruleless = HADOLINT_CODES.filter((code) => !real.targets(code).length);
    expect(ruleless).toEqual(Object.keys(RETIRED_HADOLINT_CODES));
    expect(ruleless.every((code) => real.knows(code) && real.knows(code.toLowerCase()))).toBe(true);
    expect(ruleless.map((code) => ruleEntryError(code, "error", real))).toEqual(ruleless.map(() => null));
    const loaded = { config: validateConfig({ rules: { DL3031: "error" } }, "/p/.docklintrc.yaml", real), file: "/p/.docklintrc.yaml" };
    const defaults: LoadedConfig = { config: {}, file: null };
    const ids = async (l: LoadedConfig) => (await resolveForFile("/p/Dockerfile", l, { registry: real })).rules.map((r) => `${r.id}:${r.level}`);
    expect(await ids(loaded)).toEqual(await ids(defaults));
    expect(real.knows("DL3999")).toBe(false);
  });
});
