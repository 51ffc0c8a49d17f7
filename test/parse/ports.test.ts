import { describe, expect, it } from "vitest";
import { coversPort, readPortSpec, splitProtocol } from "../../src/parse/ports.js";

describe("readPortSpec", () => {
  it.each([
    ["80", { published: null, ports: "80", protocol: null, range: { low: "80", high: null } }],
    ["8000-8010/udp", { published: null, ports: "8000-8010", protocol: "udp", range: { low: "8000", high: "8010" } }],
    ["127.0.0.1:80:8080/tcp", { published: "127.0.0.1:80", ports: "8080", protocol: "tcp", range: { low: "8080", high: null } }],
    ["http", { published: null, ports: "http", protocol: null, range: null }],
  ])("reads %s", (text, parts) => {
    expect(readPortSpec(text)).toEqual(parts);
  });

  it("covers a port inside its range over its protocol, tcp by default", () => {
    expect(coversPort(readPortSpec("20-25"), 22)).toBe(true);
    expect(coversPort(readPortSpec("22/TCP"), 22)).toBe(true);
    expect(coversPort(readPortSpec("22/udp"), 22)).toBe(false);
    expect(coversPort(readPortSpec("22/udp"), 22, "udp")).toBe(true);
    expect(coversPort(readPortSpec("2222"), 22)).toBe(false);
  });

  it("splits the protocol as the document model's PortSpec holds it", () => {
    expect(splitProtocol("8080/udp")).toEqual({ port: "8080", protocol: "udp" });
    expect(splitProtocol("${PORT}")).toEqual({ port: "${PORT}", protocol: null });
  });
});
