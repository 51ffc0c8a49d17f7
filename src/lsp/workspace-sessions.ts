// One lint session per workspace folder: a file's config is found from the folder that holds it,
// as the CLI finds it from its working directory (docklint's files, `.hadolint.yaml`, the user's
// hadolint config). A file in no folder is linted as the command started where the server was
// would lint it: a JavaScript config that came with a file from elsewhere is not run. The editor's
// unsaved texts (of config files, and of the open Dockerfiles and Compose files a Compose file
// reads) are every session's, read before the disk.
import path from "node:path";
import { LintSession, type SessionOptions } from "../lint-session.js";
import { isWithin } from "../source/tree.js";

export class WorkspaceSessions {
  private folders: string[] = [];
  private readonly sessions = new Map<string, LintSession>();
  /** The editor's unsaved texts: every session, old or new, reads them first. */
  private readonly unsaved = new Map<string, string>();

  constructor(private options: Omit<SessionOptions, "cwd">) {}

  /** New options (the editor's settings changed): the next lint of each folder makes its session anew. */
  setOptions(options: Omit<SessionOptions, "cwd">): void {
    this.options = options;
    this.sessions.clear();
  }

  setFolders(folders: string[]): void {
    // the innermost folder holding a file is its folder
    this.folders = [...folders].sort((a, b) => b.length - a.length);
    this.sessions.clear();
  }

  /** The folder a file belongs to: the innermost workspace folder holding it, else where the server runs. */
  folderOf(file: string): string {
    return this.folders.find((folder) => isWithin(file, folder)) ?? process.cwd();
  }

  /** Where a document with no file (an untitled buffer) is taken to be: a Dockerfile (or `compose.yaml`) in the outermost folder. */
  placeOfUntitled(language: "dockerfile" | "compose" = "dockerfile"): string {
    return path.join(this.folders.at(-1) ?? process.cwd(), language === "compose" ? "compose.yaml" : "Dockerfile");
  }

  forFile(file: string): LintSession {
    const folder = this.folderOf(file);
    let session = this.sessions.get(folder);
    if (!session) {
      this.sessions.set(folder, (session = new LintSession({ ...this.options, cwd: folder })));
      for (const [file, text] of this.unsaved) session.setUnsaved(file, text);
    }
    return session;
  }

  /** An editor's text of a file, read before the disk; null when saved or closed. */
  setUnsaved(file: string, text: string | null): void {
    if (text === null) this.unsaved.delete(file);
    else this.unsaved.set(file, text);
    for (const session of this.sessions.values()) session.setUnsaved(file, text);
  }

  /** Forgets every session, and with them the config files they read: the next lint reads them again (unsaved texts stay). */
  reset(): void {
    this.sessions.clear();
  }
}
