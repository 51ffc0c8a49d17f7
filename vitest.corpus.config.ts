// npm run test:corpus: only the tests over the corpus of real Dockerfiles, which must be there
// (../shared/corpus or DOCKLINT_CORPUS); a missing corpus fails them instead of skipping them.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

export default defineConfig({ test: { ...base.test, include: ["test/**/*.corpus.test.ts"], env: { ...base.test?.env, DOCKLINT_REQUIRE_CORPUS: "1" } } });
