import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { testRule } from "../rule-tester.js";
import { dataScienceDockerfile } from "../fixtures.js";

const created: string[] = [];
afterAll(() => created.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A build context on disk: file name -> content. */
function project(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docklint-dockerignore-"));
  created.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const bare = project();
const ignored = project({ ".dockerignore": ".git\nnode_modules\n*.env\n**/*.log\n/secrets/\ndocs\n!docs/README.md\n# a comment\n" });
const perDockerfile = project({ "build.Dockerfile.dockerignore": ".git\n" });
const nested = project({ ".dockerignore": ".git\n", "docker/.dockerignore": "" });
// patterns that a RegExp backtracked on (`*a*a*a*a*a*ab` against 200 `a`s never finished) or
// could not compile (`[z-a]` threw, and the whole file was ignored)
const hostile = project({ ".dockerignore": "*a*a*a*a*a*ab\n**/**/**/**/**/**/x\n*a*a*a*a*a*a\n" });
const badRange = project({ ".dockerignore": "file[z-a]\n*.env\n" });
const everything = project({ ".dockerignore": "# allow-list\n*\n" });
const allowList = project({ ".dockerignore": "*\n!src\n!package.json\n" });

const dataScience = dataScienceDockerfile;

testRule("dockerignore", {
  valid: [
    { name: ".dockerignore beside the Dockerfile", code: "FROM alpine:3.20\nCOPY . /app\n", filename: path.join(ignored, "Dockerfile") },
    { name: "<name>.dockerignore beside the Dockerfile", code: "FROM alpine:3.20\nCOPY . /app\n", filename: path.join(perDockerfile, "build.Dockerfile") },
    {
      name: "difference: the build context is the context setting when given, and its .dockerignore is read",
      code: "FROM alpine:3.20\nCOPY . /app\n",
      filename: path.join(nested, "services", "api", "Dockerfile"),
      settings: { context: nested },
    },
    { name: "named files only", code: "FROM alpine:3.20\nCOPY requirements.txt app.py /app/\n", filename: path.join(bare, "Dockerfile") },
    { name: "a subdirectory", code: "FROM alpine:3.20\nCOPY src /app/src\n", filename: path.join(bare, "Dockerfile") },
    { name: "from another stage", code: "FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build . /app\n", filename: path.join(bare, "Dockerfile") },
    { name: "ADD of a URL", code: "FROM alpine:3.20\nADD https://example.com/a.tar.gz /tmp/\n", filename: path.join(ignored, "Dockerfile") },
    { name: "not excluded", code: "FROM alpine:3.20\nCOPY src/app.py config/.env /app/\n", filename: path.join(ignored, "Dockerfile") },
    { name: "re-included by an exception", code: "FROM alpine:3.20\nCOPY docs/README.md /app/\n", filename: path.join(ignored, "Dockerfile") },
    { name: "a directory with an exception inside", code: "FROM alpine:3.20\nCOPY docs /app/docs\n", filename: path.join(ignored, "Dockerfile") },
    { name: "globs are not judged", code: "FROM alpine:3.20\nCOPY *.env /app/\n", filename: path.join(ignored, "Dockerfile") },
    { name: "`*` with exceptions after it: an allow-list, `.` is partly there", code: "FROM node:20\nCOPY . .\n", filename: path.join(allowList, "Dockerfile") },
    { name: "unresolved variable", code: "FROM alpine:3.20\nARG SRC\nCOPY ${SRC} /app/\n", filename: path.join(bare, "Dockerfile") },
    { name: "patterns that backtracked", code: `FROM alpine:3.20\nCOPY ${"a".repeat(200)}c/${"a/".repeat(200)}c /d/\n`, filename: path.join(hostile, "Dockerfile") },
  ],
  invalid: [
    {
      name: "`.dockerignore` of `*`: COPY . . copies nothing (BuildKit's CopyIgnoredFile)",
      code: "FROM node:20\nWORKDIR /app\nCOPY . .\nADD ./ /srv/\n",
      filename: path.join(everything, "Dockerfile"),
      errors: [
        { messageId: "emptyContext", line: 3, column: 6, endColumn: 7, message: "`COPY .` copies nothing: .dockerignore (line 2) excludes the whole build context." },
        { messageId: "emptyContext", line: 4, column: 5 },
      ],
      output: null,
    },
    {
      name: "the data-science example",
      code: dataScience,
      filename: path.join(bare, "Dockerfile"),
      errors: [{ messageId: "wholeContext", line: 3, column: 6, message: /`COPY \.` sends the whole build context/ }],
      output: null,
    },
    {
      name: "./ and ADD",
      code: "FROM alpine:3.20\nADD ./ /app\n",
      filename: path.join(bare, "Dockerfile"),
      errors: [{ messageId: "wholeContext", line: 2, column: 5 }],
      output: null,
    },
    {
      name: "exec-form sources and flags",
      code: 'FROM alpine:3.20\nCOPY --chown=app:app [".", "/app"]\n',
      filename: path.join(bare, "Dockerfile"),
      errors: [{ messageId: "wholeContext", line: 2, column: 23 }],
      output: null,
    },
    {
      name: "through a variable",
      code: "FROM alpine:3.20\nARG SRC=.\nCOPY ${SRC} /app\n",
      filename: path.join(bare, "Dockerfile"),
      errors: [{ messageId: "wholeContext", line: 3, column: 6 }],
      output: null,
    },
    {
      name: "the context is elsewhere: the Dockerfile directory's .dockerignore does not apply",
      code: "FROM alpine:3.20\nCOPY . /app\n",
      filename: path.join(ignored, "Dockerfile"),
      settings: { context: bare },
      errors: [{ messageId: "wholeContext", line: 2, column: 6 }],
      output: null,
    },
    {
      name: "an excluded directory",
      code: "FROM node:20\nCOPY node_modules/ /app/node_modules/\n",
      filename: path.join(ignored, "Dockerfile"),
      errors: [{ messageId: "ignored", line: 2, column: 6, message: /`node_modules\/` is excluded by \.dockerignore \(line 2\)/ }],
      output: null,
    },
    {
      name: "excluded files among several sources",
      code: "FROM alpine:3.20\nCOPY app.py .env \\\n     logs/today.log /app/\n",
      filename: path.join(ignored, "Dockerfile"),
      errors: [
        { messageId: "ignored", line: 2, column: 13, message: /line 3/ },
        { messageId: "ignored", line: 3, column: 6, message: /line 4/ },
      ],
      output: null,
    },
    {
      name: "below an excluded directory, absolute and ./ forms",
      code: "FROM alpine:3.20\nCOPY /secrets/key.pem ./.git/config /app/\n",
      filename: path.join(ignored, "Dockerfile"),
      errors: [
        { messageId: "ignored", line: 2, column: 6 },
        { messageId: "ignored", line: 2, column: 23 },
      ],
      output: null,
    },
    {
      name: "excluded by patterns that backtracked",
      code: `FROM alpine:3.20\nCOPY ${"a".repeat(200)} /d/\nCOPY ${"a".repeat(200)}b /d/\n`,
      filename: path.join(hostile, "Dockerfile"),
      errors: [
        { messageId: "ignored", line: 2, column: 6, message: /line 3/ },
        { messageId: "ignored", line: 3, column: 6, message: /line 1/ },
      ],
      output: null,
    },
    {
      name: "a class from high to low matches nothing; the other lines apply",
      code: "FROM alpine:3.20\nCOPY filem .env /d/\n",
      filename: path.join(badRange, "Dockerfile"),
      errors: [{ messageId: "ignored", line: 2, column: 12, message: /line 2/ }],
      output: null,
    },
  ],
});
