// Each open document's lint, one at a time per document. An edit that arrives while a lint runs
// replaces the text waiting to be linted, and the latest text is linted as soon as the running lint
// ends: no timer delays a lone edit, and a burst of edits costs one lint after the running one.
// A lint whose rules asked for later checks (ShellCheck's) is reported twice: at once without
// their findings, then whole once they are in. The next text does not wait for them.
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
  /** True while later checks' findings are still to come: the text's whole lint is reported after. */
  partial?: boolean;
}

/** A text's lint: the result at once, and when later checks were asked for, the whole result once they are in. */
export interface LintSteps {
  result: FileResult;
  complete?: Promise<FileResult>;
}

interface DocumentState {
  waiting?: { version: number; text: string };
  running: boolean;
  closed: boolean;
  latest?: Linted;
  /** With a partial latest: resolves when its whole lint is in (reported or overtaken). */
  completing?: Promise<void>;
  /** Callers of current() waiting for the lints to catch up. */
  idle: (() => void)[];
}

export class DocumentLints {
  private readonly states = new Map<string, DocumentState>();

  constructor(
    private readonly lint: (uri: string, text: string) => Promise<LintSteps>,
    /** Called with each lint of a document's latest text (a lint overtaken by an edit is not reported), partial or whole. */
    private readonly linted: (uri: string, linted: Linted) => void,
  ) {}

  update(uri: string, version: number, text: string): void {
    let state = this.states.get(uri);
    if (!state) this.states.set(uri, (state = { running: false, closed: false, idle: [] }));
    state.waiting = { version, text };
    if (!state.running) void this.run(uri, state);
  }

  /** The lint of the document's latest text, once it is done (perhaps partial); undefined for a document not open. */
  async current(uri: string): Promise<Linted | undefined> {
    const state = this.states.get(uri);
    if (!state) return undefined;
    if (state.running) await new Promise<void>((resolve) => state.idle.push(resolve));
    return state.closed ? undefined : state.latest;
  }

  /** current(), once it is whole: for a client that cannot be told when the later checks' findings are in. */
  async complete(uri: string): Promise<Linted | undefined> {
    for (;;) {
      const linted = await this.current(uri);
      const completing = this.states.get(uri)?.completing;
      if (!linted?.partial || !completing) return linted;
      await completing;
    }
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
      let complete: Promise<FileResult> | undefined;
      try {
        ({ result: linted.result, complete } = await this.lint(uri, text));
      } catch (error) {
        // a lint that fails is one diagnostic, never a dead server
        linted.error = asError(error);
      }
      if (state.closed || state.waiting) {
        complete?.catch(() => {}); // overtaken: its later findings are not wanted
        continue;
      }
      state.latest = linted;
      if (complete) {
        linted.partial = true;
        state.completing = this.completeLater(uri, state, linted, complete);
      }
      this.linted(uri, linted);
    }
  }

  /** Reports a partial lint's whole result, unless an edit or a close came first. */
  private async completeLater(uri: string, state: DocumentState, partial: Linted, complete: Promise<FileResult>): Promise<void> {
    const whole: Linted = { version: partial.version, text: partial.text, source: partial.source };
    try {
      whole.result = await complete;
    } catch (error) {
      whole.error = asError(error);
    }
    if (state.closed || state.latest !== partial) return;
    state.latest = whole;
    state.completing = undefined;
    this.linted(uri, whole);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
