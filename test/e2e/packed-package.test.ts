// The package as a user gets it: `npm pack`, installed into a fresh project, imported and
// type-checked from there. Needs the npm registry (for the package's dependencies).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatters } from "../../src/format/index.js";

const root = path.join(import.meta.dirname, "..", "..");
const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("the packed package", () => {
  it("installs, runs its library API and ESLint plugin, and type-checks in a user's project", { timeout: 180_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-consumer-"));
    npm(["pack", "--pack-destination", dir], root);
    const tarball = fs.readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", type: "module", private: true }));
    // typescript and eslint: linked from this repository's node_modules
    npm(["install", "--no-audit", "--no-fund", path.join(dir, tarball), path.join(root, "node_modules", "typescript"), path.join(root, "node_modules", "eslint")], dir);
    const program = `
      import { createLinter, fixText, formatters, lintText, rules } from "docklint";
      import docklint from "docklint/eslint-plugin";
      import { Linter } from "eslint";
      const result = await lintText("FROM python\\nMAINTAINER me\\n", { filePath: "Dockerfile", noConfig: true });
      const fixed = await fixText("FROM python:3.12\\nMAINTAINER me\\n", { noConfig: true });
      const linter = createLinter({ noConfig: true });
      const again = await linter.lintText("FROM python\\n", "Dockerfile");
      const eslint = new Linter({ cwd: "/consumer" }).verify("FROM python\\n", [docklint.configs.recommended], { filename: "/consumer/Dockerfile" });
      console.log(JSON.stringify({
        findings: result.messages.map((m) => [m.ruleId, m.line, m.column]),
        output: fixed.output,
        again: again.messages.length,
        eslint: eslint.map((m) => [m.ruleId, m.line, m.column]),
        formats: Object.keys(formatters).length,
        rules: Object.keys(rules).length,
      }));
    `;
    fs.writeFileSync(path.join(dir, "use.mjs"), program);
    const printed = JSON.parse(execFileSync(process.execPath, ["use.mjs"], { cwd: dir, encoding: "utf8" }));
    expect(printed).toEqual({
      findings: [
        ["image-tag", 1, 6],
        ["no-maintainer", 2, 1],
      ],
      output: 'FROM python:3.12\nLABEL org.opencontainers.image.authors="me"\n',
      again: 1,
      eslint: [["docklint/image-tag", 1, 6]],
      formats: Object.keys(formatters).length,
      rules: 99,
    });
    // the same program, typed: the package's declarations are complete for a strict project
    fs.writeFileSync(path.join(dir, "use.ts"), program.replace("const result =", "const result: import(\"docklint\").FileResult ="));
    fs.writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true }, include: ["use.ts"] }),
    );
    execFileSync(process.execPath, [path.join(dir, "node_modules", "typescript", "bin", "tsc"), "-p", "."], { cwd: dir, encoding: "utf8" });
  });
});
