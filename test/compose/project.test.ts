// The Compose layer: YAML with exact positions, interpolation with `.env`, override files merged
// as Compose merges them, and the limits that keep a hostile file from costing more than its size.
import { beforeAll, describe, expect, it } from "vitest";
import { loadComposeSupport } from "../../src/compose/load.js";
import { createSource } from "../../src/source/source.js";
import { loadProject } from "../../src/compose/project.js";
import { interpolate, readDotenv } from "../../src/compose/interpolate.js";
import { parseYaml } from "../../src/compose/yaml-tree.js";
import { TooComplex } from "../../src/parse/limits.js";

beforeAll(() => loadComposeSupport());

const files = (map: Record<string, string>) => (file: string) => map[file] ?? null;
const project = (text: string, others: Record<string, string> = {}, file = "/p/compose.yaml") => loadProject(file, createSource(text), files(others));

describe("interpolation", () => {
  const known = new Map([["TAG", "16.4"], ["EMPTY", ""]]);
  it.each([
    ["postgres:${TAG}", "postgres:16.4"],
    ["postgres:$TAG", "postgres:16.4"],
    ["${EMPTY:-fallback}", "fallback"],
    ["${EMPTY-fallback}", ""],
    ["${TAG:+set}", "set"],
    ["${EMPTY:+set}", ""],
    ["cost $$5", "cost $5"],
    ["${TAG:-${OTHER}}", "16.4"],
    ["no variables", "no variables"],
  ])("%s is %s", (text, value) => {
    expect(interpolate(text, known)).toEqual({ value, unknown: [] });
  });

  it.each([
    ["${MISSING}", ["MISSING"]],
    ["${MISSING:-default}", ["MISSING"]],
    ["${MISSING-default}", ["MISSING"]],
    ["${MISSING:?must be set}", ["MISSING"]],
    ["${EMPTY:?must be set}", ["EMPTY"]],
    ["$MISSING/x", ["MISSING"]],
  ])("%s is unknown: the shell Compose runs in may set it", (text, unknown) => {
    expect(interpolate(text, known)).toEqual({ value: null, unknown });
  });

  it("reads .env as Compose does: export, quotes, comments", () => {
    const env = readDotenv("# comment\nexport A=1\nB='two words'\nC=\"x\\ny\"\nD=plain # note\n=bad\n1X=bad\nE=\n");
    expect([...env]).toEqual([["A", "1"], ["B", "two words"], ["C", "x\ny"], ["D", "plain"], ["E", ""]]);
  });

  it("reads an unclosed `${` as text, and `$$` runs as `$`", () => {
    const text = "${".repeat(20_000) + "$".repeat(20_000);
    expect(interpolate(text, known).value).toBe(text);
    expect(interpolate("a $$$$ b", known).value).toBe("a $$ b");
  });
});

describe("the YAML tree", () => {
  it("keeps each node's place, in UTF-16 columns", () => {
    const parsed = parseYaml(createSource('services:\n  wéb:\n    image: "nginx:1.27" # 🐳\n'), "/p/compose.yaml", new Map());
    expect(parsed.problems).toEqual([]);
    const services = parsed.root?.type === "YamlMap" ? parsed.root.pairs[0].value : null;
    const web = services!.type === "YamlMap" ? services!.pairs[0] : null;
    expect(web!.key.loc).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 6 } });
    const image = web!.value.type === "YamlMap" ? web!.value.pairs[0].value : null;
    expect(image).toMatchObject({ type: "YamlScalar", text: "nginx:1.27", range: [28, 40], loc: { start: { line: 3, column: 12 }, end: { line: 3, column: 24 } } });
  });

  it("keeps a plain number as written", () => {
    const parsed = parseYaml(createSource("version: 3.10\nreplicas: 2\n"), "/p/compose.yaml", new Map());
    expect(parsed.root?.type === "YamlMap" && parsed.root.pairs.map((p) => p.value.type === "YamlScalar" && [p.value.text, p.value.raw])).toEqual([["3.10", 3.1], ["2", 2]]);
  });

  it("reports a syntax problem with its place, and a key written twice", () => {
    expect(parseYaml(createSource("a: [1\n"), "/p/compose.yaml", new Map()).problems[0]).toMatchObject({ range: [6, 7] });
    expect(parseYaml(createSource("a: 1\na: 2\n"), "/p/compose.yaml", new Map()).problems[0].message).toMatch(/unique/);
  });

  it("finds comments on their own lines and after values, not inside block or quoted scalars", () => {
    const parsed = parseYaml(createSource("# top\na: |\n  # not a comment\nb: 1 # trailing\n  # indented\n"), "/p/compose.yaml", new Map());
    expect(parsed.comments.map((c) => [c.value, c.loc.start.line, c.trailing])).toEqual([
      ["top", 1, false],
      ["trailing", 4, true],
      ["indented", 5, false],
    ]);
    const quoted = parseYaml(createSource("c: \"x # y\" # real\nd: 'p #q'\ne: \"multi\n  # inside\" # after\nf: a#b\ng: [\"h #i\", j]\t# flow\n"), "/p/compose.yaml", new Map());
    expect(quoted.comments.map((c) => [c.value, c.range, c.trailing])).toEqual([
      ["real", [11, 17], true],
      ["after", [50, 57], true],
      ["flow", [80, 86], true],
    ]);
  });

  it("converts an anchored node once, however many aliases share it", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
    const parsed = parseYaml(createSource(lines.join("\n") + "\n"), "/p/compose.yaml", new Map());
    const last = parsed.root?.type === "YamlMap" ? parsed.root.pairs[8].value : null;
    expect(last!.type === "YamlSeq" && last!.items[0] === last!.items[9]).toBe(true);
  });

  it("refuses more aliases than its limit, and nesting past its depth, as too complex", () => {
    const aliases = "a: &a 1\nb: [" + Array(1001).fill("*a").join(", ") + "]\n";
    expect(() => parseYaml(createSource(aliases), "/p/compose.yaml", new Map())).toThrow(TooComplex);
    const deep = "[".repeat(300) + "]".repeat(300) + "\n";
    expect(() => parseYaml(createSource(deep), "/p/compose.yaml", new Map())).toThrow(TooComplex);
  });

  it("applies YAML merge keys (`<<: *defaults`), the map's own keys first", () => {
    const p = project("x-defaults: &defaults\n  restart: always\n  image: old:1\nservices:\n  web:\n    <<: *defaults\n    image: nginx:1.27\n");
    expect(p.services[0].text("image")).toBe("nginx:1.27");
    expect(p.services[0].text("restart")).toBe("always");
  });
});

describe("a project", () => {
  it("interpolates with the .env beside the file, and leaves the rest unknown", () => {
    const p = project("services:\n  db:\n    image: postgres:${PG}\n    user: ${USER_ID}\n", { "/p/.env": "PG=16.4\n" });
    expect(p.services[0].text("image")).toBe("postgres:16.4");
    expect(p.services[0].text("user")).toBeNull();
    expect(p.inputs).toEqual(["/p/.env", "/p/compose.override.yaml", "/p/compose.override.yml"]);
  });

  it("merges the override file: mappings by key, scalars replaced, command replaced, lists appended", () => {
    const base = "services:\n  web:\n    image: web:1\n    command: [a, b]\n    dns: [1.1.1.1]\n    environment:\n      - A=1\n      - B=2\n";
    const override = "services:\n  web:\n    image: web:2\n    command: [c]\n    dns: [8.8.8.8]\n    environment:\n      B: three\n  extra:\n    image: extra:1\n";
    const p = project(base, { "/p/compose.override.yaml": override });
    const web = p.services[0];
    expect(web.image).toMatchObject({ text: "web:2", file: "/p/compose.override.yaml", loc: { start: { line: 3, column: 12 } } });
    expect(web.get("command")).toMatchObject({ file: "/p/compose.override.yaml" });
    const dns = web.get("dns");
    expect(dns?.type === "YamlSeq" && dns.items.map((i) => i.type === "YamlScalar" && [i.text, i.file])).toEqual([["1.1.1.1", "/p/compose.yaml"], ["8.8.8.8", "/p/compose.override.yaml"]]);
    expect(web.environment.map((e) => [e.name, e.text, e.value.file])).toEqual([["A", "1", "/p/compose.yaml"], ["B", "three", "/p/compose.override.yaml"]]);
    expect(p.services.map((s) => s.name)).toEqual(["web", "extra"]);
    expect(p.files).toEqual(["/p/compose.yaml", "/p/compose.override.yaml"]);
  });

  it("merges ports by address, ports and protocol, and volumes by target", () => {
    const base = 'services:\n  web:\n    image: web:1\n    ports: ["8080:80", "9000:9000"]\n    volumes: ["./a:/data", "cache:/cache"]\n';
    const override = 'services:\n  web:\n    ports: ["8080:80", "127.0.0.1:9000:9000"]\n    volumes: ["./b:/data"]\n';
    const web = project(base, { "/p/compose.override.yaml": override }).services[0];
    expect(web.ports.map((p) => [p.hostIp, p.published, p.target, p.node.file])).toEqual([
      [null, "8080", { low: 80, high: 80 }, "/p/compose.override.yaml"],
      [null, "9000", { low: 9000, high: 9000 }, "/p/compose.yaml"],
      ["127.0.0.1", "9000", { low: 9000, high: 9000 }, "/p/compose.override.yaml"],
    ]);
    expect(web.volumes.map((v) => [v.source, v.target, v.node.file])).toEqual([["./b", "/data", "/p/compose.override.yaml"], ["cache", "/cache", "/p/compose.yaml"]]);
  });

  it("reads a mount's type, where it goes and whether it is read-only, in both syntaxes", () => {
    const text =
      "services:\n  web:\n    image: web:1\n    volumes:\n      - ./src:/app:ro,z\n      - ../data:/data:rw\n      - cache:/cache\n      - /tmp/anon\n" +
      "      - type: bind\n        source: ./conf\n        target: /etc/app\n        read_only: true\n      - type: bind\n        source: ./logs\n        target: /var/log/app\n";
    const web = project(text).services[0];
    expect(web.volumes.map((v) => [v.type, v.source, v.target, v.readOnly, v.targetNode.loc.start.line])).toEqual([
      ["bind", "./src", "/app", true, 5],
      ["bind", "../data", "/data", false, 6],
      ["volume", "cache", "/cache", false, 7],
      ["volume", null, "/tmp/anon", false, 8],
      ["bind", "./conf", "/etc/app", true, 11],
      ["bind", "./logs", "/var/log/app", false, 15],
    ]);
  });

  it("reads a Windows drive's colon in short syntax as part of the path, as Compose does", () => {
    const text =
      "services:\n  web:\n    image: web:1\n    volumes:\n      - C:\\src:/app:ro\n      - d:/data:/data\n      - \\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine\n" +
      "      - cache:C:\\cache\n      - e:\\anon\n";
    const web = project(text).services[0];
    expect(web.volumes.map((v) => [v.type, v.source, v.target, v.readOnly])).toEqual([
      ["bind", "C:\\src", "/app", true],
      ["bind", "d:/data", "/data", false],
      ["bind", "\\\\.\\pipe\\docker_engine", "\\\\.\\pipe\\docker_engine", false],
      ["volume", "cache", "C:\\cache", false],
      ["volume", null, "e:\\anon", false],
    ]);
    // an override replaces the mount with the same target, the drive's colon read as the path's
    const override = 'services:\n  web:\n    volumes: ["D:/other:/data"]\n';
    const merged = project("services:\n  web:\n    image: web:1\n    volumes: ['d:/data:/data', 'cache:/cache']\n", { "/p/compose.override.yaml": override }).services[0];
    expect(merged.volumes.map((v) => [v.source, v.target])).toEqual([["D:/other", "/data"], ["cache", "/cache"]]);
  });

  it("lints an override file merged onto its base (the base read from the disk)", () => {
    const p = project("services:\n  web:\n    ports: [\"80:80\"]\n", { "/p/compose.yml": "services:\n  web:\n    image: web:1\n" }, "/p/compose.override.yaml");
    expect(p.files).toEqual(["/p/compose.yml", "/p/compose.override.yaml"]);
    expect(p.services[0].image?.file).toBe("/p/compose.yml");
    expect(p.directory).toBe("/p");
  });

  it("reads ports in short and long syntax, IPv6 and ranges", () => {
    const web = project('services:\n  web:\n    ports:\n      - "[::1]:8080:80/udp"\n      - "3000-3005"\n      - target: 443\n        published: "8443"\n        host_ip: 127.0.0.1\n').services[0];
    expect(web.ports.map(({ node: _node, ...p }) => p)).toEqual([
      { hostIp: "::1", published: "8080", target: { low: 80, high: 80 }, protocol: "udp" },
      { hostIp: null, published: null, target: { low: 3000, high: 3005 }, protocol: "tcp" },
      { hostIp: "127.0.0.1", published: "8443", target: { low: 443, high: 443 }, protocol: "tcp" },
    ]);
  });

  it("reads build: context, dockerfile, args and target", () => {
    const app = project("services:\n  app:\n    build:\n      context: ./app\n      dockerfile: Dockerfile.dev\n      target: dev\n      args:\n        - PY=3.12\n        - TOKEN\n").services[0];
    expect(app.build).toMatchObject({ context: "./app", dockerfile: "Dockerfile.dev", target: { text: "dev" } });
    expect(app.build!.args.map((a) => [a.name, a.text])).toEqual([["PY", "3.12"], ["TOKEN", undefined]]);
    expect(project("services:\n  app:\n    build: .\n").services[0].build).toMatchObject({ context: ".", dockerfile: "Dockerfile", args: [] });
  });
});
