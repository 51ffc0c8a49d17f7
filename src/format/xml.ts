// XML escaping shared by the XML formats (checkstyle, junit).

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/**
 * Escapes text for an XML attribute or element. Tab, LF and CR become character references
 * so attribute-value normalization keeps them; characters XML 1.0 forbids even as references
 * (other C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
export const escapeXml = (text: string): string =>
  text
    .replace(/[&<>"'\t\n\r]/g, (ch) => entities[ch])
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
