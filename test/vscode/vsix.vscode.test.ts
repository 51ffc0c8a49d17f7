// The .vsix `npm run package:vscode` writes (npm run test:vscode builds it first): the bundled
// extension and docklint's server and nothing else, a manifest VS Code can load, and a server that
// runs from the package alone, over stdio, as the extension starts it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HoverRequest } from "vscode-languageserver-protocol";
import { allRules } from "../../rules/index.js";
import { project } from "../cli/run-cli.js";
import { LspClient } from "../lsp/lsp-client.js";
import { zipEntries } from "./zip-entries.js";

const EXTENSION = path.join(import.meta.dirname, "../../editors/vscode");
const { version } = JSON.parse(fs.readFileSync(path.join(EXTENSION, "package.json"), "utf8"));
const VSIX = path.join(EXTENSION, `docklint-${version}.vsix`);
const SERVER = ["cli.cjs", "cli-main.cjs", "lsp-protocol.cjs", "yaml.cjs", "rule-docs.json", "web-tree-sitter.cjs", "web-tree-sitter.wasm", "tree-sitter-bash.wasm"];

const entries = zipEntries(VSIX);
const manifest = JSON.parse(entries.get("extension/package.json")!.toString("utf8"));

describe("the VS Code extension's package", () => {
  it("holds the bundled extension, the server and the manifests, and nothing else", () => {
    expect([...entries.keys()].sort()).toEqual(
      ["[Content_Types].xml", "extension.vsixmanifest", "extension/package.json", "extension/readme.md", "extension/out/extension.js", ...SERVER.map((file) => `extension/server/${file}`)].sort(),
    );
  });

  it("its manifest names an entry point in the package, the editor it needs, and when to start", () => {
    expect(manifest.main).toBe("./out/extension.js");
    expect(entries.has(path.posix.join("extension", manifest.main))).toBe(true);
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(["onLanguage:dockerfile", "onLanguage:dockercompose", "workspaceContains:**/compose.yaml"]));
    expect(manifest.contributes.languages[0].id).toBe("dockerfile");
    expect(Object.keys(manifest.contributes.configuration.properties)).toContain("docklint.enable");
    const vsixManifest = entries.get("extension.vsixmanifest")!.toString("utf8");
    expect(vsixManifest).toContain(`Version="${version}"`);
  });

  it("the extension is one bundle: it needs only vscode and Node's own modules", () => {
    const code = entries.get("extension/out/extension.js")!.toString("utf8");
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    expect(required).toContain("vscode");
    expect([...required].filter((id) => id !== "vscode" && !/^(node:)?[a-z_]+$/.test(id))).toEqual([]);
    expect(code).toContain("server/cli.cjs");
  });

  describe("the server in it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-vsix-"));
    for (const file of SERVER) fs.writeFileSync(path.join(dir, file), entries.get(`extension/server/${file}`)!);
    let client: LspClient | undefined;
    afterAll(async () => {
      await client?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("lints over stdio from the package's files alone", async () => {
      const cwd = project({ ".docklintrc.yaml": "rules:\n  base-image-eol: off\n" });
      client = await LspClient.start(cwd, {}, { shellcheck: false }, [cwd], { server: path.join(dir, "cli.cjs") });
      const uri = client.uri("Dockerfile");
      await client.open(uri, "FROM debian:12\nMAINTAINER Ada\nRUN apt-get update && apt-get install -y curl\n");
      const codes = (await client.diagnosticsOf(uri, 1)).diagnostics.map((d) => d.code);
      expect(codes).toContain("no-maintainer");
      expect(codes).toContain("apt-pin-versions");
      // the rule's whole documentation, which the command's bundle keeps beside it (rule-docs.json)
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 5 } });
      expect((hover?.contents as { value: string }).value).toContain(allRules.find((r) => r.id === "no-maintainer")!.rule.meta.docs.rationale);
    });
  });
});
