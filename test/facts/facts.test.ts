import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "../../src/parse/parse.js";
import { DockerfileSourceCode } from "../../src/engine/source-code.js";
import { loadShellParser } from "../../src/shell/bash-parser.js";
import type { BuildInputs } from "../../src/facts/build-inputs.js";
import type * as m from "../../src/parse/model.js";

beforeAll(() => loadShellParser());

function facts(text: string, inputs: BuildInputs = {}) {
  const { source, document } = parseDockerfile(text);
  const sourceCode = new DockerfileSourceCode(source, document, inputs);
  return { facts: sourceCode.facts, stages: document.stages, sourceCode };
}

const names = (stages: readonly m.Stage[]) => stages.map((s) => s.name ?? String(s.index));

describe("the stage graph", () => {
  const text =
    "FROM debian AS base\nRUN a\nFROM base AS build\nRUN b\nFROM debian AS unused\nRUN c\nONBUILD RUN d\n" +
    "FROM base AS dev\nRUN e\nFROM scratch AS final\nCOPY --from=build /out /out\nRUN f\n";

  it("builds the last stage by default; only its lineage's layers reach the image", () => {
    const { facts: f, stages } = facts(text);
    expect(f.target?.name).toBe("final");
    expect(names(stages.filter((s) => f.graph.inImage(s)))).toEqual(["final"]);
    // a stage built FROM by a stage that is only copied from is built, but its layers are not in the image
    expect(names(stages.filter((s) => f.graph.isBuilt(s)))).toEqual(["base", "build", "final"]);
    const runs = stages.map((s) => s.instructions.find((i) => i.type === "Run")!);
    expect(runs.map((r) => f.layersInImage(r))).toEqual([false, false, false, false, true]);
  });

  it("counts ONBUILD triggers as reaching an image: they run in one built from this stage", () => {
    const { facts: f, stages } = facts(text);
    const onbuild = stages[2].instructions.find((i): i is m.Onbuild => i.type === "Onbuild")!;
    expect(f.layersInImage(onbuild.trigger!)).toBe(true);
  });

  it("builds --target instead, with its ancestors", () => {
    const { facts: f, stages } = facts(text, { target: "DEV" });
    expect(f.target?.name).toBe("dev");
    expect(names(stages.filter((s) => f.graph.inImage(s)))).toEqual(["base", "dev"]);
    expect(names(f.lineage(f.target!))).toEqual(["dev", "base"]);
  });

  it("has no target when no stage has the name asked for", () => {
    const { facts: f } = facts(text, { target: "prod" });
    expect([f.target, f.graph.targetMissing]).toEqual([undefined, true]);
  });

  it("resolves FROM ${VAR} naming a stage with the build args", () => {
    const dockerfile = "ARG FLAVOR=slim\nFROM debian AS slim\nFROM ubuntu AS full\nFROM ${FLAVOR}\nUSER app\n";
    expect(names(facts(dockerfile).facts.lineage(facts(dockerfile).stages[2]))).toEqual(["2", "slim"]);
    const withArg = facts(dockerfile, { buildArgs: { FLAVOR: "full" } });
    expect(names(withArg.facts.lineage(withArg.stages[2]))).toEqual(["2", "full"]);
  });
});

describe("base images", () => {
  it("resolves the reference, knows stages and scratch", () => {
    const { facts: f, stages } = facts("ARG TAG=3.12\nFROM python:${TAG}-slim@sha256:" + "a".repeat(64) + " AS py\nFROM py\nFROM scratch\nFROM ${UNKNOWN}\n");
    const [py, child, scratch, unknown] = stages.map((s) => f.base(s));
    expect([py.resolved, py.pulled?.tag, py.reference?.repository, py.reference?.digest?.length]).toEqual([
      "python:3.12-slim@sha256:" + "a".repeat(64), "3.12-slim", "library/python", 71,
    ]);
    expect([child.stage?.name, child.pulled]).toEqual(["py", null]);
    expect([scratch.scratch, scratch.pulled]).toEqual([true, null]);
    expect([unknown.unresolved, unknown.pulled?.open, unknown.reference]).toEqual([["UNKNOWN"], true, null]);
  });

  it("takes a build arg over the ARG's default", () => {
    const text = "ARG TAG=3.11\nFROM python:${TAG}\n";
    expect(facts(text).facts.base(facts(text).stages[0]).resolved).toBe("python:3.11");
    const { facts: f, stages } = facts(text, { buildArgs: { TAG: "latest" } });
    expect(f.base(stages[0]).pulled?.tag).toBe("latest");
  });

  it("sets the platform's automatic args", () => {
    const { facts: f, stages } = facts("FROM --platform=$TARGETPLATFORM alpine:3.20\nARG TARGETARCH\nRUN echo $TARGETARCH\n", { platform: "linux/arm64" });
    expect(f.base(stages[0]).resolved).toBe("alpine:3.20");
    const { sourceCode } = facts("ARG TARGETARCH\nFROM alpine:3.20\nARG TARGETARCH\nRUN echo $TARGETARCH\n", { platform: "linux/arm64/v8" });
    const run = sourceCode.ast.stages[0].instructions[2];
    expect(sourceCode.resolve("$TARGETARCH", run).value).toBe("arm64");
  });
});

describe("start-up, user, environment, ports, servers", () => {
  const text =
    "FROM python:3.12 AS base\nENV PORT=9000\nUSER root\nEXPOSE 8000-8010/tcp 53/udp\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"sleep\", \"1\"]\n" +
    "FROM base\nUSER ${APP_USER}\nCMD gunicorn app:app\n";

  it("inherits ENTRYPOINT and CMD through the lineage; a later ENTRYPOINT clears an inherited CMD", () => {
    const { facts: f, stages } = facts(text);
    const { entrypoint, cmd } = f.startup(stages[1]);
    expect([entrypoint?.loc.start.line, cmd?.loc.start.line]).toEqual([5, 9]);
    const cleared = facts("FROM a AS base\nCMD [\"x\"]\nFROM base\nENTRYPOINT [\"y\"]\n");
    expect(cleared.facts.startup(cleared.stages[1]).cmd).toBeNull();
  });

  it("gives the USER in effect, its stage and its value", () => {
    const { facts: f, stages } = facts(text);
    expect(f.user(stages[0])).toMatchObject({ value: "root", stage: { name: "base" }, instruction: { loc: { start: { line: 3 } } } });
    expect(f.user(stages[1])).toMatchObject({ value: "${APP_USER}", stage: { index: 1 } });
    expect(facts("FROM a\n").facts.user(facts("FROM a\n").stages[0])).toBeNull();
  });

  it("reads the runtime environment from ENV only", () => {
    const { facts: f, stages } = facts("FROM a AS base\nENV PORT=9000\nARG HOST=x\nFROM base\n");
    expect([f.runtimeEnv(stages[1], "PORT"), f.runtimeEnv(stages[1], "HOST")]).toEqual(["9000", undefined]);
  });

  it("lists the ports exposed by the stage and its ancestors", () => {
    const { facts: f, stages } = facts(text);
    expect(f.exposedPorts(stages[1]).map((p) => [p.spec.value, p.port, p.parts?.protocol ?? null, p.parts?.range])).toEqual([
      ["8000-8010/tcp", "8000-8010", "tcp", { low: "8000", high: "8010" }],
      ["53/udp", "53", "udp", { low: "53", high: null }],
    ]);
  });

  it("gives the HEALTHCHECK in effect: the stage's last, else its nearest ancestor's, NONE included", () => {
    const { facts: f, stages } = facts("FROM a AS base\nHEALTHCHECK CMD x\nHEALTHCHECK CMD y\nFROM base AS app\nFROM base\nHEALTHCHECK NONE\nFROM b\n");
    expect(stages.map((s) => f.healthcheck(s)?.loc.start.line ?? null)).toEqual([3, 3, 6, null]);
  });

  it("finds the servers started, with the port their environment gives them", () => {
    const { facts: f, stages } = facts(text);
    const [server] = f.serversStarted(stages[1]);
    expect([server.server, server.host.value, server.port.value, server.port.via]).toEqual(["gunicorn", "0.0.0.0", 9000, "PORT"]);
  });
});
