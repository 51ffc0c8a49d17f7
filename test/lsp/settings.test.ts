// The editor's settings: known keys of the right type over the previous settings, and the rules
// they turn off applied after everything else.
import { describe, expect, it } from "vitest";
import { ruleRegistry } from "../../src/lint-session.js";
import { DEFAULT_SETTINGS, readSettings, withSettings } from "../../src/lsp/settings.js";

describe("server settings", () => {
  it("reads known keys of the right type and keeps the rest", () => {
    expect(readSettings({ run: "onSave", shellcheck: false, configFile: "ci/.hadolint.yaml" }, DEFAULT_SETTINGS)).toEqual({ run: "onSave", shellcheck: false, buildChecks: true, configFile: "ci/.hadolint.yaml" });
    expect(readSettings({ run: "sometimes", shellcheck: "no", buildChecks: 0, configFile: "", other: 1 }, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null, { ...DEFAULT_SETTINGS, run: "onSave" })).toEqual({ ...DEFAULT_SETTINGS, run: "onSave" });
  });

  it("an empty configFile clears the one set before (VS Code sends \"\" for a setting emptied)", () => {
    expect(readSettings({ configFile: "" }, { ...DEFAULT_SETTINGS, configFile: "ci/.hadolint.yaml" }).configFile).toBeUndefined();
    expect(readSettings({ shellcheck: false }, { ...DEFAULT_SETTINGS, configFile: "ci/.hadolint.yaml" }).configFile).toBe("ci/.hadolint.yaml");
  });

  it("shellcheck: false turns the rule off after the --rule flags", () => {
    const options = withSettings({ rules: { shellcheck: "error", "no-sudo": "warning" } }, { ...DEFAULT_SETTINGS, shellcheck: false }, ruleRegistry());
    expect(options.rules).toEqual({ shellcheck: "off", "no-sudo": "warning" });
  });

  it("buildChecks: false turns off every rule that stands for a BuildKit check, and no other", () => {
    const rules = withSettings({}, { ...DEFAULT_SETTINGS, buildChecks: false }, ruleRegistry()).rules!;
    expect(rules["no-maintainer"]).toBe("off");
    expect(rules["stage-name-casing"]).toBe("off");
    expect(rules["apt-pin-versions"]).toBeUndefined();
    expect(Object.keys(rules)).toHaveLength(22);
  });

  it("a configFile setting replaces the command line's --config", () => {
    expect(withSettings({ configFile: "/a/.docklintrc.yaml" }, { ...DEFAULT_SETTINGS, configFile: "b.yaml" }, ruleRegistry()).configFile).toBe("b.yaml");
    expect(withSettings({ configFile: "/a/.docklintrc.yaml" }, DEFAULT_SETTINGS, ruleRegistry()).configFile).toBe("/a/.docklintrc.yaml");
  });
});
