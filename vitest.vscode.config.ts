// npm run test:vscode: the tests of the VS Code extension's package, which `npm run package:vscode`
// builds first with editors/vscode's own tools (vsce): not part of `npm test`, whose `npm ci` at
// the root does not install them. A missing package fails them.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

export default defineConfig({ test: { ...base.test, include: ["test/**/*.vscode.test.ts"], exclude: [] } });
