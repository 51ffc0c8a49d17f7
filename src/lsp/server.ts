// `docklint --lsp`: a language server over standard input and output. It lints each open document
// (a Dockerfile or a Compose file, by its name) on open and on every change (one lint at a time per document, document-lints.ts), with a lint
// session per workspace folder, and answers code actions, hover and pull diagnostics from the
// lint of the document's latest text.
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import { createConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CONFIG_FILES, HADOLINT_FILES } from "../config/config.js";
import { EXIT } from "../engine/errors.js";
import { ruleRegistry, type FixedResult, type SessionOptions } from "../lint-session.js";
import type { FileResult } from "../engine/result.js";
import type { CliOptions } from "../cli/options.js";
import { sessionOptions } from "../cli/session-options.js";
import { FIX_ALL, fixAllAction, quickFixes, SHOW_DOCUMENTATION, wants } from "./code-actions.js";
import { errorDiagnostic, findingDiagnostic } from "./diagnostics.js";
import { DocumentLints, type Linted } from "./document-lints.js";
import { findingHover } from "./hover.js";
import { DEFAULT_SETTINGS, readSettings, withSettings } from "./settings.js";
import { WorkspaceSessions } from "./workspace-sessions.js";
import { languageOf } from "../compose-names.js";

/** The files whose change changes findings: config files and the build context's ignore file. */
const CONFIG_NAMES = [...CONFIG_FILES, ...HADOLINT_FILES, ".dockerignore"];
/** Those, and the `.env` a Compose file takes its variables from (read from the disk at each lint). */
const WATCHED = `**/{${[...CONFIG_NAMES, ".env"].join(",")}}`;

/** A document the server is given that is one of those files, not a Dockerfile: its unsaved text counts before the disk's. */
function isConfigDocument(uri: string): boolean {
  return uri.startsWith("file:") && CONFIG_NAMES.includes(path.basename(fileURLToPath(uri)));
}

/** The language ids editors give Compose files: VS Code's Docker extension's, and others'. */
const COMPOSE_LANGUAGES = new Set(["dockercompose", "docker-compose", "yaml.docker-compose"]);

function isComposeDocument(uri: string): boolean {
  return uri.startsWith("file:") && languageOf(fileURLToPath(uri)) === "compose";
}

/** Serves until the client sends `exit` (the protocol library then ends the process: 0 after `shutdown`, else 1). */
export function runLanguageServer(args: CliOptions): Promise<number> {
  const { options } = sessionOptions(args, process.cwd());
  // a --config named on the command line is relative to where the server was started, not to each folder
  if (options.configFile) options.configFile = path.resolve(options.configFile);
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  // a client that went away (it closed the server's output) ends the server, as an `exit` without
  // `shutdown` does: code 1, no stack trace
  process.stdout.on("error", clientGone);
  serve(connection, options);
  connection.listen();
  return new Promise<number>((resolve) => connection.onExit(() => resolve(EXIT.ok)));
}

function clientGone(): never {
  process.exit(1);
}

/** Sends to the client, which may have gone since the work began: then the server ends (clientGone). */
function toClient(send: () => Promise<unknown>): void {
  try {
    send().catch(clientGone);
  } catch {
    clientGone();
  }
}

function serve(connection: Connection, options: Omit<SessionOptions, "cwd">): void {
  const documents = new TextDocuments(TextDocument);
  const sessions = new WorkspaceSessions(options);
  let settings = DEFAULT_SETTINGS;
  const applySettings = (value: unknown) => {
    settings = readSettings(value, settings);
    sessions.setOptions(withSettings(options, settings, ruleRegistry()));
  };
  let pull = false;
  let refreshPulls = false;
  let watchFiles = false;
  let folderChanges = false;
  let folders: string[] = [];

  // an untitled buffer is linted as a Dockerfile, or as a Compose file when the editor says it is one
  const fileOf = (uri: string) =>
    uri.startsWith("file:") ? fileURLToPath(uri) : sessions.placeOfUntitled(COMPOSE_LANGUAGES.has(documents.get(uri)?.languageId ?? "") ? "compose" : "dockerfile");
  const diagnostics = (linted: Linted) => (linted.error ? [errorDiagnostic(linted.error)] : linted.result!.messages.map((f) => findingDiagnostic(linted.source, f)));
  /** Documents whose last report was partial: a pull client that can be refreshed is told when their whole lint is in. */
  const partial = new Set<string>();
  const lints = new DocumentLints(
    async (uri, text) => {
      const file = fileOf(uri);
      const { result, complete } = await sessions.forFile(file).lintInSteps(text, file);
      return { result: withoutRejected(result), complete: complete?.then(withoutRejected) };
    },
    (uri, linted) => {
      if (!pull) toClient(() => connection.sendDiagnostics({ uri, version: linted.version, diagnostics: diagnostics(linted) }));
      else if (linted.partial) partial.add(uri);
      else if (partial.delete(uri) && refreshPulls) toClient(() => connection.languages.diagnostics.refresh());
    },
  );
  const lint = (document: TextDocument) => lints.update(document.uri, document.version, document.getText());
  /** The lint of a document's text as it is now (with run: onSave, the last lint may be of an older text). */
  const upToDate = async (uri: string): Promise<Linted | undefined> => {
    if (isConfigDocument(uri)) return undefined;
    const document = documents.get(uri);
    const linted = await lints.current(uri);
    if (!document || linted?.version === document.version) return linted;
    lint(document);
    return lints.current(uri);
  };
  const lintDockerfiles = () => {
    for (const document of documents.all()) if (!isConfigDocument(document.uri)) lint(document);
    if (pull && refreshPulls) toClient(() => connection.languages.diagnostics.refresh());
  };
  const relintAll = () => {
    sessions.reset();
    lintDockerfiles();
  };
  /** An open config file's text (null: as on disk, saved or closed) is what the next lints read. */
  const configText = (document: TextDocument, text: string | null) => {
    sessions.setUnsaved(fileURLToPath(document.uri), text);
    lintDockerfiles();
  };
  /** The open Compose files but `changed`: they read the Dockerfiles they build, and their base or override. */
  const lintComposeFiles = (changed: TextDocument) => {
    for (const other of documents.all()) if (other.uri !== changed.uri && isComposeDocument(other.uri)) lint(other);
  };
  /**
   * An open Dockerfile's or Compose file's text (null: as on disk, closed) is what the open Compose
   * files read of it, before the disk.
   */
  const documentText = (document: TextDocument, text: string | null) => {
    if (!document.uri.startsWith("file:")) return;
    sessions.setUnsaved(fileURLToPath(document.uri), text);
    lintComposeFiles(document);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    pull = capabilities.textDocument?.diagnostic !== undefined;
    refreshPulls = capabilities.workspace?.diagnostics?.refreshSupport === true;
    watchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folderChanges = capabilities.workspace?.workspaceFolders === true;
    folders = filePaths(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    sessions.setFolders(folders);
    applySettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ["quickfix", FIX_ALL] },
        hoverProvider: true,
        executeCommandProvider: { commands: [SHOW_DOCUMENTATION] },
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "docklint" },
    };
  });

  connection.onInitialized(() => {
    if (watchFiles) toClient(() => connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED }] }));
    if (!folderChanges) return;
    connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      const gone = new Set(filePaths(removed.map((f) => f.uri)));
      folders = [...folders.filter((folder) => !gone.has(folder)), ...filePaths(added.map((f) => f.uri))];
      sessions.setFolders(folders);
      relintAll();
    });
  });

  // open is a change too; with run: onSave, a change waits for the save (a config file's does not:
  // what the Dockerfiles are linted with changed)
  documents.onDidOpen(({ document }) => {
    if (settings.run === "onSave" && !isConfigDocument(document.uri)) lint(document);
  });
  documents.onDidChangeContent(({ document }) => {
    if (isConfigDocument(document.uri)) return configText(document, document.getText());
    if (settings.run !== "onType") return;
    lint(document);
    documentText(document, document.getText());
  });
  documents.onDidSave(({ document }) => {
    if (isConfigDocument(document.uri)) return configText(document, null);
    if (settings.run !== "onSave") return;
    lint(document);
    documentText(document, document.getText());
  });
  documents.onDidClose(({ document }) => {
    if (isConfigDocument(document.uri)) return configText(document, null);
    documentText(document, null);
    lints.close(document.uri);
    partial.delete(document.uri);
    if (!pull) toClient(() => connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
  });

  // a client told when the later checks' findings are in gets what is ready; another waits for them
  connection.languages.diagnostics.on(async ({ textDocument }) => {
    const linted = refreshPulls ? await lints.current(textDocument.uri) : await lints.complete(textDocument.uri);
    return { kind: "full", items: linted ? diagnostics(linted) : [] };
  });

  connection.onDidChangeWatchedFiles(relintAll);
  connection.onDidChangeConfiguration(({ settings: changed }) => {
    // a client that sends no settings of docklint's (null, or only other servers') changes none
    if (typeof changed === "object" && changed !== null && "docklint" in changed) applySettings((changed as { docklint: unknown }).docklint);
    relintAll();
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const linted = await upToDate(textDocument.uri);
    if (!linted?.result) return [];
    const actions = wants(context.only, "quickfix") ? quickFixes(textDocument.uri, linted, range, fileOf(textDocument.uri)) : [];
    const fixable = linted.result.messages.some((f) => f.fix);
    if (fixable && wants(context.only, FIX_ALL)) {
      const file = fileOf(textDocument.uri);
      const fixed = await sessions.forFile(file).lint(linted.text, file, { fix: true });
      if (fixed.output !== undefined) actions.push(fixAllAction(textDocument.uri, linted, fixed.output));
    }
    return actions;
  });

  connection.onHover(async ({ textDocument, position }) => {
    const linted = await upToDate(textDocument.uri);
    return linted ? findingHover(linted, position, ruleRegistry()) : null;
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command === SHOW_DOCUMENTATION && typeof args?.[0] === "string") await connection.window.showDocument({ uri: args[0], external: true });
  });

  documents.listen(connection);
}

/** A lint's result as the server uses it: fixes refused while fixing do not concern a lint. */
function withoutRejected({ rejectedFixes: _, ...result }: FixedResult): FileResult {
  return result;
}

/** The paths of the `file:` URIs among `uris` (a folder of another scheme has no config on disk). */
function filePaths(uris: string[]): string[] {
  return uris.filter((uri) => uri.startsWith("file:")).map((uri) => fileURLToPath(uri));
}
