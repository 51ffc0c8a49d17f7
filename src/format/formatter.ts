// What a formatter is: results in, text out. Formatters never see rules or parse anything.
import type { FileResult } from "../engine/result.js";

export interface FormatContext {
  cwd: string;
  color: boolean;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
