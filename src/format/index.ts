// The formatters by name.
import type { Formatter } from "./formatter.js";
import { hadolintJson } from "./hadolint-json.js";
import { json } from "./json.js";
import { stylish } from "./stylish.js";

export type { Formatter, FormatContext } from "./formatter.js";

export const formatters: Record<string, Formatter> = { stylish, json, "hadolint-json": hadolintJson };
