import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "threads",
    testTimeout: 30000,
    reporters: ["default", "./test/skip-reasons-reporter.ts"],
  },
});
