// docklint --lsp on Compose files, driven over stdio as an editor drives it: diagnostics of the
// unsaved text on open and change, disable comments in YAML at the finding's indentation, fixes
// and fix-all as the CLI gives them, hover, an untitled Compose buffer, and a save of the
// Dockerfile a service builds.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { CodeActionRequest, DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, RegistrationRequest, type CodeAction, type Range } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { loadComposeSupport } from "../../src/compose/load.js";
import { disableForYamlLine } from "../../src/lsp/disable-comments.js";
import { createSource } from "../../src/source/source.js";
import { project, runCli } from "../cli/run-cli.js";
import { LspClient } from "./lsp-client.js";

const CONFIG = "rules:\n  shellcheck: off\n  base-image-eol: off\n";
/** Two findings: an image without a tag, and a privileged service in a list item below a comment. */
const TEXT = "services:\n  db:\n    image: postgres\n  tools:\n    image: busybox:1.37\n    # the host's devices\n    privileged: true\n";
const range = (line: number, start: number, endLine: number, end: number): Range => ({ start: { line, character: start }, end: { line: endLine, character: end } });

const clients: LspClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.stop().catch(() => {});
});

/** A server in a new project whose compose.yaml on disk says `disk`, with `text` open in the editor and its first diagnostics in. */
async function opened(text: string, files: Record<string, string> = {}): Promise<{ client: LspClient; uri: string }> {
  const client = await LspClient.start(project({ ".docklintrc.yaml": CONFIG, "compose.yaml": "services: {}\n", ...files }));
  clients.push(client);
  const uri = client.uri("compose.yaml");
  await client.open(uri, text, 1, "dockercompose");
  await client.diagnosticsOf(uri, 1);
  return { client, uri };
}

function applied(text: string, action: CodeAction, uri: string): string {
  return TextDocument.applyEdits(TextDocument.create(uri, "dockercompose", 1, text), action.edit!.changes![uri]!);
}

async function actionsAt(client: LspClient, uri: string, at: Range, only?: string[]): Promise<CodeAction[]> {
  return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: at, context: { diagnostics: [], ...(only ? { only } : {}) } })) as CodeAction[];
}

/** The rule ids the CLI reports for `text` written as the client's compose.yaml. */
function cliCodes(client: LspClient, text: string): string[] {
  fs.writeFileSync(path.join(client.cwd, "compose.yaml"), text);
  const [file] = JSON.parse(runCli(["-f", "json", "compose.yaml"], { cwd: client.cwd }).stdout) as { messages: { ruleId: string }[] }[];
  return file!.messages.map((m) => m.ruleId);
}

describe("docklint --lsp on Compose files", () => {
  it("publishes the findings of the editor's text, not the disk's, with exact ranges", async () => {
    const { client, uri } = await opened(TEXT);
    const published = client.published.filter((p) => p.uri === uri).at(-1)!;
    expect(published.diagnostics.map((d) => [d.code, d.range, d.severity])).toEqual([
      ["compose-image-tag", range(2, 11, 2, 19), 2],
      ["compose-privileged", range(6, 16, 6, 20), 1],
    ]);
    expect(published.diagnostics[0]!.message).toBe("`postgres` names no tag: it runs whatever `latest` is when it is pulled. Name a version, e.g. `postgres:<version>`.");
  });

  it("lints again on change", async () => {
    const { client, uri } = await opened(TEXT);
    await client.change(uri, 2, TEXT.replace("image: postgres\n", "image: postgres:lts\n"));
    expect((await client.diagnosticsOf(uri, 2)).diagnostics.map((d) => [d.code, String(d.message).slice(0, 40)])).toEqual([
      ["compose-image-tag", "`postgres:lts` runs whatever `lts` is wh"],
      ["compose-privileged", expect.any(String)],
    ]);
  });

  it("disables a rule for a line with a YAML comment at the line's indentation, and the result re-lints without it, as the CLI does", async () => {
    const { client, uri } = await opened(TEXT);
    const actions = await actionsAt(client, uri, range(6, 18, 6, 18), ["quickfix"]);
    expect(actions.map((a) => a.title)).toEqual(["Disable compose-privileged for this line", "Disable compose-privileged for this file", "Show documentation for compose-privileged"]);
    expect(actions[0]!.edit!.changes![uri]).toEqual([{ range: range(6, 0, 6, 0), newText: "    # docklint-disable-next-line compose-privileged\n" }]);
    const disabled = applied(TEXT, actions[0]!, uri);
    await client.change(uri, 2, disabled);
    expect((await client.diagnosticsOf(uri, 2)).diagnostics.map((d) => d.code)).toEqual(["compose-image-tag"]);
    expect(cliCodes(client, disabled)).toEqual(["compose-image-tag"]);
  });

  it("disables a rule for the file with a comment on the first line", async () => {
    const { client, uri } = await opened(TEXT);
    const actions = await actionsAt(client, uri, range(2, 12, 2, 12), ["quickfix"]);
    const file = actions.find((a) => a.title === "Disable compose-image-tag for this file")!;
    expect(file.edit!.changes![uri]).toEqual([{ range: range(0, 0, 0, 0), newText: "# docklint-disable compose-image-tag\n" }]);
    await client.change(uri, 2, applied(TEXT, file, uri));
    expect((await client.diagnosticsOf(uri, 2)).diagnostics.map((d) => d.code)).toEqual(["compose-privileged"]);
  });

  it("a quick fix and fix-all give what docklint --fix writes", async () => {
    const text = `version: "3.8"\r\n${TEXT.replaceAll("\n", "\r\n")}`;
    const { client, uri } = await opened(text);
    const [fix] = await actionsAt(client, uri, range(0, 1, 0, 1), ["quickfix"]);
    expect(fix!.title).toBe("Fix this compose-obsolete-version problem");
    const fixedText = applied(text, fix!, uri);
    expect(fixedText).toBe(TEXT.replaceAll("\n", "\r\n"));
    const all = await actionsAt(client, uri, range(0, 0, 0, 0), ["source.fixAll"]);
    expect(all.map((a) => [a.title, a.kind])).toEqual([["Fix all docklint problems", "source.fixAll.docklint"]]);
    fs.writeFileSync(path.join(client.cwd, "compose.yaml"), text);
    runCli(["--fix", "compose.yaml"], { cwd: client.cwd });
    expect(applied(text, all[0]!, uri)).toBe(fs.readFileSync(path.join(client.cwd, "compose.yaml"), "utf8"));
  });

  it("hover on a finding shows its rule's documentation", async () => {
    const { client, uri } = await opened(TEXT);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 14 } });
    expect(hover).toEqual({ contents: { kind: "markdown", value: runCli(["--explain", "compose-image-tag"], { cwd: client.cwd }).stdout }, range: range(2, 11, 2, 19) });
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } })).toBeNull();
  });

  it("lints an untitled buffer the editor calls a Compose file as one", async () => {
    const client = await LspClient.start(project({ ".docklintrc.yaml": CONFIG }));
    clients.push(client);
    const uri = "untitled:Untitled-1";
    await client.open(uri, "services:\n  db:\n    image: postgres\n", 1, "dockercompose");
    expect((await client.diagnosticsOf(uri, 1)).diagnostics.map((d) => [d.code, d.range])).toEqual([["compose-image-tag", range(2, 11, 2, 19)]]);
  });

  it("lints an open Compose file again when the Dockerfile a service builds changes in the editor, from its unsaved text, and from the disk once it is closed", async () => {
    const dockerfile = 'FROM python:3.12-slim\nCMD ["jupyter", "lab", "--ip=0.0.0.0", "--port=8888"]\n';
    const text = 'services:\n  lab:\n    build: .\n    ports: ["8888:8888"]\n';
    const { client, uri } = await opened(text, { Dockerfile: dockerfile });
    expect(client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics).toEqual([]);
    const dockerUri = client.uri("Dockerfile");
    let from = client.published.length;
    await client.open(dockerUri, dockerfile);
    await client.diagnosticsWhere((p) => p.uri === uri, from);
    from = client.published.length;
    await client.change(dockerUri, 2, dockerfile.replace("0.0.0.0", "127.0.0.1"));
    const unsaved = await client.diagnosticsWhere((p) => p.uri === uri, from);
    expect(unsaved.diagnostics.map((d) => [d.code, d.range])).toEqual([["compose-published-port", range(3, 12, 3, 23)]]);
    expect(fs.readFileSync(path.join(client.cwd, "Dockerfile"), "utf8")).toBe(dockerfile);
    from = client.published.length;
    await client.close(dockerUri);
    expect((await client.diagnosticsWhere((p) => p.uri === uri, from)).diagnostics).toEqual([]);
  });

  it("with run: onSave, lints an open Compose file again when the Dockerfile a service builds is saved, not while it is edited", async () => {
    const dockerfile = 'FROM python:3.12-slim\nCMD ["jupyter", "lab", "--ip=0.0.0.0", "--port=8888"]\n';
    const compose = 'services:\n  lab:\n    build: .\n    ports: ["8888:8888"]\n';
    const client = await LspClient.start(project({ ".docklintrc.yaml": CONFIG, "compose.yaml": compose, Dockerfile: dockerfile }), {}, { run: "onSave" });
    clients.push(client);
    const uri = client.uri("compose.yaml");
    await client.open(uri, compose, 1, "dockercompose");
    expect((await client.diagnosticsWhere((p) => p.uri === uri)).diagnostics).toEqual([]);
    const dockerUri = client.uri("Dockerfile");
    const loopback = dockerfile.replace("0.0.0.0", "127.0.0.1");
    await client.open(dockerUri, dockerfile);
    await client.change(dockerUri, 2, loopback);
    fs.writeFileSync(path.join(client.cwd, "Dockerfile"), loopback);
    const from = client.published.length;
    await client.save(dockerUri);
    const again = await client.diagnosticsWhere((p) => p.uri === uri, from);
    expect(again.diagnostics.map((d) => [d.code, d.range])).toEqual([["compose-published-port", range(3, 12, 3, 23)]]);
    expect(client.published.slice(0, from).filter((p) => p.uri === uri).every((p) => p.diagnostics.length === 0)).toBe(true);
  });

  it("watches the .env beside Compose files, and lints them again when it changes", async () => {
    const cwd = project({ ".docklintrc.yaml": CONFIG, ".env": "DB_IMAGE=postgres:17\n" });
    const client = await LspClient.start(cwd, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    clients.push(client);
    let registered!: (globs: string[]) => void;
    const watched = new Promise<string[]>((resolve) => (registered = resolve));
    client.connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      registered(registrations.flatMap((r) => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern)));
    });
    const uri = client.uri("compose.yaml");
    await client.open(uri, "services:\n  db:\n    image: ${DB_IMAGE}\n", 1, "dockercompose");
    expect((await client.diagnosticsOf(uri, 1)).diagnostics).toEqual([]);
    const [glob] = await watched;
    expect(glob).toMatch(/^\*\*\/\{.*,\.dockerignore,\.env\}$/);
    fs.writeFileSync(path.join(cwd, ".env"), "DB_IMAGE=postgres\n");
    const from = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri(".env"), type: FileChangeType.Changed }] });
    const again = await client.diagnosticsWhere((p) => p.uri === uri, from);
    expect(again.diagnostics.map((d) => [d.code, d.range])).toEqual([["compose-image-tag", range(2, 11, 2, 22)]]);
  });
});

describe("a disable comment's place in YAML", () => {
  beforeAll(() => loadComposeSupport());

  it("goes above the line, at its indentation, in a sequence too", () => {
    const source = createSource("services:\n  app:\n    cap_add:\n      - SYS_ADMIN\n");
    expect(disableForYamlLine(source, source.text.indexOf("SYS_ADMIN"), "compose-cap-add", "/p/compose.yaml")).toEqual({ range: [30, 30], text: "      # docklint-disable-next-line compose-cap-add\n" });
  });

  it("is none inside a block scalar, where a comment would be text", () => {
    const source = createSource("services:\n  app:\n    command: |\n      sh -c 'one'\n      two\n");
    expect(disableForYamlLine(source, source.text.indexOf("two"), "any-rule", "/p/compose.yaml")).toBeNull();
  });

  it("is none inside a plain scalar folded over lines, which the comment would end", () => {
    const source = createSource("services:\n  app:\n    command: sh -c\n      one two\n");
    expect(disableForYamlLine(source, source.text.indexOf("one"), "any-rule", "/p/compose.yaml")).toBeNull();
  });
});
