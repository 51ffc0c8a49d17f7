// Text from the linted file (quoted in messages, or a file's name) printed by a format read on a
// terminal or by line-based matchers: one finding must stay one line, and the file must not drive
// the terminal (ESC starts escape sequences that recolour, move the cursor or retitle the window).

const LINE_BREAK = /\r\n|[\r\n]/g;
// C0 controls but tab, DEL, and C1 controls (U+009B is a one-character CSI on some terminals)
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Line breaks as spaces: the text on one line. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, " ");
}

/** Line breaks as spaces, other control characters as visible `\xNN`. */
export function terminalText(text: string): string {
  return oneLine(text).replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
