// How a Compose file's lint reads the files beside it (its base or override file, `.env`, the
// Dockerfiles its services build): an editor's unsaved text first, then the disk; only regular
// UTF-8 files within the size limit. A file that is not there, or not readable as text, is none.
import { DEFAULT_MAX_FILE_SIZE, readRegularFile } from "../source/read-file.js";
import type { UnsavedTexts } from "../source/unsaved-texts.js";

export function readBeside(unsaved?: UnsavedTexts): (file: string) => string | null {
  return (file) => {
    const text = unsaved?.get(file);
    if (text !== undefined) return text;
    try {
      const { bytes } = readRegularFile(file, DEFAULT_MAX_FILE_SIZE);
      if (bytes.includes(0)) return null;
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return null;
    }
  };
}
