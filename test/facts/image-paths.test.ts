import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import { isWithin, normalizePath } from "../../src/facts/image-paths.js";
import type { BuildInputs } from "../../src/facts/build-inputs.js";

beforeAll(() => loadShellParser());

function facts(text: string, inputs: BuildInputs = {}) {
  const { source, document } = parseDockerfile(text);
  return { facts: new DockerfileSourceCode(source, document, inputs).facts, stages: document.stages };
}

describe("paths an image is filled at", () => {
  const text =
    "ARG DEST=/srv\nFROM node:22 AS build\nWORKDIR /src\nCOPY . .\n" +
    "FROM node:22-slim AS base\nWORKDIR /app\nCOPY package*.json ./\nCOPY --from=build /src/dist/ dist/\nADD https://example.com/x.tgz /opt/x/\n" +
    "FROM base\nARG DEST\nCOPY site ${DEST}/site\nCOPY more $UNKNOWN/\nWORKDIR $UNKNOWN\nCOPY other .\nVOLUME /app/data\nVOLUME [\"/var/log/app/\"]\n";

  it("lists COPY and ADD destinations of the lineage, read against the WORKDIR, with variables", () => {
    const { facts: f, stages } = facts(text);
    expect(f.writtenPaths(stages[2]).map((w) => [w.path, w.instruction.loc.start.line, w.fromBuild])).toEqual([
      ["/app", 7, false],
      ["/app/dist", 8, true],
      ["/opt/x", 9, false],
      ["/srv/site", 12, false],
    ]);
    expect(facts(text, { buildArgs: { DEST: "/www" } }).facts.writtenPaths(stages[2]).map((w) => w.path)).toContain("/www/site");
  });

  it("lists VOLUME paths of the lineage", () => {
    const { facts: f, stages } = facts(text);
    expect(f.volumesDeclared(stages[2])).toEqual(["/app/data", "/var/log/app"]);
    expect(f.volumesDeclared(stages[1])).toEqual([]);
  });

  it("lists the paths given to a user by COPY/ADD --chown and RUN chown, with variables, in build order", () => {
    const owned =
      "ARG APP_USER=app\nFROM python:3.12 AS base\nARG APP_USER\nWORKDIR /srv\nCOPY --chown=${APP_USER}:${APP_USER} . .\n" +
      "RUN mkdir -p /srv/data && chown -R $APP_USER /srv/data /var/log/app/\nRUN chown app.app /srv/cache && chown :staff /srv/shared\n" +
      "FROM base\nADD --chown=1000:1000 https://example.com/x.tgz /opt/x/\nCOPY --chown=$UNKNOWN a /a\nCOPY --chown=:staff b /srv/b\n" +
      "RUN cd /tmp && chown -R app work /srv/abs\nRUN chown -R app /srv/logs/* ~/x && find /srv -exec chown app {} +\n" +
      "RUN chown --reference=/etc /srv/ref && chown $SHELLVAR /srv/unknown\nENV DATA_DIR=/srv/env\nRUN cd /tmp \\\n && chown -R app ${DATA_DIR} /srv/{a,b}\n";
    const { facts: f, stages } = facts(owned);
    expect(f.ownedPaths(stages[1]).map((o) => [o.path, o.user, o.recursive, o.loc.start.line])).toEqual([
      ["/srv", "app", false, 5],
      ["/srv/data", "app", true, 6],
      ["/var/log/app", "app", true, 6],
      ["/srv/cache", "app", false, 7],
      ["/opt/x", "1000", false, 9],
      ["/srv/abs", "app", true, 12],
      ["/srv/env", "app", true, 17],
    ]);
    expect(f.ownedPaths(stages[0]).map((o) => o.path)).toEqual(["/srv", "/srv/data", "/var/log/app", "/srv/cache"]);
    expect(facts(owned, { buildArgs: { APP_USER: "1001" } }).facts.ownedPaths(stages[0])[0].user).toBe("1001");
  });

  it("compares normalized paths", () => {
    expect([normalizePath("/app/./src/"), normalizePath("/"), normalizePath("/a//b")]).toEqual(["/app/src", "/", "/a/b"]);
    expect([isWithin("/app/src", "/app"), isWithin("/app", "/app"), isWithin("/application", "/app"), isWithin("/x", "/")]).toEqual([true, true, false, true]);
  });
});
