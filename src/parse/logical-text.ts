// Dockerfile line continuations removed in place: the escape character, the line break after it,
// and the empty or comment lines Docker skips inside a continuation all become spaces, so an
// offset in the result is the same offset in the file.

const isSpace = (c: string) => c === " " || c === "\t";

export function blankContinuations(text: string, start: number, end: number, escapeChar: string): string {
  // the result is built from slices and runs of spaces: UTF-16 offsets stay exact (no code-point split)
  const pieces: string[] = [];
  let copied = start;
  const blank = (from: number, to: number) => {
    const stop = Math.min(to, end);
    if (stop <= from) return;
    pieces.push(text.slice(copied, from), " ".repeat(stop - from));
    copied = stop;
  };
  let i = start;
  while (i < end) {
    // jump to the next escape character: most text has none
    i = text.indexOf(escapeChar, i);
    if (i < 0 || i >= end) break;
    // escape, optional trailing blanks, then a line break: a continuation
    let j = i + 1;
    while (j < end && isSpace(text[j])) j++;
    const lineBreak = text[j] === "\r" ? (text[j + 1] === "\n" ? 2 : 1) : text[j] === "\n" ? 1 : 0;
    // an escape as the file's last character continues into nothing: Docker drops it
    const atEndOfFile = j >= text.length;
    if (lineBreak === 0 && !atEndOfFile) {
      i += 2; // an escaped character
      continue;
    }
    let k = j + lineBreak;
    blank(i, k);
    // lines Docker drops inside a continuation: empty lines and comment lines
    for (;;) {
      let m = k;
      while (m < end && isSpace(text[m])) m++;
      const isComment = text[m] === "#";
      const isEmpty = text[m] === "\n" || text[m] === "\r";
      if (!isComment && !isEmpty) break;
      let n = m;
      while (n < end && text[n] !== "\n" && text[n] !== "\r") n++;
      if (n >= end) {
        if (isComment) blank(k, end);
        k = end;
        break;
      }
      n += text[n] === "\r" && text[n + 1] === "\n" ? 2 : 1;
      blank(k, n);
      k = n;
    }
    i = k;
  }
  if (!pieces.length) return text.slice(start, end);
  pieces.push(text.slice(copied, end));
  return pieces.join("");
}
