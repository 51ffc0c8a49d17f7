// A volume's short syntax, `SOURCE:TARGET[:MODE]`, read as Compose reads it: a colon right after a
// field's first character, when that is a letter, is a Windows drive's (`C:\data`, `c:/data`), not
// a separator. A scan over the text, once.

/** The short syntax's fields: `./src:/app:ro` -> `./src`, `/app`, `ro`; `C:\data:/data` -> `C:\data`, `/data`. */
export function mountFields(text: string): string[] {
  const fields: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ":") continue;
    if (i === start + 1 && isLetter(text[start])) continue;
    fields.push(text.slice(start, i));
    start = i + 1;
  }
  fields.push(text.slice(start));
  return fields;
}

/** Whether a short syntax's source is a path on the host (a bind mount), not a named volume: `./x`, `/x`, `~/x`, `C:\x`, `\\.\pipe\x`. */
export function isHostPath(source: string): boolean {
  return source.startsWith(".") || source.startsWith("/") || source.startsWith("~") || source.startsWith("\\\\") || (source[1] === ":" && isLetter(source[0]));
}

function isLetter(char: string): boolean {
  return (char >= "a" && char <= "z") || (char >= "A" && char <= "Z");
}
