// Opens a Dockerfile in ESLint's language server (vscode-eslint-language-server, what the VS Code
// extension and Neovim's `eslint` server run) as an editor would, and prints the diagnostics it
// answers: one `line:col severity code` per line (1-based, LSP severity 1 = error, 2 = warning).
// Usage: node eslint-language-server.mjs <project dir> <file>
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [dir, file] = process.argv.slice(2).map((p) => path.resolve(p));
const root = pathToFileURL(dir).href;
const uri = pathToFileURL(file).href;
const server = spawn(path.join(dir, "node_modules", ".bin", "vscode-eslint-language-server"), ["--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const fail = (why) => {
  console.error(`FAIL: ESLint's language server: ${why}`);
  process.exit(1);
};
const timer = setTimeout(() => fail("no diagnostics within 60 s"), 60_000);

// the settings the VS Code extension sends, with validation on for every file it is given
const settings = {
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
  codeAction: { disableRuleComment: { enable: true, location: "separateLine" }, showDocumentation: { enable: true } },
  workingDirectory: { mode: "location" },
  workspaceFolder: { uri: root, name: path.basename(dir) },
};

const send = (message) => {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
};

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
  if (message.method === "workspace/configuration") send({ id: message.id, result: message.params.items.map(() => settings) });
  else if (message.method && message.id !== undefined) send({ id: message.id, result: null });
  else if (message.id === 1) {
    send({ method: "initialized", params: {} });
    send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "dockerfile", version: 1, text: fs.readFileSync(file, "utf8") } } });
    send({ id: 2, method: "textDocument/diagnostic", params: { textDocument: { uri } } });
  } else if (message.id === 2) {
    if (message.error) fail(message.error.message);
    for (const d of message.result.items) console.log(`${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}`);
    clearTimeout(timer);
    server.kill();
  }
}

send({
  id: 1,
  method: "initialize",
  params: { processId: process.pid, rootUri: root, capabilities: { workspace: { configuration: true } }, workspaceFolders: [{ uri: root, name: path.basename(dir) }] },
});
