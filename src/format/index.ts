// The formatters by name.
import type { Formatter } from "./formatter.js";
import type { FormatName } from "./names.js";
import { checkstyle } from "./checkstyle.js";
import { codacy } from "./codacy.js";
import { codeclimate } from "./codeclimate.js";
import { compact } from "./compact.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { gnu } from "./gnu.js";
import { hadolintJson } from "./hadolint-json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { sonarqube } from "./sonarqube.js";
import { json } from "./json.js";
import { stylish } from "./stylish.js";

export type { Formatter, FormatContext } from "./formatter.js";

// typed by FORMAT_NAMES, so a formatter cannot be added without its name, nor a name without it
const byName: Record<FormatName, Formatter> = {
  stylish,
  json,
  "hadolint-json": hadolintJson,
  checkstyle,
  compact,
  gnu,
  github,
  junit,
  gitlab,
  codeclimate,
  sarif,
  sonarqube,
  codacy,
};

export const formatters: Record<string, Formatter> = byName;
