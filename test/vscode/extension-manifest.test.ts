// The VS Code extension's manifest (editors/vscode/package.json) and what its client tells the
// server (editors/vscode/src/server-settings.ts), held to the server's knowledge: the Dockerfile
// names the CLI takes, the settings the server reads, the config files it watches; and the
// settings as the client sends them, given to the real server over stdio.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CONFIG_FILES, HADOLINT_FILES } from "../../src/config/config.js";
import { DOCKERFILE_NAMES } from "../../src/dockerfile-names.js";
import { DEFAULT_SETTINGS, readSettings } from "../../src/lsp/settings.js";
import { COMPOSE_EXTENSIONS, COMPOSE_STEMS, isComposeName } from "../../src/compose-names.js";
import { COMPOSE_NAMES, CONFIG_NAMES, DOCUMENT_SELECTOR, SERVER_SETTINGS, serverSettings } from "../../editors/vscode/src/server-settings.js";
import { project } from "../cli/run-cli.js";
import { LspClient } from "../lsp/lsp-client.js";

const EXTENSION = path.join(import.meta.dirname, "../../editors/vscode");
const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, "package.json"), "utf8"));
const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;

/** VS Code's `docklint` section as the manifest's defaults make it, with `changes` over them. */
function section(changes: Record<string, unknown> = {}): { get(key: string): unknown } {
  return { get: (key) => (key in changes ? changes[key] : properties[`docklint.${key}`]?.default) };
}

describe("the VS Code extension's manifest", () => {
  it("gives the dockerfile language the names docklint takes for Dockerfiles", () => {
    const [language] = manifest.contributes.languages;
    expect(language.id).toBe("dockerfile");
    expect([...language.filenames, ...language.filenamePatterns].sort()).toEqual([...DOCKERFILE_NAMES].sort());
    expect(manifest.activationEvents.filter((e: string) => e.startsWith("onLanguage:"))).toEqual(["onLanguage:dockerfile", "onLanguage:dockercompose"]);
  });

  it("gives the server the Compose files docklint takes, by name (VS Code calls them yaml without Docker's extension), and starts on them", () => {
    expect(COMPOSE_NAMES.every(isComposeName)).toBe(true);
    expect(COMPOSE_NAMES.length).toBe(COMPOSE_STEMS.length * COMPOSE_EXTENSIONS.length * 2);
    expect(DOCUMENT_SELECTOR).toContainEqual({ scheme: "file", pattern: `**/{${COMPOSE_NAMES.join(",")}}` });
    expect(DOCUMENT_SELECTOR).toContainEqual({ scheme: "untitled", language: "dockercompose" });
    const contains = manifest.activationEvents.filter((e: string) => e.startsWith("workspaceContains:"));
    expect(contains.sort()).toEqual(COMPOSE_NAMES.map((name) => `workspaceContains:**/${name}`).sort());
  });

  it("has a setting for each of the server's, and enable and trace.server of its own", () => {
    expect(Object.keys(properties).sort()).toEqual(["docklint.enable", "docklint.trace.server", ...SERVER_SETTINGS.map((key) => `docklint.${key}`)].sort());
    expect(properties["docklint.enable"].default).toBe(true);
    expect(Object.keys(DEFAULT_SETTINGS).every((key) => (SERVER_SETTINGS as readonly string[]).includes(key))).toBe(true);
  });

  it("its defaults are the server's", () => {
    expect(readSettings(serverSettings(section()), DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it("each setting reaches the server as the server reads it", () => {
    const changed = { run: "onSave", shellcheck: false, buildChecks: false, configFile: "ci/.docklintrc.yaml" };
    expect(readSettings(serverSettings(section(changed)), DEFAULT_SETTINGS)).toEqual(changed);
  });

  it("gives the server the config files it watches, whose unsaved texts count", () => {
    expect([...CONFIG_NAMES].sort()).toEqual([...CONFIG_FILES, ...HADOLINT_FILES, ".dockerignore"].sort());
  });

  it("is docklint's version: the server inside it is that build", () => {
    expect(manifest.version).toBe(JSON.parse(fs.readFileSync(path.join(EXTENSION, "../../package.json"), "utf8")).version);
  });
});

describe("the extension's settings given to the real server", () => {
  const clients: LspClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.stop().catch(() => {});
  });
  const TEXT = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 1000\n";

  async function codes(changes: Record<string, unknown>): Promise<(string | number | undefined)[]> {
    const cwd = project({
      ".docklintrc.yaml": "rules:\n  base-image-eol: off\n",
      "ci/.docklintrc.yaml": "rules:\n  base-image-eol: off\n  apt-pin-versions: off\n",
    });
    const client = await LspClient.start(cwd, {}, serverSettings(section(changes)));
    clients.push(client);
    const uri = client.uri("Dockerfile");
    await client.open(uri, TEXT);
    return (await client.diagnosticsOf(uri, 1)).diagnostics.map((d) => d.code);
  }

  it("the defaults (configFile \"\") lint with the config found; a configFile replaces it", async () => {
    expect(await codes({})).toContain("apt-pin-versions");
    expect(await codes({ configFile: "ci/.docklintrc.yaml" })).not.toContain("apt-pin-versions");
  });
});
