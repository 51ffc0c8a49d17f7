// Config resolution: presets, aliases, overrides by glob, option validation, errors.
import { describe, expect, it } from "vitest";
import { resolveForFile, ruleEntryError, validateConfig } from "../../src/config/config.js";
import { DocklintError } from "../../src/engine/errors.js";
import { RuleRegistry } from "../../src/engine/registry.js";
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
    expect(error([])).toBe("Invalid config /p/.docklintrc.yaml: it must be a mapping");
    expect(error({ rules: { nope: "off" } })).toBe("Invalid config /p/.docklintrc.yaml: rules.nope: unknown rule 'nope'");
  });
});
