// Opens a Dockerfile in ESLint's language server (vscode-eslint-language-server, what the VS Code
// extension and Neovim's `eslint` server run) as an editor would, with the settings the VS Code
// extension sends by default, or those with what docs/integrations.md tells users to set.
//   node eslint-language-server.mjs <project dir> <file>
//     prints the diagnostics: one `line:col severity code` per line (1-based, LSP severity 1 =
//     error, 2 = warning)
//   node eslint-language-server.mjs <project dir> <file> edits <defaults|documented>
//     asks for the code actions of each diagnostic, runs each one's command as the editor does
//     when the user picks it, and prints the text edits the server then asks the editor to apply,
//     one JSON line per action: {"title", "edits": [{"range", "newText"}]} (the file is left as is)
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [dir, file] = process.argv.slice(2, 4).map((p) => path.resolve(p));
const [mode = "diagnostics", settingsName] = process.argv.slice(4);
const root = pathToFileURL(dir).href;
const uri = pathToFileURL(file).href;
let server;
const fail = (why) => {
  console.error(`FAIL: ESLint's language server: ${why}`);
  server?.kill();
  process.exit(1);
};
const timer = setTimeout(() => fail("no answer within 60 s"), 60_000);

// what the VS Code extension sends when nothing is set, with validation on for every file it is given
const defaults = {
  validate: "on",
  run: "onType",
  useFlatConfig: true,
  experimental: {},
  nodePath: null,
  options: {},
  rulesCustomizations: [],
  format: false,
  quiet: false,
  onIgnoredFiles: "off",
  problems: { shortenToSingleLine: false },
  codeActionOnSave: { enable: false, mode: "all" },
  codeAction: { disableRuleComment: { enable: true, location: "separateLine", commentStyle: "line" }, showDocumentation: { enable: true } },
  workingDirectory: { mode: "location" },
  workspaceFolder: { uri: root, name: path.basename(dir) },
};

/**
 * The defaults with the `eslint.codeAction.*` settings of the VS Code settings.json in
 * docs/integrations.md, which the extension passes to the server as they are (the other
 * `eslint.*` settings it translates, and validation is on here anyway). The Neovim setup there
 * must send the same codeAction settings.
 */
function documentedSettings() {
  const docs = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "docs", "integrations.md"), "utf8");
  const vscode = /^## VS Code[^\n]*\n[\s\S]*?```json\n([\s\S]*?)```/m.exec(docs)?.[1];
  const neovim = /^## Neovim[^\n]*\n[\s\S]*?```lua\n([\s\S]*?)```/m.exec(docs)?.[1];
  if (!vscode || !neovim) fail("docs/integrations.md lacks the settings.json block under '## VS Code' or the lua block under '## Neovim'");
  const settings = structuredClone(defaults);
  for (const [key, value] of Object.entries(JSON.parse(vscode))) {
    if (key.startsWith("eslint.codeAction.")) settings.codeAction[key.slice("eslint.codeAction.".length)] = value;
  }
  const disableRuleComment = JSON.parse(vscode)["eslint.codeAction.disableRuleComment"];
  const lua = disableRuleComment && `disableRuleComment = { enable = ${disableRuleComment.enable} }`;
  if (lua && !neovim.includes(lua)) fail(`the Neovim setup in docs/integrations.md does not send codeAction's ${lua}`);
  return settings;
}

const settings = { defaults: () => defaults, documented: documentedSettings }[settingsName ?? "defaults"]?.();
if (!settings) fail(`unknown settings '${settingsName}' (defaults or documented)`);

server = spawn(path.join(dir, "node_modules", ".bin", "vscode-eslint-language-server"), ["--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const pending = new Map();
let nextId = 1;
/** Edits the server asked the editor to apply (workspace/applyEdit) since the last look. */
let applied = [];

const send = (message) => {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
};
const request = (method, params) =>
  new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    send({ id, method, params });
  });

let buffer = Buffer.alloc(0);
server.stdout.on("data", (data) => {
  buffer = Buffer.concat([buffer, data]);
  for (;;) {
    const headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString("latin1"))?.[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8"));
    buffer = buffer.subarray(headerEnd + 4 + length);
    receive(message);
  }
});

function receive(message) {
  if (message.method === undefined) {
    if (message.error) fail(message.error.message);
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  } else if (message.method === "workspace/configuration") send({ id: message.id, result: message.params.items.map(() => settings) });
  else if (message.method === "workspace/applyEdit") {
    applied.push(...textEdits(message.params.edit));
    send({ id: message.id, result: { applied: true } });
  } else if (message.id !== undefined) send({ id: message.id, result: null });
}

/** A WorkspaceEdit's text edits (the only document open is the Dockerfile). */
function textEdits({ changes, documentChanges } = {}) {
  return [...(documentChanges ?? []).flatMap((change) => change.edits ?? []), ...Object.values(changes ?? {}).flat()];
}

/** What each code action offered for each diagnostic edits: its edit, or its command run as the editor runs it. */
async function offeredEdits(diagnostics) {
  const offered = [];
  for (const diagnostic of diagnostics) {
    const actions = await request("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    for (const action of actions ?? []) {
      applied = textEdits(action.edit);
      // an LSP Command, or a CodeAction with one
      const command = typeof action.command === "string" ? action : action.command;
      if (command) await request("workspace/executeCommand", { command: command.command, arguments: command.arguments });
      offered.push({ title: action.title, edits: applied });
    }
  }
  return offered;
}

await request("initialize", {
  processId: process.pid,
  rootUri: root,
  capabilities: { workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } } },
  workspaceFolders: [{ uri: root, name: path.basename(dir) }],
});
send({ method: "initialized", params: {} });
send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "dockerfile", version: 1, text: fs.readFileSync(file, "utf8") } } });
const { items } = await request("textDocument/diagnostic", { textDocument: { uri } });
if (mode === "diagnostics") {
  for (const d of items) console.log(`${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}`);
} else if (mode === "edits") {
  for (const action of await offeredEdits(items)) console.log(JSON.stringify(action));
} else fail(`unknown mode '${mode}' (diagnostics or edits)`);
clearTimeout(timer);
server.kill();
