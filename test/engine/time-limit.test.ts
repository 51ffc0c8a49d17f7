// The time limit that fires wherever the code is: in a regular expression, in a loop that never
// looks at the clock. The checks between nodes cannot stop either (limits.test.ts tests those).
import { describe, expect, it } from "vitest";
import { runWithin, TimeLimitPassed } from "../../src/engine/time-limit.js";

describe("runWithin", () => {
  it("gives back what the task returns, and lets its own errors through unchanged", () => {
    expect(runWithin(1000, () => 6 * 7)).toBe(42);
    class Mine extends Error {}
    expect(() => runWithin(1000, () => {
      throw new Mine("from the task");
    })).toThrow(Mine);
  });

  it("stops a loop that never returns", () => {
    expect(() => runWithin(200, () => {
      for (;;);
    })).toThrow(TimeLimitPassed);
  });

  it("stops a regular expression backtracking exponentially", () => {
    const pattern = new RegExp("^(a|a)*b$");
    expect(() => runWithin(200, () => pattern.test("a".repeat(40)))).toThrow(TimeLimitPassed);
  });

  it("works again after stopping a task", () => {
    expect(() => runWithin(50, () => {
      for (;;);
    })).toThrow(TimeLimitPassed);
    expect(runWithin(1000, () => "again")).toBe("again");
  });
});
