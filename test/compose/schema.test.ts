// The vendored Compose schema is the one its README names, unchanged, with its licence; the
// compact copy docklint loads is up to date (npm run compose-schema); and docklint's reader of the
// schema (src/compose/json-schema.ts) gives ajv's verdict on every document here.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { firstProblem, type JsonSchema } from "../../src/compose/json-schema.js";
import compact from "../../src/compose/schema/compose-spec.compact.js";
// @ts-expect-error: a plain .mjs script without types
import { compactComposeSchema } from "../../scripts/compile-compose-schema.mjs";

const DIR = path.join(import.meta.dirname, "..", "..", "src", "compose", "schema");
const read = (name: string) => fs.readFileSync(path.join(DIR, name), "utf8");
const full = JSON.parse(read("compose-spec.json")) as object;

const SERVICE = "services:\n  web:\n    image: nginx:1.27\n";
/** Compose files, valid and not: each is judged by ajv with the full schema and by docklint with the compact one. */
const DOCUMENTS = [
  SERVICE,
  fs.readFileSync(path.join(import.meta.dirname, "..", "..", "fixtures", "compose", "compose.yaml"), "utf8"),
  "name: lab\nservices:\n  web:\n    build:\n      context: .\n      args: [A=1]\n      target: dev\n    ports:\n      - 8080:80\n      - target: 443\n        published: '8443'\n        host_ip: 127.0.0.1\n    volumes:\n      - type: bind\n        source: ./src\n        target: /src\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4\n    healthcheck:\n      test: [CMD, pg_isready]\n      interval: 5s\nvolumes:\n  data: {}\n",
  "x-common: &c\n  restart: always\nservices:\n  a:\n    <<: *c\n    image: a:1\n    develop:\n      watch:\n        - path: ./src\n          action: sync\n          target: /app\n",
  "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: 2\n      resources:\n        limits:\n          cpus: '0.5'\n",
  SERVICE + "    depend_on: [db]\n",
  SERVICE + "    restart: [always]\n",
  SERVICE + "    ports: 8080\n",
  SERVICE + "    ports:\n      - target: 80\n        publishd: 8080\n",
  SERVICE + "    ports: [80, 80]\n",
  SERVICE + "    pull_policy: sometimes\n",
  SERVICE + "    pull_policy: every_12h\n",
  SERVICE + "    healthcheck:\n      test: [CMD, true]\n      retries: -1\n",
  SERVICE + "    depends_on:\n      db:\n        condition: later\n",
  SERVICE + "    volumes:\n      - type: bind\n",
  SERVICE + "    build:\n      context: .\n      args: 3\n",
  "services:\n  'bad name!':\n    image: a:1\n",
  "version: 3\nservices: {}\n",
  "networks:\n  front:\n    driver: bridge\n    ipam:\n      config:\n        - subnet: 10.0.0.0/24\n",
  "unknown_top_level: 1\n",
];

describe("the vendored Compose schema", () => {
  it("is the file its README names, by hash, with the Apache licence and notice", () => {
    const hash = crypto.createHash("sha256").update(read("compose-spec.json")).digest("hex");
    expect(read("README.md")).toContain(`sha256 \`${hash}\``);
    expect(read("LICENSE")).toContain("Apache License");
    expect(read("NOTICE")).toContain("The Compose Specification");
    expect(full).toMatchObject({ $id: "compose_spec.json", title: "Compose Specification" });
  });

  it("is compacted into compose-spec.compact.js as the script compacts it", () => {
    expect(read("compose-spec.compact.js")).toBe(compactComposeSchema());
  });

  it("is read by docklint as ajv reads the full schema: the same verdict on every document", () => {
    // the schema names draft-07's meta-schema by URL, which ajv would fetch to check it
    const validate = new Ajv({ strict: false, allowUnionTypes: true, validateSchema: false }).compile(full);
    const verdicts = DOCUMENTS.map((text) => {
      const value = parse(text, { merge: true }) as unknown;
      return { text, ajv: validate(value), docklint: firstProblem(compact as JsonSchema, value) === null };
    });
    expect(verdicts.filter((v) => v.ajv !== v.docklint)).toEqual([]);
    // both kinds are here
    expect(verdicts.filter((v) => v.ajv).length).toBeGreaterThan(4);
    expect(verdicts.filter((v) => !v.ajv).length).toBeGreaterThan(10);
  });

  it("says where the problem is", () => {
    const problem = (text: string) => firstProblem(compact as JsonSchema, parse(text));
    expect(problem(SERVICE + "    depend_on: [db]\n")).toMatchObject({ path: ["services", "web"], keyword: "additionalProperties", key: "depend_on" });
    expect(problem(SERVICE + "    ports:\n      - target: 80\n        publishd: 8080\n")).toMatchObject({ path: ["services", "web", "ports", 0], key: "publishd" });
    expect(problem(SERVICE + "    ports: [80, 80]\n")).toMatchObject({ path: ["services", "web", "ports"], keyword: "uniqueItems" });
  });
});
