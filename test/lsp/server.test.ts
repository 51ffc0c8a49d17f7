// docklint --lsp driven over stdio by a protocol client, as an editor drives it: diagnostics with
// exact ranges, re-lint on change, code actions whose edits give what the CLI gives, hover,
// config changes, close, shutdown and exit.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DiagnosticRefreshRequest,
  DocumentDiagnosticRequest,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type FullDocumentDiagnosticReport,
  type Range,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CLI, ENV, project, runCli } from "../cli/run-cli.js";
import { LspClient } from "./lsp-client.js";

const CONFIG = "rules:\n  shellcheck: off\n  base-image-eol: off\n";
/** Four findings, two in a RUN over two lines, after a character of two UTF-16 units. */
const TEXT = 'FROM debian:12\nMAINTAINER Ada\nRUN echo "🐳" && apt-get update && \\\n    apt-get install -y curl\nUSER 1000\nCMD ["sleep", "1"]\n';
const docs = (id: string) => ({ href: `https://github.com/docklint/docklint/blob/main/docs/rules/${id}.md` });
const range = (line: number, start: number, endLine: number, end: number): Range => ({ start: { line, character: start }, end: { line: endLine, character: end } });

const EXPECTED: Diagnostic[] = [
  { range: range(1, 0, 1, 14), severity: 1, code: "no-maintainer", source: "docklint", message: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead.", codeDescription: docs("no-maintainer") },
  { range: range(2, 25, 2, 31), severity: 3, code: "apt-clean-lists", source: "docklint", message: expect.any(String), codeDescription: docs("apt-clean-lists") },
  { range: range(3, 12, 3, 19), severity: 3, code: "apt-no-install-recommends", source: "docklint", message: expect.any(String), codeDescription: docs("apt-no-install-recommends") },
  { range: range(3, 23, 3, 27), severity: 2, code: "apt-pin-versions", source: "docklint", message: "`curl` has no version: use `curl=<version>` so rebuilds install the same package.", codeDescription: docs("apt-pin-versions") },
];

const clients: LspClient[] = [];
async function start(files: Record<string, string> = {}, capabilities = {}, initializationOptions?: unknown): Promise<LspClient> {
  const client = await LspClient.start(project({ ".docklintrc.yaml": CONFIG, ...files }), capabilities, initializationOptions);
  clients.push(client);
  return client;
}
/** A server in a new project, with a Dockerfile holding `text` open and its first diagnostics in. */
async function opened(text: string): Promise<{ client: LspClient; uri: string }> {
  const client = await start();
  const uri = client.uri("Dockerfile");
  await client.open(uri, text);
  await client.diagnosticsOf(uri, 1);
  return { client, uri };
}
afterEach(async () => {
  for (const client of clients.splice(0)) await client.stop().catch(() => {});
});

/** The text `docklint --fix` writes for `text` in the client's directory. */
function cliFix(client: LspClient, text: string): string {
  const file = path.join(client.cwd, "to-fix.Dockerfile");
  fs.writeFileSync(file, text);
  runCli(["--fix", "to-fix.Dockerfile"], { cwd: client.cwd });
  return fs.readFileSync(file, "utf8");
}

function applied(text: string, action: CodeAction, uri: string): string {
  return TextDocument.applyEdits(TextDocument.create(uri, "dockerfile", 1, text), action.edit!.changes![uri]!);
}

async function actionsAt(client: LspClient, uri: string, at: Range, only?: string[]): Promise<CodeAction[]> {
  return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: at, context: { diagnostics: [], ...(only ? { only } : {}) } })) as CodeAction[];
}

describe("docklint --lsp", () => {
  it("says what it serves at initialize", async () => {
    const client = await start();
    expect(client.initialized.capabilities).toMatchObject({
      textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.docklint"] },
      hoverProvider: true,
      executeCommandProvider: { commands: ["docklint.showDocumentation"] },
    });
    // a client that cannot pull diagnostics gets them pushed
    expect(client.initialized.capabilities.diagnosticProvider).toBeUndefined();
  });

  it("publishes exact diagnostics on open: 0-based lines, UTF-16 columns, severity, code, docs link, source", async () => {
    const client = await start();
    const uri = client.uri("Dockerfile");
    await client.open(uri, TEXT);
    expect((await client.diagnosticsOf(uri, 1)).diagnostics).toEqual(EXPECTED);
  });

  it("lints again on change, and the last of edits sent together is what ends up published", async () => {
    const { client, uri } = await opened(TEXT);
    await client.change(uri, 2, TEXT.replace("MAINTAINER Ada\n", ""));
    expect((await client.diagnosticsOf(uri, 2)).diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ["apt-clean-lists", 1],
      ["apt-no-install-recommends", 2],
      ["apt-pin-versions", 2],
    ]);
    const from = client.published.length;
    await client.change(uri, 3, TEXT);
    await client.change(uri, 4, "FROM debian:12\n");
    await client.change(uri, 5, TEXT.replace("curl", "curl=8.5.0-2"));
    expect((await client.diagnosticsOf(uri, 5)).diagnostics.map((d) => d.code)).toEqual(["no-maintainer", "apt-clean-lists", "apt-no-install-recommends"]);
    // versions come in order: a lint overtaken by a later edit is never published after it
    const versions = client.published.slice(from).map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(5);
  });

  it("a quick fix gives the text docklint --fix gives for that rule", async () => {
    const text = 'FROM debian:12\nMAINTAINER Ada\nUSER 1000\nCMD ["sleep", "1"]\n';
    const { client, uri } = await opened(text);
    const actions = await actionsAt(client, uri, range(1, 3, 1, 3), ["quickfix"]);
    expect(actions.map((a) => a.title)).toEqual([
      "Fix this no-maintainer problem",
      "Disable no-maintainer for this line",
      "Disable no-maintainer for this file",
      "Show documentation for no-maintainer",
    ]);
    expect(actions[0]!.isPreferred).toBe(true);
    expect(actions[0]!.diagnostics!.map((d) => d.code)).toEqual(["no-maintainer"]);
    expect(applied(text, actions[0]!, uri)).toBe(cliFix(client, text));
    expect(applied(text, actions[0]!, uri)).toBe('FROM debian:12\nLABEL org.opencontainers.image.authors="Ada"\nUSER 1000\nCMD ["sleep", "1"]\n');
    expect(actions[3]!.command).toEqual({ title: "Show documentation for no-maintainer", command: "docklint.showDocumentation", arguments: [docs("no-maintainer").href] });
  });

  it("offers each suggestion as a quick fix", async () => {
    const text = 'FROM debian:12\nRUN curl -fsSL https://example.com/x | bash\nUSER 1000\nCMD ["sleep", "1"]\n';
    const { client, uri } = await opened(text);
    const actions = await actionsAt(client, uri, range(1, 37, 1, 38), ["quickfix"]);
    expect(actions.slice(0, 2).map((a) => a.title)).toEqual(['Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before this RUN.', "Start the RUN with `set -o pipefail && `."]);
    expect(applied(text, actions[0]!, uri)).toBe('FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x | bash\nUSER 1000\nCMD ["sleep", "1"]\n');
    expect(applied(text, actions[1]!, uri)).toBe('FROM debian:12\nRUN set -o pipefail && curl -fsSL https://example.com/x | bash\nUSER 1000\nCMD ["sleep", "1"]\n');
  });

  it("fix-all gives what docklint --fix writes", async () => {
    const { client, uri } = await opened(TEXT);
    const actions = await actionsAt(client, uri, range(0, 0, 0, 0), ["source.fixAll"]);
    expect(actions.map((a) => [a.title, a.kind])).toEqual([["Fix all docklint problems", "source.fixAll.docklint"]]);
    expect(applied(TEXT, actions[0]!, uri)).toBe(cliFix(client, TEXT));
    expect(applied(TEXT, actions[0]!, uri)).toBe(
      'FROM debian:12\nLABEL org.opencontainers.image.authors="Ada"\nRUN echo "🐳" && apt-get update && \\\n    apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*\nUSER 1000\nCMD ["sleep", "1"]\n',
    );
  });

  it("disables a rule inside a multi-line RUN above the instruction's first line, with its indentation, and the result re-lints without it", async () => {
    const text = TEXT.replace("RUN echo", "  RUN echo");
    const { client, uri } = await opened(text);
    const actions = await actionsAt(client, uri, range(3, 24, 3, 24), ["quickfix"]);
    const line = actions.find((a) => a.title === "Disable apt-pin-versions for this line")!;
    expect(line.edit!.changes![uri]).toEqual([{ range: range(2, 0, 2, 0), newText: "  # docklint-disable-next-line apt-pin-versions\n" }]);
    const disabled = applied(text, line, uri);
    await client.change(uri, 2, disabled);
    expect((await client.diagnosticsOf(uri, 2)).diagnostics.map((d) => d.code)).toEqual(["no-maintainer", "apt-clean-lists", "apt-no-install-recommends"]);
    // the CLI agrees, and finds the file a valid Dockerfile (no syntax finding)
    fs.writeFileSync(path.join(client.cwd, "disabled.Dockerfile"), disabled);
    const cli = JSON.parse(runCli(["-f", "json", "disabled.Dockerfile"], { cwd: client.cwd }).stdout) as { messages: { ruleId: string }[] }[];
    expect(cli[0]!.messages.map((m) => m.ruleId)).toEqual(["no-maintainer", "apt-clean-lists", "apt-no-install-recommends"]);
  });

  it("disables a rule for the file below the parser directives", async () => {
    const text = `# syntax=docker/dockerfile:1\n${TEXT}`;
    const { client, uri } = await opened(text);
    const actions = await actionsAt(client, uri, range(2, 0, 2, 0), ["quickfix"]);
    const file = actions.find((a) => a.title === "Disable no-maintainer for this file")!;
    expect(file.edit!.changes![uri]).toEqual([{ range: range(1, 0, 1, 0), newText: "# docklint-disable no-maintainer\n" }]);
    await client.change(uri, 2, applied(text, file, uri));
    expect((await client.diagnosticsOf(uri, 2)).diagnostics.map((d) => d.code)).toEqual(["apt-clean-lists", "apt-no-install-recommends", "apt-pin-versions"]);
  });

  it("hover on a finding shows its rule's documentation, as --explain prints it", async () => {
    const { client, uri } = await opened(TEXT);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 5 } });
    expect(hover).toEqual({ contents: { kind: "markdown", value: runCli(["--explain", "no-maintainer"], { cwd: client.cwd }).stdout }, range: range(1, 0, 1, 14) });
    // no finding there, no hover
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 2 } })).toBeNull();
  });

  it("re-reads the config when a config file changes and lints open documents again", async () => {
    const { client, uri } = await opened(TEXT);
    fs.writeFileSync(path.join(client.cwd, ".docklintrc.yaml"), `${CONFIG}  apt-pin-versions: off\n  no-maintainer: warning\n`);
    const from = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri(".docklintrc.yaml"), type: FileChangeType.Changed }] });
    const relinted = await client.diagnosticsWhere((p) => p.uri === uri, from);
    expect(relinted.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["no-maintainer", 2],
      ["apt-clean-lists", 3],
      ["apt-no-install-recommends", 3],
    ]);
  });

  it("an invalid config is one diagnostic on the first line, and the server goes on", async () => {
    const client = await start({ ".docklintrc.yaml": "rules:\n  no-such-rule: error\n" });
    const uri = client.uri("Dockerfile");
    await client.open(uri, TEXT);
    const [diagnostic] = (await client.diagnosticsOf(uri, 1)).diagnostics;
    expect(diagnostic).toMatchObject({ range: range(0, 0, 0, 0), severity: 1, code: "config", source: "docklint" });
    expect(diagnostic!.message).toContain("no-such-rule");
  });

  it("a file past docklint's limits gets its too-complex diagnostic", async () => {
    const client = await start();
    const uri = client.uri("Dockerfile");
    await client.open(uri, `FROM debian:12\n${"RUN true\n".repeat(10_000)}`);
    const { diagnostics } = await client.diagnosticsOf(uri, 1);
    expect(diagnostics.map((d) => [d.code, d.severity, d.source])).toEqual([["too-complex", 1, "docklint"]]);
  });

  it("clears a document's diagnostics when it is closed", async () => {
    const { client, uri } = await opened(TEXT);
    const from = client.published.length;
    await client.close(uri);
    expect(await client.diagnosticsWhere((p) => p.uri === uri, from)).toEqual({ uri, diagnostics: [] });
  });

  it("answers pull diagnostics (LSP 3.17) for a client that supports them, and pushes none", async () => {
    const client = await start({}, { textDocument: { diagnostic: { dynamicRegistration: false } } });
    expect(client.initialized.capabilities.diagnosticProvider).toEqual({ interFileDependencies: false, workspaceDiagnostics: false });
    const uri = client.uri("Dockerfile");
    await client.open(uri, TEXT);
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    expect(report).toEqual({ kind: "full", items: EXPECTED });
    // a push would have been sent before the lint it came from was answered
    expect(client.published).toEqual([]);
  });

  describe("an open config file's unsaved text counts before the disk", () => {
    /** A server in a project with no config file, ShellCheck off (one publish per lint), and TEXT open. */
    async function withoutConfig(text = TEXT): Promise<{ client: LspClient; uri: string; codes: () => Promise<unknown[]> }> {
      const client = await LspClient.start(project({}), {}, { shellcheck: false });
      clients.push(client);
      const uri = client.uri("Dockerfile");
      await client.open(uri, text);
      await client.diagnosticsOf(uri, 1);
      let from = client.published.length;
      /** The codes of the Dockerfile's next publish. */
      const codes = async () => {
        const next = await client.diagnosticsWhere((p) => p.uri === uri, from);
        from = client.published.indexOf(next) + 1;
        return next.diagnostics.map((d) => d.code);
      };
      return { client, uri, codes };
    }

    it("a .hadolint.yaml buffer's ignored rule drops out of the Dockerfile's diagnostics; edited, its text counts; closed unsaved, the disk's", async () => {
      const { client, codes } = await withoutConfig();
      const config = client.uri(".hadolint.yaml");
      await client.open(config, "ignored:\n  - DL4000\n");
      expect(await codes()).toEqual(["apt-clean-lists", "apt-no-install-recommends", "apt-pin-versions"]);
      await client.change(config, 2, "ignored:\n  - DL3008\n");
      expect(await codes()).toEqual(["no-maintainer", "apt-clean-lists", "apt-no-install-recommends"]);
      // closed unsaved: the disk has no .hadolint.yaml
      await client.close(config);
      expect(await codes()).toEqual(["no-maintainer", "apt-clean-lists", "apt-no-install-recommends", "apt-pin-versions"]);
      // the config file is not linted as a Dockerfile
      expect(client.published.filter((p) => p.uri === config)).toEqual([]);
    });

    it("a .dockerignore buffer is the build context's ignore file", async () => {
      const { client, codes } = await withoutConfig("FROM debian:12\nCOPY . /app\nUSER 1000\n");
      expect((await client.diagnosticsOf(client.uri("Dockerfile"), 1)).diagnostics.map((d) => d.code)).toContain("dockerignore");
      await client.open(client.uri(".dockerignore"), ".git\n");
      expect(await codes()).not.toContain("dockerignore");
    });
  });

  describe("with ShellCheck on, the other diagnostics do not wait for it", () => {
    const SHELLCHECK_TEXT = "FROM debian:12\nMAINTAINER Ada\nRUN cp $SRC /dst\nUSER 1000\n";
    const realShellcheck = execFileSync("sh", ["-c", "command -v shellcheck"], { encoding: "utf8" }).trim();

    /** A server whose `shellcheck` (first on its PATH) answers only once the test opens its gate. */
    async function gatedShellcheck(capabilities = {}): Promise<{ client: LspClient; uri: string; openGate: () => void; closeGate: () => void }> {
      const cwd = project({ ".docklintrc.yaml": "rules:\n  base-image-eol: off\n" });
      const bin = path.join(cwd, "gated-bin");
      const gate = path.join(cwd, "gate");
      fs.mkdirSync(bin);
      // a test that fails before it opens the gate leaves no process behind: it gives up after 30 s
      fs.writeFileSync(path.join(bin, "shellcheck"), `#!/bin/sh\ni=0\nwhile [ ! -e '${gate}' ] && [ $i -lt 1500 ]; do sleep 0.02; i=$((i+1)); done\nexec '${realShellcheck}' "$@"\n`, { mode: 0o755 });
      const client = await LspClient.start(cwd, capabilities, undefined, [cwd], { env: { ...ENV, PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
      clients.push(client);
      return { client, uri: client.uri("Dockerfile"), openGate: () => fs.writeFileSync(gate, ""), closeGate: () => fs.rmSync(gate) };
    }

    it("publishes the findings without ShellCheck's at once, then again with them", async () => {
      const { client, uri, openGate } = await gatedShellcheck();
      await client.open(uri, SHELLCHECK_TEXT);
      const first = await client.diagnosticsOf(uri, 1);
      expect(first.diagnostics.map((d) => d.code)).toEqual(["no-maintainer"]);
      openGate();
      const whole = await client.diagnosticsWhere((p) => p.uri === uri && p !== first);
      expect(whole.version).toBe(1);
      expect(whole.diagnostics.map((d) => [d.code, d.message, d.range.start.line])).toEqual([
        ["no-maintainer", expect.any(String), 1],
        ["shellcheck", "SC2086: Double quote to prevent globbing and word splitting.", 2],
      ]);
    });

    it("an edit outside the scripts keeps ShellCheck's findings: ShellCheck's answers are at hand, so there is no partial report", async () => {
      const { client, uri, openGate } = await gatedShellcheck();
      openGate();
      await client.open(uri, SHELLCHECK_TEXT);
      await client.diagnosticsWhere((p) => p.uri === uri && p.diagnostics.some((d) => d.code === "shellcheck"));
      const from = client.published.length;
      await client.change(uri, 2, SHELLCHECK_TEXT.replace("USER 1000", "USER 1001"));
      const next = await client.diagnosticsWhere((p) => p.uri === uri, from);
      expect([next.version, next.diagnostics.map((d) => [d.code, d.range.start.line])]).toEqual([2, [["no-maintainer", 1], ["shellcheck", 2]]]);
    });

    it("an edit inside a script waits for ShellCheck on that script only: the other scripts' findings stay", async () => {
      const { client, uri, openGate, closeGate } = await gatedShellcheck();
      const text = "FROM debian:12\nRUN cp $SRC /dst\nRUN cp $DST /src\nUSER 1000\n";
      openGate();
      await client.open(uri, text);
      await client.diagnosticsWhere((p) => p.uri === uri && p.diagnostics.filter((d) => d.code === "shellcheck").length === 2);
      closeGate();
      const from = client.published.length;
      await client.change(uri, 2, text.replace("cp $SRC", "mv $SRC"));
      const partial = await client.diagnosticsWhere((p) => p.uri === uri, from);
      const shellcheck = (p: { diagnostics: { code?: unknown; range: { start: { line: number } } }[] }) => p.diagnostics.filter((d) => d.code === "shellcheck").map((d) => d.range.start.line);
      expect(shellcheck(partial)).toEqual([2]);
      openGate();
      const whole = await client.diagnosticsWhere((p) => p.uri === uri && p !== partial, from);
      expect(shellcheck(whole)).toEqual([1, 2]);
    });

    it("answers a pull with what is ready, and asks the client to pull again when ShellCheck's findings are in", async () => {
      const { client, uri, openGate } = await gatedShellcheck({ textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } });
      let refreshed!: () => void;
      const refresh = new Promise<void>((resolve) => (refreshed = resolve));
      client.connection.onRequest(DiagnosticRefreshRequest.type, () => refreshed());
      await client.open(uri, SHELLCHECK_TEXT);
      const pull = () => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as Promise<FullDocumentDiagnosticReport>;
      expect((await pull()).items.map((d) => d.code)).toEqual(["no-maintainer"]);
      openGate();
      await refresh;
      expect((await pull()).items.map((d) => d.code)).toEqual(["no-maintainer", "shellcheck"]);
    });
  });

  it("buildChecks: false leaves BuildKit's checks to Docker's language server; a settings change turns them back on", async () => {
    const client = await start({}, {}, { buildChecks: false });
    const uri = client.uri("Dockerfile");
    await client.open(uri, TEXT);
    expect((await client.diagnosticsOf(uri, 1)).diagnostics.map((d) => d.code)).toEqual(["apt-clean-lists", "apt-no-install-recommends", "apt-pin-versions"]);
    const from = client.published.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { docklint: { buildChecks: true } } });
    const relinted = await client.diagnosticsWhere((p) => p.uri === uri, from);
    expect(relinted.diagnostics.map((d) => d.code)).toEqual(["no-maintainer", "apt-clean-lists", "apt-no-install-recommends", "apt-pin-versions"]);
  });

  it("run: onSave lints on open and on save", async () => {
    const client = await start({}, { textDocument: { synchronization: { didSave: true } } }, { run: "onSave" });
    expect(client.initialized.capabilities.textDocumentSync).toEqual({ openClose: true, change: 2, save: { includeText: false } });
    const uri = client.uri("Dockerfile");
    await client.open(uri, TEXT);
    expect((await client.diagnosticsOf(uri, 1)).diagnostics).toEqual(EXPECTED);
    await client.change(uri, 2, TEXT.replace("MAINTAINER Ada\n", ""));
    await client.save(uri);
    expect((await client.diagnosticsOf(uri, 2)).diagnostics.map((d) => d.code)).toEqual(["apt-clean-lists", "apt-no-install-recommends", "apt-pin-versions"]);
  });

  it("lints each workspace folder as the command run there would: a folder's docklint.config.mjs is its own", async () => {
    // a JavaScript config runs only for files of the project docklint runs in (lint-session.ts):
    // here each folder is one, though the server was started elsewhere
    const a = project({ ".docklintrc.yaml": CONFIG });
    const b = project({ "docklint.config.mjs": 'export default { rules: { shellcheck: "off", "base-image-eol": "off", "apt-pin-versions": "off" } };\n' });
    const client = await LspClient.start(project({}), {}, undefined, [a, b]);
    clients.push(client);
    const inA = pathToFileURL(path.join(a, "Dockerfile")).href;
    const inB = pathToFileURL(path.join(b, "sub", "Dockerfile")).href;
    await client.open(inA, TEXT);
    await client.open(inB, TEXT);
    expect((await client.diagnosticsOf(inA, 1)).diagnostics.map((d) => d.code)).toEqual(["no-maintainer", "apt-clean-lists", "apt-no-install-recommends", "apt-pin-versions"]);
    expect((await client.diagnosticsOf(inB, 1)).diagnostics.map((d) => d.code)).toEqual(["no-maintainer", "apt-clean-lists", "apt-no-install-recommends"]);
    // a file in no folder is the command's in the server's directory: code that came with it does not run
    const elsewhere = project({ "docklint.config.mjs": "export default {};\n" });
    const outside = pathToFileURL(path.join(elsewhere, "Dockerfile")).href;
    await client.open(outside, TEXT);
    const [refused] = (await client.diagnosticsOf(outside, 1)).diagnostics;
    expect(refused).toMatchObject({ range: range(0, 0, 0, 0), severity: 1, code: "config", source: "docklint" });
    expect(refused!.message).toContain("Not loading");
  });

  it("exits 0 on shutdown and exit", async () => {
    const client = await LspClient.start(project({}));
    expect(await client.stop()).toBe(0);
  });
  it("ends quietly, code 1, when the client closes the server's output while it lints", async () => {
    const server = spawn(process.execPath, [CLI, "--lsp"], { cwd: project({}), env: ENV, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    server.stderr.on("data", (chunk) => (stderr += chunk));
    const send = (message: object) => {
      const body = JSON.stringify({ jsonrpc: "2.0", ...message });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const exited = new Promise<number | null>((resolve) => server.on("exit", resolve));
    send({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
    send({ method: "initialized", params: {} });
    const text = "FROM debian\nRUN apt-get install curl\n".repeat(50);
    send({ method: "textDocument/didOpen", params: { textDocument: { uri: "file:///work/Dockerfile", languageId: "dockerfile", version: 1, text } } });
    server.stdout.destroy();
    for (let version = 2; version < 10; version++) {
      send({ method: "textDocument/didChange", params: { textDocument: { uri: "file:///work/Dockerfile", version }, contentChanges: [{ text: `${text}# ${version}\n` }] } });
    }
    expect(await exited).toBe(1);
    expect(stderr).toBe("");
  });
});
