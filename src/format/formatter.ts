// What a formatter is: results in, text out. Formatters never see rules or parse anything.
import type { FileResult } from "../engine/result.js";

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Rule id -> the code another tool knows it by (hadolint's DLxxxx), for formats that speak that tool. */
  ruleCodes?: Record<string, string>;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
