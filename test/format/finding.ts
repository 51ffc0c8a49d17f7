// A finding for formatter tests: a warning at 1:1 unless the test says otherwise.
import type { Finding } from "../../src/engine/result.js";

export const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "some-rule",
  level: "warning",
  severity: 1,
  message: "Something.",
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  ...over,
});
