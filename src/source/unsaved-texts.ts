// An editor's texts not yet saved, by absolute path. A long-lived session (the language server)
// reads the files around the one it lints from here before the disk: config files, .dockerignore,
// and the Dockerfiles and Compose files a Compose file reads.

import path from "node:path";

export class UnsavedTexts {
  private readonly texts = new Map<string, string>();

  /** The text of `file` as the editor has it; null when the editor has saved or closed it. */
  set(file: string, text: string | null): void {
    if (text === null) this.texts.delete(path.resolve(file));
    else this.texts.set(path.resolve(file), text);
  }

  /** The unsaved text of `file`, or undefined: read the disk. */
  get(file: string): string | undefined {
    return this.texts.get(path.resolve(file));
  }
}
