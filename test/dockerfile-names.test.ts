// One definition of "a Dockerfile": every way in (CLI discovery, the GitHub Action, the ESLint
// preset, the pre-commit hooks) takes exactly the names src/dockerfile-names.ts lists, over a
// table of names that are and are not Dockerfiles plus a sample of each listed pattern.
import fs from "node:fs";
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DOCKERFILE_NAMES, isDockerfileName } from "../src/dockerfile-names.js";
import { COMPOSE_EXTENSIONS, COMPOSE_STEMS, isComposeName, languageOf } from "../src/compose-names.js";
import { discoverFiles } from "../src/discovery/discover.js";
import plugin from "../src/eslint-plugin/index.js";
import { REPO, runActionFrom } from "./action/run-action.js";
import { BROKEN, project } from "./cli/run-cli.js";

/** Paths in a repository, and whether each is a Dockerfile by docklint's list. */
const TABLE: [path: string, isDockerfile: boolean][] = [
  ["Dockerfile", true],
  ["api/Dockerfile.prod", true],
  ["web.dockerfile", true],
  ["x.Dockerfile", true],
  ["Containerfile", true],
  ["Containerfile.dev", true],
  ["deploy/worker/app.Dockerfile", true],
  [".dockerfile", true], // `*` stands for nothing too
  ["Dockerfilefoo", false],
  ["my-Dockerfile", false],
  ["lower/dockerfile", false], // the list is case-sensitive
  ["dockerfile.txt", false],
  ["web.dockerfile.bak", false],
  ["Containerfile-old", false],
  ["README.md", false],
  ["named-dirs/Dockerfile/notes.txt", false], // in a directory named like a Dockerfile
  ["named-dirs/Dockerfile.d/notes.txt", false],
];

/** A file for each listed pattern, `*` standing for "web": a pattern added to the list is checked too. */
const SAMPLES: [string, boolean][] = DOCKERFILE_NAMES.map((pattern) => [`samples/${pattern.replaceAll("*", "web")}`, true]);

const ALL = [...TABLE, ...SAMPLES];
const expected = ALL.filter(([, isDockerfile]) => isDockerfile).map(([file]) => file).sort();
/** A repository holding every path of ALL, each with findings (so that a linted file shows). */
const tree = () => project(Object.fromEntries(ALL.map(([file]) => [file, BROKEN])));

describe("the list of Dockerfile names", () => {
  it("takes the table's Dockerfiles and nothing else", () => {
    for (const [file, isDockerfile] of ALL) expect(isDockerfileName(path.posix.basename(file)), file).toBe(isDockerfile);
  });

  it("is what CLI discovery finds in a directory", async () => {
    const cwd = tree();
    const { files, errors } = await discoverFiles(["."], cwd);
    expect(errors).toEqual([]);
    expect(files.map((file) => file.split(path.sep).join("/")).sort()).toEqual(expected);
  });

  it("is what the GitHub Action lints under `paths` (the built action runs the CLI)", () => {
    const step = runActionFrom(REPO, tree(), { paths: "." });
    expect(step.code).toBe(1);
    const annotated = new Set([...step.log.matchAll(/^::error file=([^,]+),/gm)].map((m) => m[1]));
    expect([...annotated].sort()).toEqual(expected);
  });

  it("is what ESLint lints with the plugin's recommended config", async () => {
    const cwd = tree();
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as Linter.Config });
    const results = await eslint.lintFiles(["."]);
    expect(results.map((r) => path.relative(cwd, r.filePath).split(path.sep).join("/")).sort()).toEqual(expected);
  });

  it("is what the pre-commit hooks' `files` regex takes besides Compose files, with no narrower `types`", () => {
    const hooks = parse(fs.readFileSync(path.join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as { id: string; files?: string; types?: string[] }[];
    expect(hooks.map((hook) => hook.id)).toEqual(["docklint", "docklint-fix"]);
    const paths = [...ALL, ...COMPOSE_TABLE].map(([file]) => file);
    const linted = [...expected, ...COMPOSE_TABLE.filter(([, isCompose]) => isCompose).map(([file]) => file)].sort();
    for (const hook of hooks) {
      expect(hook.types ?? ["file"], hook.id).toEqual(["file"]);
      // pre-commit applies the regex with Python's re.search to the path from the repository root
      const files = new RegExp(hook.files ?? "");
      const taken = paths.filter((file) => files.test(file));
      expect(taken.sort(), hook.id).toEqual(linted);
    }
  });
});

/** Paths and whether each is a Compose file by src/compose-names.ts; each stem and extension, with and without `.override`, is sampled. */
const COMPOSE_TABLE: [path: string, isCompose: boolean][] = [
  ...COMPOSE_STEMS.flatMap((stem) => COMPOSE_EXTENSIONS.flatMap((ext): [string, boolean][] => [[`${stem}.${ext}`, true], [`deploy/${stem}.override.${ext}`, true]])),
  ["compose.prod.yaml", false], // Compose reads it only with -f: docklint's list does not take it
  ["docker-compose.dev.yml", false],
  ["my-compose.yaml", false],
  ["compose.yaml.bak", false],
  ["compose.json", false],
  ["Compose.yaml", false],
  ["compose.yaml/notes.txt", false],
];

describe("the Compose file names the pre-commit hooks take", () => {
  it("are src/compose-names.ts's", () => {
    for (const [file, isCompose] of COMPOSE_TABLE) expect(isComposeName(path.posix.basename(file)), file).toBe(isCompose);
  });
});

describe("the language a named file is read as", () => {
  it("is Compose for the default names and any YAML file (`docker compose -f` takes any name), a Dockerfile otherwise", () => {
    const table: [string, "compose" | "dockerfile"][] = [
      ["compose.yaml", "compose"],
      ["ops/docker-compose.override.yml", "compose"],
      ["docker-compose.prod.yml", "compose"],
      ["deploy/stack.YAML", "compose"],
      ["Dockerfile", "dockerfile"],
      ["Dockerfile.yml.bak", "dockerfile"],
      ["app.dockerfile", "dockerfile"],
      ["Containerfile", "dockerfile"],
      [".yaml", "dockerfile"],
      ["compose.json", "dockerfile"],
    ];
    expect(table.map(([file]) => [file, languageOf(file)])).toEqual(table);
  });
});

