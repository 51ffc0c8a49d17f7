// The command loads only the formatters it was asked for (each is its own chunk in dist/).
import type { Formatter } from "./formatter.js";
import { FORMAT_NAMES, type FormatName } from "./names.js";

// typed by FORMAT_NAMES, so a formatter cannot be added without its loader
const loaders: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  "hadolint-json": async () => (await import("./hadolint-json.js")).hadolintJson,
  checkstyle: async () => (await import("./checkstyle.js")).checkstyle,
  compact: async () => (await import("./compact.js")).compact,
  gnu: async () => (await import("./gnu.js")).gnu,
  github: async () => (await import("./github.js")).github,
  junit: async () => (await import("./junit.js")).junit,
  gitlab: async () => (await import("./gitlab.js")).gitlab,
  codeclimate: async () => (await import("./codeclimate.js")).codeclimate,
  sarif: async () => (await import("./sarif.js")).sarif,
  sonarqube: async () => (await import("./sonarqube.js")).sonarqube,
  codacy: async () => (await import("./codacy.js")).codacy,
};

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]();
}
