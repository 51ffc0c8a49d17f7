// A Dockerfile read through a Compose service's build is built from the service's `context:`: its
// .dockerignore is the context's (or `<Dockerfile>.dockerignore` beside the Dockerfile), not the
// one in the Dockerfile's own directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadComposeSupport } from "../../src/compose/load.js";
import { ComposeSourceCode } from "../../src/engine/compose-source-code.js";
import { lintText } from "../../src/engine/linter.js";
import { createSource } from "../../src/source/source.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import type { BuildInputs } from "../../src/facts/build-inputs.js";
import { registry } from "../rule-tester.js";

const created: string[] = [];
beforeAll(async () => {
  await loadComposeSupport();
  await loadShellParser();
});
afterAll(() => created.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-service-build-"));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null);
const COMPOSE = "services:\n  app:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n";
const DOCKERFILE = "FROM alpine:3.20\nCOPY . /app\nCOPY secrets/key /etc/key\n";

/** The service's build as the Compose rules see it. */
function serviceBuild(root: string) {
  const filename = path.join(root, "compose.yaml");
  const sourceCode = new ComposeSourceCode(createSource(read(filename)!), filename, read);
  const build = sourceCode.buildOf(sourceCode.project.services[0]!);
  sourceCode.dispose();
  return build!;
}

/** The dockerignore rule on the Dockerfile, under the given build inputs. */
function dockerignore(dockerfile: string, build: BuildInputs | undefined, cwd: string) {
  const rule = registry.get("dockerignore")!;
  const outcome = lintText(read(dockerfile)!, { filename: dockerfile, cwd, read, build, rules: [{ id: "dockerignore", rule, level: "warning", options: [] }], registry });
  return outcome.findings.map((f) => [f.messageId, f.line, f.column, f.message]);
}

describe("the .dockerignore of a service's build context", () => {
  it("is the context's, not the one beside the Dockerfile", () => {
    const root = project({ "compose.yaml": COMPOSE, ".dockerignore": ".git\nsecrets/\n", "docker/Dockerfile": DOCKERFILE, "docker/.dockerignore": "" });
    const build = serviceBuild(root);
    expect(build.dockerfile).toBe(path.join(root, "docker", "Dockerfile"));
    expect(build.inputs.contextDir).toBe(root);
    expect(dockerignore(build.dockerfile, build.inputs, root)).toEqual([
      ["ignored", 3, 6, "`secrets/key` is excluded by .dockerignore (line 2), so it is not in the build context and this COPY fails."],
    ]);
    // the Dockerfile alone is built from its own directory, whose .dockerignore excludes nothing
    expect(dockerignore(build.dockerfile, undefined, root)).toEqual([]);
  });

  it("is the context's when the Dockerfile's directory has none", () => {
    const root = project({ "compose.yaml": COMPOSE, ".dockerignore": ".git\n", "docker/Dockerfile": DOCKERFILE });
    const build = serviceBuild(root);
    expect(dockerignore(build.dockerfile, build.inputs, root)).toEqual([]);
    expect(dockerignore(build.dockerfile, undefined, root)).toEqual([["wholeContext", 2, 6, expect.stringContaining("`COPY .` sends the whole build context")]]);
  });

  it("gives way to <Dockerfile>.dockerignore beside the Dockerfile", () => {
    const root = project({ "compose.yaml": COMPOSE, ".dockerignore": "secrets/\n", "docker/Dockerfile": DOCKERFILE, "docker/Dockerfile.dockerignore": ".git\nkey\n" });
    const build = serviceBuild(root);
    expect(dockerignore(build.dockerfile, build.inputs, root)).toEqual([]);
  });
});
