// Each open document's lint, one at a time per document. An edit that arrives while a lint runs
// replaces the text waiting to be linted, and the latest text is linted as soon as the running lint
// ends: no timer delays a lone edit, and a burst of edits costs one lint after the running one.
import type { FileResult } from "../engine/result.js";
import { createSource, type SourceText } from "../source/source.js";

/** A text of a document and what linting it gave. */
export interface Linted {
  version: number;
  text: string;
  source: SourceText;
  /** Absent when the text could not be linted: then `error` says why. */
  result?: FileResult;
  error?: Error;
}

interface DocumentState {
  waiting?: { version: number; text: string };
  running: boolean;
  closed: boolean;
  latest?: Linted;
  /** Callers of current() waiting for the lints to catch up. */
  idle: (() => void)[];
}

export class DocumentLints {
  private readonly states = new Map<string, DocumentState>();

  constructor(
    private readonly lint: (uri: string, text: string) => Promise<FileResult>,
    /** Called with each lint of a document's latest text (a lint overtaken by an edit is not reported). */
    private readonly linted: (uri: string, linted: Linted) => void,
  ) {}

  update(uri: string, version: number, text: string): void {
    let state = this.states.get(uri);
    if (!state) this.states.set(uri, (state = { running: false, closed: false, idle: [] }));
    state.waiting = { version, text };
    if (!state.running) void this.run(uri, state);
  }

  /** The lint of the document's latest text, once it is done; undefined for a document not open. */
  async current(uri: string): Promise<Linted | undefined> {
    const state = this.states.get(uri);
    if (!state) return undefined;
    if (state.running) await new Promise<void>((resolve) => state.idle.push(resolve));
    return state.closed ? undefined : state.latest;
  }

  close(uri: string): void {
    const state = this.states.get(uri);
    if (!state) return;
    state.closed = true;
    state.waiting = undefined;
    this.states.delete(uri);
  }

  private async run(uri: string, state: DocumentState): Promise<void> {
    state.running = true;
    try {
      await this.lintWaiting(uri, state);
    } finally {
      state.running = false;
      for (const resume of state.idle.splice(0)) resume();
    }
  }

  private async lintWaiting(uri: string, state: DocumentState): Promise<void> {
    while (state.waiting && !state.closed) {
      const { version, text } = state.waiting;
      state.waiting = undefined;
      const linted: Linted = { version, text, source: createSource(text) };
      try {
        linted.result = await this.lint(uri, text);
      } catch (error) {
        // a lint that fails is one diagnostic, never a dead server
        linted.error = error instanceof Error ? error : new Error(String(error));
      }
      if (state.closed || state.waiting) continue;
      state.latest = linted;
      this.linted(uri, linted);
    }
  }
}
