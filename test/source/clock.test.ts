import { afterEach, describe, expect, it, vi } from "vitest";
import { today } from "../../src/source/clock.js";

describe("today", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  it("is the UTC day, zero-padded", () => {
    vi.useFakeTimers({ now: Date.UTC(2027, 0, 5, 23, 59, 59) });
    vi.stubEnv("DOCKLINT_TODAY", "");
    expect(today()).toBe("2027-01-05");
  });

  it("is the day DOCKLINT_TODAY names", () => {
    vi.stubEnv("DOCKLINT_TODAY", "2025-03-09");
    expect(today()).toBe("2025-03-09");
  });

  it("ignores a DOCKLINT_TODAY that is not a date", () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 11, 31, 0, 0, 0) });
    vi.stubEnv("DOCKLINT_TODAY", "next tuesday");
    expect(today()).toBe("2026-12-31");
  });
});
