// The five terminal styles stylish uses. Written here rather than taken from picocolors: that
// package reads process.stdout when it loads, and setting up that stream costs a one-file run
// 3-7 ms (src/cli/standard-output.ts). The texts styled here hold no escapes of their own
// (terminal-text.ts removes them), so a style never needs to re-open inside its text.

export interface Styles {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/** The styles, or functions that leave the text as it is. */
export function styles(enabled: boolean): Styles {
  if (!enabled) return { red: plain, yellow: plain, blue: plain, dim: plain, underline: plain };
  return { red: style(31, 39), yellow: style(33, 39), blue: style(34, 39), dim: style(2, 22), underline: style(4, 24) };
}
