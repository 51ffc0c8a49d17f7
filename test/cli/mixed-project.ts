// A project for the --jobs tests: many real Dockerfiles plus what must merge in order with them.
import fs from "node:fs";
import path from "node:path";
import { dataScienceDockerfile } from "../fixtures.js";
import { BROKEN, project } from "./run-cli.js";

/**
 * `dockerfiles` as corpus/000.Dockerfile..., and the fixture, plus what must merge in order: an
 * unreadable file, a directory whose config is invalid, two hadolint configs with warnings, a
 * .dockerignore.
 */
export function mixedProjectOf(dockerfiles: string[]): string {
  const files: Record<string, string | Buffer> = {
    "fixture/Dockerfile": dataScienceDockerfile,
    "binary/Dockerfile": Buffer.from([0x46, 0x52, 0x00, 0x4d]),
    "bad-config/.docklintrc.json": '{"rules": {"no-such-rule": "error"}}',
    "bad-config/Dockerfile": BROKEN,
    "warn-a/.hadolint.yaml": "ignored: [DL9998]\n",
    "warn-a/Dockerfile": BROKEN,
    "warn-b/.hadolint.yaml": "ignored: [DL9999]\n",
    "warn-b/Dockerfile": BROKEN,
    "ignored/.dockerignore": "secrets\n",
    "ignored/Dockerfile": "FROM alpine:3.20\nCOPY secrets /s\nCOPY . /app\n",
  };
  dockerfiles.forEach((file, i) => (files[`corpus/${String(i).padStart(3, "0")}.Dockerfile`] = fs.readFileSync(file)));
  return project(files);
}

export function copyProject(dir: string): string {
  const copy = project({});
  fs.cpSync(dir, copy, { recursive: true });
  return copy;
}

/** Every file under `dir` with its content, for comparing trees. */
export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, full)] = fs.readFileSync(full, "latin1");
    }
  }
  return out;
}
