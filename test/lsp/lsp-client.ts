// A language client for the protocol tests: starts the built server (`node dist/cli.cjs --lsp`)
// in a directory and talks to it over its standard input and output with
// vscode-languageserver-protocol. Waits for notifications have a generous guard, only so that a
// server that never answers fails the test instead of hanging it.
import { spawn, type ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import path from "node:path";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { CLI, ENV } from "../cli/run-cli.js";

const GUARD_MS = 20_000;

export class LspClient {
  /** Every publishDiagnostics notification, in the order they came. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly listeners: (() => void)[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly cwd: string,
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    public initialized: InitializeResult,
  ) {
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const listener of this.listeners.splice(0)) listener();
    });
  }

  /**
   * Starts the server in `cwd` and initializes it with `capabilities` and the workspace `folders`
   * (default: `cwd` alone). `server`: another build of the command (the VS Code extension's);
   * `env`: the server's environment (default: the CLI tests').
   */
  static async start(cwd: string, capabilities: ClientCapabilities = {}, initializationOptions?: unknown, folders = [cwd], { server = CLI, env = ENV }: { server?: string; env?: NodeJS.ProcessEnv } = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [server, "--lsp"], { cwd, env, stdio: ["pipe", "pipe", "inherit"] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const client = new LspClient(cwd, child, connection, undefined as unknown as InitializeResult);
    client.initialized = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions,
      workspaceFolders: folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) })),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  uri(name: string): string {
    return pathToFileURL(path.join(this.cwd, name)).href;
  }

  open(uri: string, text: string, version = 1, languageId = "dockerfile"): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a change event without a range). */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  save(uri: string): Promise<void> {
    return this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The first notification from index `from` on that matches. */
  async diagnosticsWhere(match: (p: PublishDiagnosticsParams) => boolean, from = 0): Promise<PublishDiagnosticsParams> {
    const guard = Date.now() + GUARD_MS;
    for (;;) {
      const found = this.published.slice(from).find(match);
      if (found) return found;
      if (Date.now() > guard) throw new Error(`no such publishDiagnostics; got ${JSON.stringify(this.published)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, GUARD_MS);
        this.listeners.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for `uri` at `version`. */
  diagnosticsOf(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnosticsWhere((p) => p.uri === uri && p.version === version);
  }

  /** Sends shutdown and exit; the server's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await Promise.race([this.exited, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), GUARD_MS))]);
    if (code === "hung") {
      this.child.kill("SIGKILL");
      throw new Error("the server did not exit after shutdown and exit");
    }
    this.connection.dispose();
    return code;
  }
}
