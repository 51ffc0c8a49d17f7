import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // the VS Code package's tests need editors/vscode's own tools: npm run test:vscode
    exclude: [...configDefaults.exclude, "test/**/*.vscode.test.ts"],
    pool: "threads",
    testTimeout: 30000,
    // base-image-eol compares with this day, not the real one: no test's findings change as images age
    // (its own tests, and those that expect an end-of-life finding, set their day)
    env: { DOCKLINT_TODAY: "2000-01-01" },
    reporters: ["default", "./test/skip-reasons-reporter.ts"],
  },
});
