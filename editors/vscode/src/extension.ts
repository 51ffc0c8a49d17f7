// The VS Code extension: starts docklint's own language server (server/cli.cjs, bundled in the
// extension by scripts/package-vscode.mjs) with `--lsp`, in VS Code's Node.js, and stops it when
// `docklint.enable` is turned off. Its log and the protocol trace go to the "docklint" output channel.
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { DOCUMENT_SELECTOR, serverSettings } from "./server-settings";

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel("docklint", { log: true });
  context.subscriptions.push(output);
  const enabled = () => vscode.workspace.getConfiguration("docklint").get<boolean>("enable", true);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration("docklint.enable")) return;
      void (enabled() ? start(context, output) : stop());
    }),
  );
  if (enabled()) void start(context, output);
}

export function deactivate(): Promise<void> {
  return stop();
}

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  if (client) return;
  const server = { module: context.asAbsolutePath("server/cli.cjs"), args: ["--lsp"], transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run: server, debug: server };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: serverSettings(vscode.workspace.getConfiguration("docklint")),
    // the server takes changes of the docklint section (workspace/didChangeConfiguration)
    synchronize: { configurationSection: "docklint" },
    outputChannel: output,
  };
  client = new LanguageClient("docklint", "docklint", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    output.error(`docklint's language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    client = undefined;
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
